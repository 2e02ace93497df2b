package org.projectdesk.acceptance.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.acceptance.entity.AcceptanceScope;
import org.projectdesk.acceptance.entity.AcceptanceStatus;
import org.projectdesk.acceptance.entity.DeadlineKind;
import org.projectdesk.acceptance.entity.FindingStatus;
import org.projectdesk.acceptance.entity.ItemVerdict;
import org.projectdesk.acceptance.entity.PledgeParty;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.catalogue.entity.Stage;
import org.projectdesk.meeting.boundary.MeetingView;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.meeting.boundary.OpinionRecord;
import org.projectdesk.meeting.entity.Attendance;
import org.projectdesk.meeting.entity.MeetingKind;
import org.projectdesk.meeting.entity.Verdict;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.AccountEdit;
import org.projectdesk.security.boundary.AccountView;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.servicefile.boundary.TrackingStep;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;
import org.projectdesk.testing.MovableClock;

/**
 * A joint completion acceptance on a real server and database: applied for, pre-reviewed at a meeting
 * of its kind, inspected once with every department signing its own items, a failed item rectified and
 * re-inspected alone, the opinion numbered and the project accepted on completion; the time-limit scan
 * lights an overdue limit as the page does and tells each person once.
 */
@ExtendWith(ArquillianExtension.class)
class AcceptancesIT {

