package org.projectdesk.acceptance.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.boundary.Acceptances;
import org.projectdesk.acceptance.boundary.Application;
import org.projectdesk.acceptance.boundary.InspectionTime;
import org.projectdesk.acceptance.entity.AcceptanceCase;
import org.projectdesk.acceptance.entity.AcceptanceScope;
import org.projectdesk.acceptance.entity.ItemVerdict;
import org.projectdesk.acceptance.entity.PledgeParty;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.catalogue.entity.Stage;
import org.projectdesk.meeting.boundary.MeetingView;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.meeting.boundary.OpinionRecord;
import org.projectdesk.meeting.entity.Attendance;
import org.projectdesk.meeting.entity.Verdict;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.control.InitialAccounts;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.servicefile.boundary.TrackingStep;

/**
 * Three fictional projects of 2025, built and completed, whose joint completion acceptances stand in
 * different states on a new embedded installation, so that the acceptance pages, the portal and the
 * figures have something real to show: one passed (an item on the builder's and the town's pledges),
 * one in rectification after its joint visit, and one applied for whose pre-review is late. They go
 * through the same boundaries as an officer's clicks; only the departments' signatures on the form are
 * written on the case directly, since this start-up runs as one officer, not as twelve windows.
 * Created once, on an installation that has the demo projects.
 */
@Startup
@Singleton
@DependsOn({"DemoMeetings", "ShippedItems"})
@RunAs("OFFICER")
@RunAsPrincipal("officer1")
@PermitAll
public class DemoAcceptances {

    private static final Logger LOG = Logger.getLogger(DemoAcceptances.class.getName());
    private static final String PLACE = "行政服务中心三楼联办会议室";

    @PersistenceContext
    EntityManager em;

    @EJB
    ServiceFiles files;

    @EJB
    Matters matters;

    @EJB
    Meetings meetings;

    @EJB
    Acceptances acceptances;

    @EJB
    Catalogue catalogue;

    @EJB
    AuditTrail audit;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @PostConstruct
    void create() {
        boolean demo = em.createQuery("select count(p) from Project p where p.name = :name", Long.class)
                .setParameter("name", "新能源天下光伏组件项目").getSingleResult() > 0;
        if (!demo || em.createQuery("select count(a) from AcceptanceCase a", Long.class).getSingleResult() > 0
                || LocalDate.now(clock).isBefore(LocalDate.of(2026, 11, 23))) {
            return;
        }
        passed();
        rectifying();
        applied();
        LOG.info("Created the demo completion acceptances");
    }

    /** Passed on 9 November 2026; the archives' paperwork on the builder's and the town's pledges. */
    private void passed() {
        ServiceFileView file = completed("江海港务综合仓储中心", "2025-320684-59-03-000201", "HMGXQ", "2025-03-03",
                "2025-07-01", "2026-10-30");
        AcceptanceView a = applyAndPreReview(file, "2026-11-02", "2026-11-04");
        AcceptanceView inspecting = inspect(a, "2026-11-04", "2026-11-06");
        for (AcceptanceView.ItemView item : inspecting.items()) {
            boolean archives = item.code().equals("ACC-ARCHIVE");
            if (archives) {
                pledge(a.id(), item.code(), PledgeParty.BUILDER, "建设单位承诺于12月4日前补交加盖公章的竣工档案移交书",
                        "investor1");
                pledge(a.id(), item.code(), PledgeParty.TOWN, "海门港新区管委会督促建设单位按期补交档案并负责核查",
                        "town-hmgxq");
            }
            sign(a.id(), item, archives ? ItemVerdict.PASSED_ON_PLEDGE : ItemVerdict.PASSED, archives
                    ? List.of(new AcceptanceCase.FindingText("竣工档案移交书未加盖建设单位公章", firstPaperworkCheck(item), null))
                    : List.of(), "2026-11-06");
        }
        acceptances.issueOpinion(a.id(), null, day("2026-11-09"));
    }

    /** Inspected on 17 November 2026: fire acceptance failed, its findings due ten working days later. */
    private void rectifying() {
        ServiceFileView file = completed("江海港务冷链物流基地", "2025-320684-59-03-000202", "HMGXQ", "2025-04-07",
                "2025-08-04", "2026-11-09");
        AcceptanceView a = applyAndPreReview(file, "2026-11-11", "2026-11-13");
        AcceptanceView inspecting = inspect(a, "2026-11-13", "2026-11-17");
        for (AcceptanceView.ItemView item : inspecting.items()) {
            boolean fire = item.departmentCode().equals("FIRE");
            sign(a.id(), item, fire ? ItemVerdict.RECTIFY : ItemVerdict.PASSED, fire ? List.of(
                    new AcceptanceCase.FindingText("冷库区防火分隔墙未封堵至顶板", 2, 10),
                    new AcceptanceCase.FindingText("消防控制室联动调试记录不全", null, 10)) : List.of(), "2026-11-17");
        }
    }

    /** Applied for on 20 November 2026; no pre-review scheduled yet, so its limit runs. */
    private void applied() {
        ServiceFileView file = completed("海宝码头配套仓库", "2025-320684-55-03-000203", "HMGXQ", "2025-05-06",
                "2025-09-01", "2026-11-18");
        acceptances.apply(file.fileNo(), new Application(day("2026-11-20"), AcceptanceScope.PHASE, "一期1#、2#仓库",
                day("2026-11-18"), "江海港务 陈工 13962800000"));
    }

