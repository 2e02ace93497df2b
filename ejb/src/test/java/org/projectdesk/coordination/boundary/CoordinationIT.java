package org.projectdesk.coordination.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.coordination.entity.ProblemSource;
import org.projectdesk.coordination.entity.ProblemStatus;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.boundary.Board;
import org.projectdesk.supervision.boundary.Notice;
import org.projectdesk.supervision.boundary.Notices;
import org.projectdesk.supervision.boundary.Recipients;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.supervision.entity.Notification;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsLandWindow;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

/**
 * Visits and coordination problems on a real server and database: an overdue problem lights its
 * project red in the time-limit scan and tells each person once whatever reruns, the leadership
 * hears of it past the threshold (once, even when it is escalated by hand as well), and a
 * department window sees and moves only its own department's problems and visits.
 */
@ExtendWith(ArquillianExtension.class)
class CoordinationIT {

    private static final String ENTERPRISE = "91320684MA1X4L8D5J";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("coordination-test", AsAdmin.class, AsOfficer.class, AsDirector.class,
                AsLandWindow.class);
    }

    @Inject
    ServiceFiles files;

    @Inject
    Problems problems;

    @Inject
    Visits visits;

    @Inject
    CoordinationReport report;

    @Inject
    Supervision supervision;

    @Inject
    Notices notices;

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
    AsLandWindow landWindow;

    @PersistenceContext
    EntityManager em;

    /** The server's clock: today is test.today (arquillian.xml), whatever the real date. */
    @Inject
    Clock clock;

    private LocalDate today;
    private String officerName;

    @BeforeEach
    void people() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        officerName = open("officer", Role.OFFICER, null);
        open("director", Role.DIRECTOR, null);
        open("leader", Role.LEADER, null);
        open("land", Role.DEPARTMENT, "LAND");
        open("hud", Role.DEPARTMENT, "HUD");
        landWindow.openAccountIfMissing();
    }

    private String open(String prefix, Role role, String department) throws Exception {
        String name = prefix + "-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(name, "测试" + prefix, "secret-1", Set.of(role), department, null,
                null, null)));
        return name;
    }

    private ServiceFileView takeIn() throws Exception {
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        return officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("江海精密钢丝有限公司",
                ENTERPRISE, "施工", "0513-8220 0000"), "难题测试项目", code, new BigDecimal("52000"), "金属制品",
                ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName, today.minusDays(30))));
    }

    private ProblemView raise(String fileNo, LocalDate on, int dueDays, String... departments) throws Exception {
        return officer.call(() -> problems.raise(fileNo, new NewProblem("施工用电接入未落实", List.of(departments), dueDays,
                ProblemSource.OFFICER, null, on)));
    }

    /**
     * The latest day from which 1 working day is due before today: overdue, by no more working days than the
     * leadership threshold (on a day off after the due day, by none yet: still overdue, still red).
     */
    private LocalDate raisedJustOverdue() throws Exception {
        LocalDate day = today.minusDays(1);
        while (!calendar.addWorkingDays(day, 1).isBefore(today)) {
            day = day.minusDays(1);
        }
        int overdue = calendar.countWorkingDays(calendar.addWorkingDays(day, 1), today);
        int threshold = admin.call(() -> supervision.settings()).getLeadershipAfterDays();
        assertTrue(overdue <= threshold, "overdue by " + overdue + " working days, threshold " + threshold);
        return day;
    }

    private Map<NoticeKind, Set<String>> told(long problemId) {
        return em.createQuery("select n from Notification n where n.sourceKey = :key", Notification.class)
                .setParameter("key", "problem:" + problemId).getResultList().stream()
                .collect(Collectors.groupingBy(Notification::getKind,
                        Collectors.mapping(Notification::getRecipient, Collectors.toSet())));
    }

    private long noticeRows(long problemId) {
        return em.createQuery("select count(n) from Notification n where n.sourceKey = :key", Long.class)
                .setParameter("key", "problem:" + problemId).getSingleResult();
    }

    /** The enabled staff accounts of the town (HMKFQ: every project here is there), told of its projects' overdue problems. */
    private Set<String> townStaff() {
        return Set.copyOf(em.createQuery("select a.username from Account a join a.roles r where r = :role and a.enabled = true"
                + " and a.townCode = 'HMKFQ'", String.class).setParameter("role", Role.TOWN).getResultList());
    }

    private Set<String> enabled(Role role, String department) {
        var query = em.createQuery("select a.username from Account a join a.roles r where r = :role and a.enabled = true"
                + (department == null ? "" : " and a.departmentCode = :d"), String.class).setParameter("role", role);
        if (department != null) {
            query.setParameter("d", department);
        }
        return Set.copyOf(query.getResultList());
    }

    private Integer projectLight(String fileNo) {
        em.clear();
        return em.createQuery("select p.lightLevel from Project p where p.fileNo = :f", Integer.class)
                .setParameter("f", fileNo).getSingleResult();
    }

    @Test
    void anOverdueProblemLightsItsProjectRedAndTellsEachPersonOnceWhateverReruns() throws Exception {
        ServiceFileView file = takeIn();
        ProblemView problem = raise(file.fileNo(), raisedJustOverdue(), 1, "LAND", "HUD");
        assertTrue(problem.overdue());
        assertNull(projectLight(file.fileNo()), "no running matter: no light before the scan");

        supervision.scan();

        assertEquals(Integer.valueOf(2), projectLight(file.fileNo()), "red for the overdue problem");
        Map<NoticeKind, Set<String>> first = told(problem.id());
        Set<String> expected = new java.util.HashSet<>(enabled(Role.DEPARTMENT, "LAND"));
        expected.addAll(enabled(Role.DEPARTMENT, "HUD"));
        expected.add(officerName);
        expected.addAll(enabled(Role.DIRECTOR, null));
        expected.addAll(townStaff());
        assertEquals(expected, first.get(NoticeKind.PROBLEM_OVERDUE));
        assertNull(first.get(NoticeKind.PROBLEM_ESCALATED), "not yet overdue long enough for the leadership");
        long rows = noticeRows(problem.id());
        assertEquals(expected.size(), rows, "one notice per person");

        supervision.scan();
        supervision.scan();
        assertEquals(rows, noticeRows(problem.id()), "nothing sent twice");
        Board board = director.call(() -> supervision.board(today, today));
        assertTrue(board.departments().stream().filter(d -> d.code().equals("HUD")).findFirst().orElseThrow()
                .overdueProblems() >= 1);

        officer.call(() -> problems.act(problem.id(), new ProblemEvent(ProblemEvent.Type.RESOLVE, "已协调供电公司接入", null,
                null, problem.version())));
        supervision.scan();
        assertNull(projectLight(file.fileNo()), "resolved: the project's light is its matters' again (none)");
        assertEquals(rows, noticeRows(problem.id()));
    }

    @Test
    void aProblemOverdueBeyondTheThresholdReachesTheLeadersOnceAndEscalatingItTellsNobodyTwice() throws Exception {
        ServiceFileView file = takeIn();
        ProblemView problem = raise(file.fileNo(), today.minusDays(25), 2, "LAND");
        int overdue = calendar.countWorkingDays(problem.dueOn(), today);
        int threshold = admin.call(() -> supervision.settings()).getLeadershipAfterDays();
        assertTrue(overdue > threshold, overdue + " working days overdue, threshold " + threshold);

        supervision.scan();
        supervision.scan();

        Set<String> leaders = enabled(Role.LEADER, null);
        assertEquals(leaders, told(problem.id()).get(NoticeKind.PROBLEM_ESCALATED));
        long rows = noticeRows(problem.id());

        ProblemView escalated = director.call(() -> problems.act(problem.id(), new ProblemEvent(ProblemEvent.Type.ESCALATE,
                null, "涉及多个部门，请领导协调", null, null)));
        assertEquals(ProblemStatus.ESCALATED, escalated.status());
        Set<String> leadersAndDirectors = new java.util.HashSet<>(leaders);
        leadersAndDirectors.addAll(enabled(Role.DIRECTOR, null));
        assertEquals(leadersAndDirectors, told(problem.id()).get(NoticeKind.PROBLEM_ESCALATED));
        assertEquals(rows + enabled(Role.DIRECTOR, null).size(), noticeRows(problem.id()), "leaders not told twice");

        supervision.scan();
        assertNull(projectLight(file.fileNo()), "an escalated problem is the leadership's: no longer lit");
    }

    /** The scan's SQL and Notices.send keep one rule (NoticeRows): each sees the other's notices, so nobody hears twice. */
    @Test
    void theScanAndTheOneNoticeWriterTellNobodyTwiceWhicheverWritesFirst() throws Exception {
        ServiceFileView file = takeIn();
        ProblemView problem = raise(file.fileNo(), raisedJustOverdue(), 1, "LAND");
        Notice overdue = Notice.of(NoticeKind.PROBLEM_OVERDUE, "problem:" + problem.id(), Recipients.users(officerName));
        assertEquals(1, notices.send(overdue), "the officer told by hand before the scan");
        assertEquals(0, notices.send(overdue), "and not again");

        supervision.scan();

        Set<String> everyone = new java.util.HashSet<>(enabled(Role.DEPARTMENT, "LAND"));
        everyone.add(officerName);
        everyone.addAll(enabled(Role.DIRECTOR, null));
        everyone.addAll(townStaff());
        assertEquals(everyone, told(problem.id()).get(NoticeKind.PROBLEM_OVERDUE));
        assertEquals(everyone.size(), noticeRows(problem.id()), "the scan left out the officer it found told");

        assertEquals(0, notices.send(Notice.of(NoticeKind.PROBLEM_OVERDUE, "problem:" + problem.id(),
                Recipients.departments(List.of("LAND")).and(Recipients.users(officerName)).and(Recipients.roles(Role.DIRECTOR)))),
                "Notices.send leaves out everyone the scan told");
        assertEquals(everyone.size(), noticeRows(problem.id()));
    }

    @Test
    void aDepartmentWindowSeesAndMovesOnlyItsOwnDepartmentsProblemsAndVisits() throws Exception {
        ServiceFileView file = takeIn();
        ProblemView land = raise(file.fileNo(), today, 5, "LAND");
        ProblemView hud = raise(file.fileNo(), today, 5, "HUD");
        VisitView withLand = officer.call(() -> visits.record(new VisitRecord(today, List.of(), List.of(file.fileNo()),
                List.of("李明"), List.of("LAND", "HUD"), "用地手续咨询", List.of(), null)));
        VisitView withoutLand = officer.call(() -> visits.record(new VisitRecord(today, List.of(), List.of(file.fileNo()),
                List.of("李明"), List.of("HUD"), "施工许可咨询", List.of(), null)));

        List<Long> seen = landWindow.call(() -> problems.list(new ProblemFilter(null, null, file.fileNo()), 0, 50)).items()
                .stream().map(ProblemView::id).toList();
        assertEquals(List.of(land.id()), seen);
        assertThrows(NotFound.class, () -> landWindow.call(() -> problems.problem(hud.id())));
        assertThrows(NotFound.class, () -> landWindow.call(() -> problems.act(hud.id(),
                new ProblemEvent(ProblemEvent.Type.START, null, null, null, null))));
        assertEquals(ProblemStatus.IN_PROGRESS, landWindow.call(() -> problems.act(land.id(),
                new ProblemEvent(ProblemEvent.Type.START, null, null, null, null))).status());
        assertThrows(jakarta.ejb.EJBException.class, () -> landWindow.call(() -> problems.act(land.id(),
                new ProblemEvent(ProblemEvent.Type.ESCALATE, null, "想提请", null, null))));
        assertEquals(ProblemStatus.IN_PROGRESS, officer.call(() -> problems.problem(land.id())).status());

        assertEquals(withLand.id(), landWindow.call(() -> visits.visit(withLand.id())).id());
        assertThrows(NotFound.class, () -> landWindow.call(() -> visits.visit(withoutLand.id())));
        assertTrue(landWindow.call(() -> visits.list(today, today, null, 0, 500)).items().stream()
                .noneMatch(v -> v.id() == withoutLand.id()));
    }

    @Test
    void aProblemFromAVisitNamesAVisitThatCoveredTheProjectAndTheCountsFollow() throws Exception {
        ServiceFileView file = takeIn();
        ServiceFileView other = takeIn();
        CoordinationCounts before = officer.call(() -> report.counts(today, today));
        VisitView visit = officer.call(() -> visits.record(new VisitRecord(today, List.of(), List.of(file.fileNo()),
                List.of("李明", "王海燕"), List.of("LAND"), "企业反映用地红线问题",
                List.of(new VisitRecord.Action("协调自然资源局核定红线", "土地窗口", today.plusDays(7))), null)));
        assertEquals(List.of(ENTERPRISE), visit.enterprises().stream().map(VisitView.EnterpriseRef::creditCode).toList(),
                "the project's enterprise");

        RuleViolation notCovered = assertThrows(RuleViolation.class, () -> officer.call(() -> problems.raise(other.fileNo(),
                new NewProblem("红线", List.of("LAND"), 3, ProblemSource.VISIT, visit.id(), null))));
        assertEquals("sourceId", notCovered.field());
        assertEquals("sourceId", assertThrows(RuleViolation.class, () -> officer.call(() -> problems.raise(file.fileNo(),
                new NewProblem("红线", List.of("LAND"), 3, ProblemSource.VISIT, -1L, null)))).field());
        assertEquals("departments", assertThrows(RuleViolation.class, () -> officer.call(() -> problems.raise(file.fileNo(),
                new NewProblem("红线", List.of("NOPE"), 3, ProblemSource.OFFICER, null, null)))).field());
        ProblemView fromVisit = officer.call(() -> problems.raise(file.fileNo(),
                new NewProblem("用地红线与规划不符", List.of("LAND", "PLAN"), 3, ProblemSource.VISIT, visit.id(), null)));
        assertEquals(calendar.addWorkingDays(today, 3), fromVisit.dueOn());
        officer.call(() -> problems.act(fromVisit.id(), new ProblemEvent(ProblemEvent.Type.RESOLVE, "规划局出具说明", null,
                null, null)));
        ProblemView escalated = raise(file.fileNo(), today, 3, "HUD");
        director.call(() -> problems.act(escalated.id(), new ProblemEvent(ProblemEvent.Type.ESCALATE, null, "需领导协调",
                null, null)));

        CoordinationCounts after = officer.call(() -> report.counts(today, today));
        assertEquals(before.problemsOpened() + 2, after.problemsOpened());
        assertEquals(before.problemsResolved() + 1, after.problemsResolved());
        assertEquals(before.problemsEscalated() + 1, after.problemsEscalated());
        assertEquals(before.visitsHeld() + 1, after.visitsHeld());
        assertEquals(before.projectsVisited() + 1, after.projectsVisited());
    }
}