    private static final String ENTERPRISE = "91320684MA1X4L8D5J";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("acceptance-test", AsAdmin.class, AsOfficer.class, AsDirector.class,
                AsAcceptanceWindow.class, AsAcceptanceTown.class, MovableClock.class);
    }

    @Inject
    ServiceFiles files;

    @Inject
    Matters matters;

    @Inject
    Meetings meetings;

    @Inject
    Acceptances acceptances;

    @Inject
    Catalogue catalogue;

    @Inject
    Supervision supervision;

    @Inject
    Accounts accounts;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    AsDirector director;

    @Inject
    AsAcceptanceWindow window;

    @Inject
    AsAcceptanceTown town;

    @Inject
    MovableClock movableClock;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private LocalDate today;
    private String officerName;

    @BeforeEach
    void people() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        officerName = "officer-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(officerName, "测试专员", "secret-1", Set.of(Role.OFFICER), null, null,
                null, null)));
        if (em.createQuery("select count(a) from Account a where a.username = :u", Long.class)
                .setParameter("u", AsAcceptanceTown.USERNAME).getSingleResult() == 0) {
            admin.call(() -> accounts.open(new NewAccount(AsAcceptanceTown.USERNAME, "开发区工作人员", "secret-1", Set.of(Role.TOWN), null,
                    null, "HMKFQ", null, null)));
        }
        if (windowAccount() == null) {
            admin.call(() -> accounts.open(new NewAccount(AsAcceptanceWindow.USERNAME, "验收窗口", "secret-1",
                    Set.of(Role.DEPARTMENT), "PLAN", null, null, null)));
        }
    }

    private AccountView windowAccount() {
        return em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", AsAcceptanceWindow.USERNAME).getResultList().stream().findFirst()
                .map(id -> {
                    try {
                        return admin.call(() -> accounts.get(id));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).orElse(null);
    }

    /** The window account now stands for {@code department}. */
    private void windowOf(String department) throws Exception {
        AccountView account = windowAccount();
        admin.call(() -> accounts.edit(account.id(), new AccountEdit(account.version(), account.displayName(),
                Set.of(Role.DEPARTMENT), department, null, null, null, null, null)));
    }

    /**
     * A project taken in 120 days ago whose approvals are decided but those of the completion stage
     * (planning verification, fire acceptance, the filing: the joint acceptance decides them), under
     * construction since 60 days ago: one that may apply.
     */
    private ServiceFileView underConstruction() throws Exception {
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        LocalDate intake = today.minusDays(120);
        ServiceFileView file = officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData(
                "江海精密钢丝有限公司", ENTERPRISE, "施工", "0513-8220 0000"), "竣工验收测试项目", code, new BigDecimal("52000"),
                "金属制品", ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName, intake)));
        LocalDate decided = intake.plusDays(10);
        Set<String> approved = new HashSet<>();
        List<Matter> plan = em.createQuery("select m from Matter m join Project p on p.id = m.projectId"
                + " where p.fileNo = :f", Matter.class).setParameter("f", file.fileNo()).getResultList();
        Set<String> completionStage = new HashSet<>(catalogue.inForce(today).categories().stream()
                .filter(c -> c.stage() == Stage.IV).map(CategoryView::code).toList());
        plan.removeIf(m -> completionStage.contains(m.getCategoryCode()));
        while (approved.size() < plan.size()) {
            for (Matter m : plan) {
                if (!approved.contains(m.getCategoryCode()) && approved.containsAll(m.getPrerequisites().stream()
                        .filter(c -> !completionStage.contains(c)).toList())) {
                    officer.call(() -> matters.record(file.fileNo(), m.getCategoryCode(),
                            new MatterEvent.Accept(decided, null, null, true, m.getCaseType() == null ? null
                                    : m.getCaseType().name().equals("FORWARDED") ? decided.plusDays(30) : null)));
                    officer.call(() -> matters.record(file.fileNo(), m.getCategoryCode(),
                            new MatterEvent.Approve(decided, null, "文号-" + m.getCategoryCode())));
                    approved.add(m.getCategoryCode());
                }
            }
        }
        assertEquals(ProjectStatus.APPROVALS_COMPLETED, officer.call(() -> files.file(file.fileNo())).status(),
                "办结 does not wait for the completion stage");
        officer.call(() -> files.track(file.fileNo(), new TrackingStep(TrackingStep.Type.START_CONSTRUCTION,
                today.minusDays(60), null, null, null)));
        return file;
    }

    /** The pre-review meeting of the case held (closed with every department's opinion) on {@code day}. */
    private AcceptanceView preReviewed(AcceptanceView applied, LocalDate day) throws Exception {
        AcceptanceView scheduled = officer.call(() -> acceptances.schedulePreReview(applied.id(), applied.version(),
                new InspectionTime(day.atTime(LocalTime.of(9, 0)), null, "行政服务中心三楼会议室")));
        long meetingId = scheduled.preReviewMeetingId();
        MeetingView meeting = officer.call(() -> meetings.meeting(meetingId));
        assertEquals(MeetingKind.ACCEPTANCE_PRE_REVIEW, meeting.kind());
        for (MeetingView.InvitationView invited : meeting.invitations()) {
            officer.call(() -> meetings.recordAttendance(meetingId, invited.departmentCode(), Attendance.PRESENT, "科长"));
            officer.call(() -> meetings.recordOpinion(meetingId, new OpinionRecord(applied.fileNo(),
                    invited.departmentCode(), Verdict.FEASIBLE, invited.departmentCode().equals("PLAN")
                    ? List.of("建设工程规划许可证及附图", "规划验线记录") : List.of(), null, null)));
        }
        director.call(() -> meetings.close(meetingId, null, "竣工验收预审：各部门意见可行，材料一次性告知。"));
        return officer.call(() -> acceptances.acceptance(applied.id()));
    }

    @Test
    void aCaseGoesFromApplicationThroughARectificationToTheOpinion() throws Exception {
        ServiceFileView file = underConstruction();
        LocalDate applied = today.minusDays(20);
        LocalDate completed = today.minusDays(21);
        AcceptanceView a = officer.call(() -> acceptances.apply(file.fileNo(), new Application(applied,
                AcceptanceScope.WHOLE, null, completed, "张工 13800000000")));
        assertEquals(AcceptanceStatus.APPLIED, a.status());
        assertEquals(calendar.addWorkingDays(applied, 5), a.preReviewDueOn());
        assertTrue(a.items().size() >= 2, "several departments' items: " + a.items());
        RuleViolation twice = assertThrows(RuleViolation.class, () -> officer.call(() -> acceptances.apply(file.fileNo(),
                new Application(applied, AcceptanceScope.WHOLE, null, completed, "张工"))));
        assertEquals("acceptance.project.open", twice.key());

        LocalDate held = calendar.addWorkingDays(applied, 2);
        AcceptanceView reviewed = preReviewed(a, held);
        assertEquals(AcceptanceStatus.PRE_REVIEWED, reviewed.status());
        assertEquals(held, reviewed.preReviewedOn());
        assertTrue(reviewed.materials().stream().anyMatch(m -> m.material().equals("规划验线记录")),
                "the planning department's pre-review material joined the list");
        assertEquals(1, reviewed.materials().stream().filter(m -> m.material().startsWith("建设工程规划许可证")).count(),
                "asked again at the pre-review, told once");

        LocalDate inspection = calendar.addWorkingDays(held, 2);
        RuleViolation materials = assertThrows(RuleViolation.class, () -> officer.call(() ->
                acceptances.scheduleInspection(a.id(), null, new InspectionTime(inspection.atTime(LocalTime.of(9, 0)), null,
                        "项目现场"))));
        assertEquals("materials", materials.field());
        for (AcceptanceView.MaterialView m : reviewed.materials()) {
            officer.call(() -> acceptances.receiveMaterial(a.id(), m.id(), held));
        }
        AcceptanceView inspecting = officer.call(() -> acceptances.scheduleInspection(a.id(), null,
                new InspectionTime(inspection.atTime(LocalTime.of(9, 0)), null, "项目现场")));
        assertEquals(AcceptanceStatus.INSPECTION_SCHEDULED, inspecting.status());
        assertEquals(MeetingKind.ACCEPTANCE_INSPECTION, officer.call(() -> meetings.meeting(inspecting.inspectionMeetingId())).kind());

        AcceptanceView.ItemView failing = inspecting.items().get(0);
        windowOf(failing.departmentCode().equals("PLAN") ? "HUD" : "PLAN");
        Exception refused = assertThrows(Exception.class, () -> window.call(() -> acceptances.recordVerdict(a.id(),
                failing.code(), new VerdictRecord(ItemVerdict.PASSED, List.of(), inspection, null))));
        // Refused inside the caller's transaction, the container hands it back wrapped in the rollback.
        assertTrue(refused instanceof EJBAccessException || refused.getCause() instanceof EJBAccessException,
                "another department's item: " + refused);
        for (AcceptanceView.ItemView item : inspecting.items()) {
            windowOf(item.departmentCode());
            boolean fails = item.code().equals(failing.code());
            window.call(() -> acceptances.recordVerdict(a.id(), item.code(), new VerdictRecord(
                    fails ? ItemVerdict.RECTIFY : ItemVerdict.PASSED,
                    fails ? List.of(new VerdictRecord.FindingRecord("竣工图与现场不符", 1, 3)) : List.of(), inspection, null)));
        }
        AcceptanceView rectifying = officer.call(() -> acceptances.acceptance(a.id()));
        assertEquals(AcceptanceStatus.RECTIFYING, rectifying.status());
        AcceptanceView.FindingView finding = rectifying.rectificationFindings().get(0);
        assertEquals(calendar.addWorkingDays(inspection, 3), finding.dueOn());
        assertEquals(AsAcceptanceWindow.USERNAME, rectifying.items().get(0).signedBy());

        LocalDate done = calendar.addWorkingDays(inspection, 2);
        officer.call(() -> acceptances.reportDone(a.id(), finding.id(), "已按规划许可修改竣工图", done));
        LocalDate again = calendar.addWorkingDays(done, 1);
        AcceptanceView reinspecting = officer.call(() -> acceptances.scheduleInspection(a.id(), null,
                new InspectionTime(again.atTime(LocalTime.of(9, 0)), null, "项目现场")));
        assertEquals(2, reinspecting.round());
        assertEquals(List.of(failing.departmentCode()), officer.call(() -> meetings.meeting(reinspecting.inspectionMeetingId()))
                .invitations().stream().map(MeetingView.InvitationView::departmentCode).toList(),
                "only the failed item's department is invited back");
        windowOf(failing.departmentCode());
        window.call(() -> acceptances.recordVerdict(a.id(), failing.code(), new VerdictRecord(ItemVerdict.PASSED, List.of(),
                again, null)));

        AcceptanceView passed = officer.call(() -> acceptances.issueOpinion(a.id(), null, again));
        assertEquals(AcceptanceStatus.PASSED, passed.status());
        assertEquals("YS-" + again.getYear() + "-", passed.opinionNo().substring(0, 8));
        assertEquals(FindingStatus.CLOSED, passed.items().stream().filter(i -> i.code().equals(failing.code())).findFirst()
                .orElseThrow().findings().get(0).status());
        assertTrue(passed.deadlines().stream().allMatch(d -> d.metOn() != null), "every limit met: " + passed.deadlines());
        assertEquals(ProjectStatus.COMPLETION_ACCEPTED, officer.call(() -> files.file(file.fileNo())).status());
        em.clear();
        List<Matter> decided = em.createQuery("select m from Matter m join Project p on p.id = m.projectId"
                + " where p.fileNo = :f and m.categoryCode in ('PLAN-04', 'FIRE-02', 'HUD-04')", Matter.class)
                .setParameter("f", file.fileNo()).getResultList();
        assertEquals(3, decided.size(), "the completion stage is in the plan");
        for (Matter m : decided) {
            assertEquals(MatterStatus.APPROVED, m.getStatus(), m.getCategoryCode());
            assertEquals(passed.opinionNo(), m.getDocumentNo(), m.getCategoryCode() + " approved by the opinion");
            assertEquals(again, m.getDecidedOn());
        }
    }

    @Test
    void anOverduePreReviewLightsRedOnThePageAndInTheScanAndTellsEachPersonOnce() throws Exception {
        ServiceFileView file = underConstruction();
        LocalDate applied = today.minusDays(30);
        AcceptanceView a = officer.call(() -> acceptances.apply(file.fileNo(), new Application(applied,
                AcceptanceScope.PHASE, "一期1#、2#厂房", today.minusDays(31), "李工 13900000000")));
        Long projectId = em.createQuery("select p.id from Project p where p.fileNo = :f", Long.class)
                .setParameter("f", file.fileNo()).getSingleResult();
        AcceptanceView.DeadlineView preReview = a.deadlines().stream().filter(d -> d.kind() == DeadlineKind.PRE_REVIEW)
                .findFirst().orElseThrow();
        assertEquals(Light.RED, preReview.light());

        supervision.scan();
        Integer stored = em.createQuery("select d.alertLevel from Deadline d where d.acceptance.id = :id and d.kind = :k",
                Integer.class).setParameter("id", a.id()).setParameter("k", DeadlineKind.PRE_REVIEW).getSingleResult();
        assertEquals(preReview.light(), Light.ofLevel(stored), "the scan and the page agree");
        em.clear();
        assertEquals(Integer.valueOf(2), em.createQuery("select p.lightLevel from Project p where p.fileNo = :f", Integer.class)
                .setParameter("f", file.fileNo()).getSingleResult());
        long told = em.createQuery("select count(n) from Notification n where n.kind = :k and n.projectId = :p", Long.class)
                .setParameter("k", NoticeKind.ACCEPTANCE_OVERDUE).setParameter("p", projectId).getSingleResult();
        assertTrue(told >= 2, "the officer and the director: " + told);
        supervision.scan();
        assertEquals(told, em.createQuery("select count(n) from Notification n where n.kind = :k and n.projectId = :p",
                Long.class).setParameter("k", NoticeKind.ACCEPTANCE_OVERDUE).setParameter("p", projectId).getSingleResult());
    }

    private LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Everything inspected, the materials in: ready for the verdicts, held on {@code day}. */
    private AcceptanceView inspecting(ServiceFileView file, LocalDate day) throws Exception {
        LocalDate applied = workingDayOnOrBefore(day.minusDays(6));
        AcceptanceView a = officer.call(() -> acceptances.apply(file.fileNo(), new Application(applied,
                AcceptanceScope.WHOLE, null, applied.minusDays(1), "王工 13700000000")));
        AcceptanceView reviewed = preReviewed(a, calendar.addWorkingDays(applied, 1));
        for (AcceptanceView.MaterialView m : reviewed.materials()) {
            officer.call(() -> acceptances.receiveMaterial(a.id(), m.id(), reviewed.preReviewedOn()));
        }
        return officer.call(() -> acceptances.scheduleInspection(a.id(), null,
                new InspectionTime(day.atTime(LocalTime.of(8, 30)), null, "项目现场")));
    }

    @Test
    void anItemPassesOnTwoPledgesAndAPledgeNotKeptReachesTheLeadershipOnce() throws Exception {
        ServiceFileView file = underConstruction();
        LocalDate day = workingDayOnOrBefore(today.minusDays(30));
        movableClock.moveTo(day);
        AcceptanceView a;
        AcceptanceView.ItemView pledged;
        try {
            AcceptanceView inspecting = inspecting(file, day);
            pledged = inspecting.items().stream().filter(i -> i.checks().stream().anyMatch(c -> !c.critical()))
                    .findFirst().orElseThrow();
            int paperwork = pledged.checks().stream().filter(c -> !c.critical()).findFirst().orElseThrow().no();
            int critical = pledged.checks().stream().filter(AcceptanceView.CheckView::critical).findFirst()
                    .map(AcceptanceView.CheckView::no).orElse(paperwork);
            LocalDate due = day.plusDays(7);
            Exception townForBuilder = assertThrows(Exception.class, () -> town.call(() -> acceptances.pledge(inspecting.id(),
                    new PledgeRecord(PledgeParty.BUILDER, pledged.code(), "代建设单位承诺", due))));
            assertTrue(townForBuilder instanceof EJBAccessException || townForBuilder.getCause() instanceof EJBAccessException);
            town.call(() -> acceptances.pledge(inspecting.id(), new PledgeRecord(PledgeParty.TOWN, pledged.code(),
                    "开发区管委会督促建设单位七日内补齐资料", due)));
            officer.call(() -> acceptances.pledge(inspecting.id(), new PledgeRecord(PledgeParty.BUILDER, pledged.code(),
                    "建设单位承诺七日内补交盖章的竣工资料", due)));
            windowOf(pledged.departmentCode());
            if (critical != paperwork) {
                RuleViolation safety = assertThrows(RuleViolation.class, () -> window.call(() -> acceptances.recordVerdict(
                        inspecting.id(), pledged.code(), new VerdictRecord(ItemVerdict.PASSED_ON_PLEDGE, List.of(
                                new VerdictRecord.FindingRecord("安全问题", critical, null)), day, null))));
                assertEquals("findings[0].checkNo", safety.field());
            }
            for (AcceptanceView.ItemView item : inspecting.items()) {
                windowOf(item.departmentCode());
                boolean onPledge = item.code().equals(pledged.code());
                window.call(() -> acceptances.recordVerdict(inspecting.id(), item.code(), new VerdictRecord(
                        onPledge ? ItemVerdict.PASSED_ON_PLEDGE : ItemVerdict.PASSED, onPledge
                        ? List.of(new VerdictRecord.FindingRecord("竣工资料未加盖公章", paperwork, null)) : List.of(), day, null)));
            }
            a = officer.call(() -> acceptances.issueOpinion(inspecting.id(), null, day));
        } finally {
            movableClock.reset();
        }
        long passedId = a.id();
        a = officer.call(() -> acceptances.acceptance(passedId));
        assertEquals(AcceptanceStatus.PASSED, a.status());
        assertEquals(2, a.pledges().size());
        assertTrue(a.pledges().stream().allMatch(p -> p.light() == Light.RED), "both pledges are overdue now");
        Set<String> leaders = Set.copyOf(em.createQuery("select a.username from Account a join a.roles r"
                + " where r = :role and a.enabled = true", String.class).setParameter("role", Role.LEADER).getResultList());

        supervision.scan();
        supervision.scan();
        long caseId = a.id();
        List<String> keys = em.createQuery("select concat('acceptance:', d.id) from Deadline d where d.acceptance.id = :id"
                + " and d.kind = :kind", String.class).setParameter("id", caseId).setParameter("kind", DeadlineKind.PLEDGE)
                .getResultList();
        for (String key : keys) {
            List<String> escalated = em.createQuery("select n.recipient from Notification n where n.sourceKey = :key"
                    + " and n.kind = :kind", String.class).setParameter("key", key)
                    .setParameter("kind", NoticeKind.ACCEPTANCE_ESCALATED).getResultList();
            assertEquals(leaders.size(), escalated.size(), "each leader once, whatever reruns");
            assertEquals(leaders, Set.copyOf(escalated));
        }
        assertTrue(em.createQuery("select count(n) from Notification n where n.recipient = :town and n.kind = :kind",
                Long.class).setParameter("town", AsAcceptanceTown.USERNAME).setParameter("kind", NoticeKind.ACCEPTANCE_OVERDUE)
                .getSingleResult() >= 1, "the town hears of its overdue pledge");

        AcceptanceView.PledgeView builders = a.pledges().stream().filter(p -> p.party() == PledgeParty.BUILDER)
                .findFirst().orElseThrow();
        AcceptanceView kept = officer.call(() -> acceptances.fulfilPledge(caseId, builders.id(), today));
        assertEquals(today, kept.pledges().stream().filter(p -> p.id() == builders.id()).findFirst().orElseThrow()
                .fulfilledOn());
        assertEquals(null, kept.pledges().stream().filter(p -> p.id() == builders.id()).findFirst().orElseThrow().light());
        supervision.scan();
        em.clear();
        assertEquals(null, em.createQuery("select d.alertLevel from Deadline d where d.pledge.id = :p", Integer.class)
                .setParameter("p", builders.id()).getSingleResult(), "a kept pledge is no longer lit");
    }

    @Test
    void aTownSeesItsOwnTownsCasesOnly() throws Exception {
        ServiceFileView file = underConstruction();
        AcceptanceView a = officer.call(() -> acceptances.apply(file.fileNo(), new Application(today.minusDays(2),
                AcceptanceScope.WHOLE, null, today.minusDays(3), "赵工 13600000000")));
        assertEquals(a.id(), town.call(() -> acceptances.acceptance(a.id())).id());
        assertTrue(town.call(() -> acceptances.list(AcceptanceFilter.ALL, 0, 500)).items().stream()
                .allMatch(s -> s.townCode().equals("HMKFQ")));
        AccountView account = em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", AsAcceptanceTown.USERNAME).getResultList().stream().findFirst().map(id -> {
                    try {
                        return admin.call(() -> accounts.get(id));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).orElseThrow();
        admin.call(() -> accounts.edit(account.id(), new AccountEdit(account.version(), account.displayName(),
                Set.of(Role.TOWN), null, null, "CLZ", null, null, null, null)));
        try {
            Exception other = assertThrows(Exception.class, () -> town.call(() -> acceptances.acceptance(a.id())));
            assertTrue(other instanceof org.projectdesk.shared.control.NotFound
                    || other.getCause() instanceof org.projectdesk.shared.control.NotFound, "another town's case: " + other);
        } finally {
            AccountView moved = admin.call(() -> accounts.get(account.id()));
            admin.call(() -> accounts.edit(moved.id(), new AccountEdit(moved.version(), moved.displayName(),
                    Set.of(Role.TOWN), null, null, "HMKFQ", null, null, null, null)));
        }
    }
}