    /** A project taken in on {@code intake}, its approvals decided but the completion stage's, built and completed. */
    private ServiceFileView completed(String name, String code, String town, String intake, String started, String done) {
        ServiceFileView file = files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("江海港务有限公司",
                InitialAccounts.DEMO_ENTERPRISE_1, "陈工", "0513-8222 0000"), name, code, new BigDecimal("36000"), "仓储",
                ProjectType.INDUSTRIAL, town, LandStatus.HELD, null, null, "officer1", day(intake)));
        Set<String> completionStage = catalogue.inForce(day(intake)).categories().stream()
                .filter(c -> c.stage() == Stage.IV).map(CategoryView::code).collect(Collectors.toSet());
        List<Matter> plan = em.createQuery("select m from Matter m join Project p on p.id = m.projectId where p.fileNo = :f",
                Matter.class).setParameter("f", file.fileNo()).getResultList().stream()
                .filter(m -> !completionStage.contains(m.getCategoryCode())).toList();
        Set<String> approved = new HashSet<>();
        LocalDate on = day(intake).plusDays(14);
        while (approved.size() < plan.size()) {
            for (Matter m : plan) {
                if (!approved.contains(m.getCategoryCode()) && approved.containsAll(m.getPrerequisites().stream()
                        .filter(c -> !completionStage.contains(c)).toList())) {
                    LocalDate decided = on;
                    matters.record(file.fileNo(), m.getCategoryCode(), new MatterEvent.Accept(decided, null, null, true,
                            m.getCaseType() == CaseType.FORWARDED ? decided.plusDays(30) : null));
                    matters.record(file.fileNo(), m.getCategoryCode(), new MatterEvent.Approve(decided, null,
                            "海审〔" + decided.getYear() + "〕" + m.getCategoryCode()));
                    approved.add(m.getCategoryCode());
                }
            }
            on = on.plusDays(7);
        }
        files.track(file.fileNo(), new TrackingStep(TrackingStep.Type.START_CONSTRUCTION, day(started), null, null, null));
        files.track(file.fileNo(), new TrackingStep(TrackingStep.Type.COMPLETE, day(done), null, null, null));
        return file;
    }

    private AcceptanceView applyAndPreReview(ServiceFileView file, String applied, String preReview) {
        AcceptanceView a = acceptances.apply(file.fileNo(), new Application(day(applied), AcceptanceScope.WHOLE, null,
                files.file(file.fileNo()).completedOn(), "江海港务 陈工 13962800000"));
        AcceptanceView scheduled = acceptances.schedulePreReview(a.id(), null,
                new InspectionTime(day(preReview).atTime(LocalTime.of(9, 30)), null, PLACE));
        long meetingId = scheduled.preReviewMeetingId();
        MeetingView meeting = meetings.meeting(meetingId);
        for (MeetingView.InvitationView invited : meeting.invitations()) {
            meetings.recordAttendance(meetingId, invited.departmentCode(), Attendance.PRESENT, invited.departmentName() + " 窗口负责人");
            meetings.recordOpinion(meetingId, new OpinionRecord(file.fileNo(), invited.departmentCode(), Verdict.FEASIBLE,
                    List.of(), null, null));
        }
        meetings.close(meetingId, null, "竣工验收预审：各部门意见可行，验收材料已一次性告知。");
        return acceptances.acceptance(a.id());
    }

    private AcceptanceView inspect(AcceptanceView a, String received, String visit) {
        for (AcceptanceView.MaterialView m : a.materials()) {
            acceptances.receiveMaterial(a.id(), m.id(), day(received));
        }
        return acceptances.scheduleInspection(a.id(), null,
                new InspectionTime(LocalDateTime.of(day(visit), LocalTime.of(9, 0)), null, "项目现场"));
    }

    /** Signed on site on 6 November 2026, due on 4 December. */
    private void pledge(long id, String itemCode, PledgeParty party, String text, String by) {
        AcceptanceCase acceptance = em.find(AcceptanceCase.class, id);
        acceptance.pledge(itemCode, party, text, day("2026-12-04"), day("2026-11-06"), by, clock.instant(), calendar::dueDate);
        em.flush();
        audit.record(acceptance.getProjectId(), by, "ACCEPTANCE_PLEDGE", "acceptance:" + id, null, party + " " + itemCode);
    }

    /** The department's member signs its item on site (as that department's demo window). */
    private void sign(long id, AcceptanceView.ItemView item, ItemVerdict verdict, List<AcceptanceCase.FindingText> findings,
            String on) {
        AcceptanceCase acceptance = em.find(AcceptanceCase.class, id);
        String window = "dept-" + item.departmentCode().toLowerCase(Locale.ROOT);
        acceptance.judge(item.code(), verdict, findings, day(on), day(on), LocalDate.now(clock), window, clock.instant(),
                AcceptanceSettings.terms(), calendar::dueDate);
        em.flush();
        audit.record(acceptance.getProjectId(), window, "ACCEPTANCE_VERDICT", "acceptance:" + id, null,
                item.code() + "=" + verdict);
    }

    private static Integer firstPaperworkCheck(AcceptanceView.ItemView item) {
        return item.checks().stream().filter(c -> !c.critical()).map(AcceptanceView.CheckView::no).findFirst().orElseThrow();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
