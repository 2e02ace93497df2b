package org.projectdesk.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.coordination.boundary.NewProblem;
import org.projectdesk.coordination.boundary.Problems;
import org.projectdesk.coordination.boundary.VisitRecord;
import org.projectdesk.coordination.boundary.Visits;
import org.projectdesk.coordination.entity.ProblemSource;
import org.projectdesk.greenchannel.boundary.ExtendedServiceRecord;
import org.projectdesk.greenchannel.boundary.GreenChannels;
import org.projectdesk.greenchannel.boundary.ProjectEvent;
import org.projectdesk.greenchannel.entity.ServiceKind;
import org.projectdesk.meeting.boundary.MeetingRequest;
import org.projectdesk.meeting.boundary.MeetingView;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.meeting.boundary.OpinionRecord;
import org.projectdesk.meeting.entity.Attendance;
import org.projectdesk.meeting.entity.Verdict;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.referral.boundary.ReferralRecord;
import org.projectdesk.referral.boundary.Referrals;
import org.projectdesk.report.control.IsoWeek;
import org.projectdesk.report.control.WeeklyFigures;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.boundary.Board;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.AsTown;
import org.projectdesk.testing.Deployments;

/**
 * A week of work entered through the real boundaries — two projects taken in, matters accepted and
 * approved, a meeting, an overtime service, a problem, a visit — and the weekly report of that week
 * read back from the database. The week is in 2024 or 2025, after any week an earlier run of this
 * test used (no other test takes projects in before 2026), so that the week before it holds none of
 * this run's data: the week's counts are this fixture's, and every running total changes by what
 * the fixture added. The expected figures are worked out by hand from the fixture.
 */
@ExtendWith(ArquillianExtension.class)
class WeeklyReportsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("reports-test", AsAdmin.class, AsOfficer.class, AsDirector.class, AsTown.class);
    }

    @Inject
    WeeklyReports reports;

    @Inject
    ServiceFiles files;

    @Inject
    Matters matters;

    @Inject
    GreenChannels greenChannels;

    @Inject
    Meetings meetings;

    @Inject
    Problems problems;

    @Inject
    Visits visits;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AsOfficer officer;

    @Inject
    Referrals referrals;

    @Inject
    AsAdmin admin;

    @Inject
    Accounts accounts;

    @Inject
    AsDirector director;

    @Inject
    AsTown town;

    @Inject
    Supervision supervision;

    @PersistenceContext
    EntityManager em;

    /** The server's clock: today is test.today (arquillian.xml), whatever the real date. */
    @Inject
    Clock clock;

    /** The first Monday, two weeks after any fixture of an earlier run, whose Monday to Friday are working days. */
    private LocalDate freshMonday() {
        LocalDate latest = em.createQuery("select max(p.intakeOn) from Project p where p.intakeOn < :limit", LocalDate.class)
                .setParameter("limit", LocalDate.of(2026, 1, 1)).getSingleResult();
        LocalDate monday = latest == null ? LocalDate.of(2024, 1, 8)
                : latest.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        while (!(calendar.isWorkingDay(monday) && calendar.isWorkingDay(monday.plusDays(1)) && calendar.isWorkingDay(monday.plusDays(2))
                && calendar.isWorkingDay(monday.plusDays(3)) && calendar.isWorkingDay(monday.plusDays(4)))) {
            monday = monday.plusWeeks(1);
        }
        assertTrue(monday.isBefore(LocalDate.of(2025, 12, 15)), "2024 and 2025 are used up: run mvn clean");
        return monday;
    }

    private ServiceFileView takeIn(String name, String investment, LocalDate on) throws Exception {
        return takeIn(name, investment, on, "HMKFQ");
    }

    private ServiceFileView takeIn(String name, String investment, LocalDate on, String town) throws Exception {
        String code = String.format("2024-320684-26-03-%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("江海精密钢丝有限公司",
                "91320684MA1X4L8D5J", "施工", "0513-8220 0000"), name, code, new BigDecimal(investment), "金属制品",
                ProjectType.INDUSTRIAL, town, LandStatus.HELD, null, null, "officer1-report", on)));
    }

    private void step(String fileNo, String category, MatterEvent event) throws Exception {
        officer.call(() -> matters.record(fileNo, category, event));
    }

    private static MatterEvent accept(LocalDate on) {
        return new MatterEvent.Accept(on, null, null, true, null);
    }

    private static MatterEvent approve(String category, LocalDate on) {
        return new MatterEvent.Approve(on, null, "海审〔2024〕" + category);
    }

    @Test
    void theReportOfAWeekHasTheFiguresOfWhatHappenedInIt() throws Exception {
        ensureOfficer();
        LocalDate mon = freshMonday();
        LocalDate tue = mon.plusDays(1);
        LocalDate wed = mon.plusDays(2);
        LocalDate thu = mon.plusDays(3);
        LocalDate fri = mon.plusDays(4);
        IsoWeek week = IsoWeek.of(mon);

        ServiceFileView first = takeIn("周报测试项目一", "52000", mon);
        step(first.fileNo(), "DRC-01", accept(mon));
        step(first.fileNo(), "DRC-01", approve("DRC-01", mon));
        step(first.fileNo(), "LAND-01", accept(tue));
        step(first.fileNo(), "PLAN-01", accept(wed));
        step(first.fileNo(), "LAND-01", approve("LAND-01", thu));
        ServiceFileView second = takeIn("周报测试项目二", "12300", tue);
        officer.call(() -> { greenChannels.record(second.fileNo(), new ProjectEvent(ProjectEvent.Type.PROPOSE_GREEN_CHANNEL,
                "省重大项目", null, null)); return null; });
        director.call(() -> { greenChannels.record(second.fileNo(), new ProjectEvent(ProjectEvent.Type.GRANT_GREEN_CHANNEL,
                "同意", null, null)); return null; });
        step(second.fileNo(), "DRC-01", accept(tue));

        MeetingView meeting = officer.call(() -> meetings.schedule(new MeetingRequest(wed.atTime(10, 0), null, "三楼会议室",
                List.of(first.fileNo(), second.fileNo()), List.of("LAND"))));
        officer.call(() -> meetings.recordAttendance(meeting.id(), "LAND", Attendance.PRESENT, "张科长"));
        for (String fileNo : List.of(first.fileNo(), second.fileNo())) {
            officer.call(() -> meetings.recordOpinion(meeting.id(), new OpinionRecord(fileNo, "LAND", Verdict.FEASIBLE, List.of(),
                    null, null)));
        }
        officer.call(() -> meetings.close(meeting.id(), null, "纪要"));
        officer.call(() -> greenChannels.recordService(first.fileNo(), new ExtendedServiceRecord(ServiceKind.OVERTIME, thu,
                "LAND", "国土窗口 张敏", new BigDecimal("3"), null)));
        officer.call(() -> problems.raise(first.fileNo(), new NewProblem("用地指标需协调", List.of("LAND"), 3,
                ProblemSource.OFFICER, null, wed)));
        officer.call(() -> visits.record(new VisitRecord(fri, List.of(), List.of(first.fileNo()), List.of("李明"), List.of("LAND"),
                "现场踏勘", List.of(), null)));

        WeeklyReportView made = director.call(() -> reports.report(week.toString()));
        WeeklyFigures w = made.figures();

        assertTrue(made.stored(), "a past week's report is kept");
        assertEquals(week.toString(), w.week());
        assertEquals(mon, w.from());
        assertEquals(mon.plusDays(6), w.to());
        assertEquals(2, w.projectsNew());
        assertEquals(1, w.meetingsHeld());
        assertEquals(2, w.meetingProjects());
        assertEquals(1, w.visits());
        assertEquals(1, w.visitProjects());
        assertEquals(2, w.mattersApproved(), "DRC-01 on Monday, LAND-01 on Thursday");
        assertEquals(1, w.problemsOpened());
        assertEquals(0, w.problemsResolved());
        assertEquals(1, w.overtimeServices());
        assertEquals(0, w.extendedHoursServices());
        Map<String, Number> changes = w.changes();
        assertEquals(0, new BigDecimal("2").compareTo(new BigDecimal(changes.get("projectsAccepted").toString())));
        assertEquals(0, new BigDecimal("6.43").compareTo(new BigDecimal(changes.get("totalInvestmentYi").toString())),
                "5.20 + 1.23 亿元");
        assertEquals(0, new BigDecimal("2").compareTo(new BigDecimal(changes.get("inApproval").toString())));
        assertEquals(0, new BigDecimal("0").compareTo(new BigDecimal(changes.get("approvalsCompleted").toString())));
        assertEquals(0, new BigDecimal("2").compareTo(new BigDecimal(changes.get("mattersApproved").toString())),
                "the week before had no approvals");

        WeeklyFigures.DepartmentRow land = w.departments().stream().filter(d -> d.code().equals("LAND")).findFirst().orElseThrow();
        assertEquals(1, land.decided());
        assertEquals(1, land.onTime(), "decided Thursday, due five working days after Tuesday");
        assertEquals(100.0, land.onTimeRate());
        WeeklyFigures.ProjectRow firstRow = w.projects().stream().filter(p -> p.fileNo().equals(first.fileNo())).findFirst()
                .orElseThrow();
        assertEquals("IN_APPROVAL", firstRow.stage());
        assertEquals("周报专员", firstRow.officer(), "the officer by the name people know, not the login");
        assertEquals(2, firstRow.approved());
        assertEquals(first.matters().size(), firstRow.total());
        assertEquals(first.serialStatutoryDays(), firstRow.statutoryDays());
        assertEquals(first.serialPromisedDays(), firstRow.promisedDays());
        assertEquals(4, firstRow.elapsedDays(), "Tuesday to Friday after Monday's first acceptance");
        assertEquals(List.of(new WeeklyFigures.GreenChannelRow(second.fileNo(), "周报测试项目二", 3, 18, 22, "RUNNING", "HMKFQ")),
                w.greenChannel().stream().filter(g -> g.fileNo().equals(second.fileNo())).toList());

        WeeklyReportView again = director.call(() -> reports.report(week.toString()));
        assertEquals(made, again, "the same report, not made again");
        assertTrue(director.call(() -> reports.history(0, 520)).stream().anyMatch(h -> h.week().equals(week.toString())));
    }

    /** A referral registered for the town that day (the office may register one on a town's behalf). */
    private void registerReferral(String town, LocalDate on) throws Exception {
        officer.call(() -> referrals.register(new ReferralRecord(town, on, "推荐企业", null, "推荐项目", new BigDecimal("1000"), null,
                LandStatus.HELD, null, null, "联系人", "0513-0000", null), List.of()));
    }

    private static WeeklyFigures.TownRow row(WeeklyFigures f, String town) {
        return f.towns().stream().filter(t -> town.equals(t.code())).findFirst().orElseThrow(() -> new AssertionError(
                "no row of " + town + " in " + f.towns()));
    }

    @Test
    void eachTownHasItsFiguresAndATownReadsItsOwnRowTheCitysTotalAndItsProjectsOnly() throws Exception {
        ensureOfficer();
        ensureTownAccount();
        LocalDate mon = freshMonday();
        IsoWeek week = IsoWeek.of(mon);
        WeeklyFigures before = director.call(() -> reports.report(week.previous().toString())).figures();

        ServiceFileView changle = takeIn("区镇周报项目一", "25000", mon, AsTown.TOWN);
        step(changle.fileNo(), "DRC-01", accept(mon));
        ServiceFileView zone = takeIn("区镇周报项目二", "8000", mon.plusDays(1), "HMKFQ");
        registerReferral(AsTown.TOWN, mon.plusDays(2));
        registerReferral(AsTown.TOWN, mon.minusDays(1));

        WeeklyFigures w = director.call(() -> reports.report(week.toString())).figures();
        WeeklyFigures.TownRow clz = row(w, AsTown.TOWN);
        WeeklyFigures.TownRow clzBefore = row(before, AsTown.TOWN);
        assertEquals(1, clz.projects() - clzBefore.projects(), "the project taken in this week");
        assertEquals(0, new BigDecimal("2.50").compareTo(clz.investmentYi().subtract(clzBefore.investmentYi())));
        assertEquals(1, clz.inApproval() - clzBefore.inApproval(), "its DRC-01 is accepted");
        assertEquals(1, clz.referrals(), "the referral of Wednesday; Sunday's was the week before's");
        assertEquals(1, row(w, "HMKFQ").projects() - row(before, "HMKFQ").projects());
        assertEquals(w.towns().stream().mapToLong(WeeklyFigures.TownRow::projects).sum(), w.townsTotal().projects());
        assertEquals(w.inApproval(), w.townsTotal().inApproval());

        WeeklyFigures read = town.call(() -> reports.report(week.toString())).figures();
        assertEquals(List.of(clz), read.towns(), "its own row and no other");
        assertEquals(w.townsTotal(), read.townsTotal(), "the city's totals");
        assertEquals(w.counts(), read.counts());
        assertTrue(read.projects().stream().anyMatch(p -> p.fileNo().equals(changle.fileNo())));
        assertTrue(read.projects().stream().allMatch(p -> AsTown.TOWN.equals(p.town())), "only its town's projects");
        assertEquals(read, town.call(() -> reports.report(week.toString(), AsTown.TOWN)).figures());
        assertThrows(NotFound.class, () -> town.call(() -> reports.report(week.toString(), "HMKFQ")), "another town's figures");
        assertEquals(List.of(row(w, "HMKFQ")), director.call(() -> reports.report(week.toString(), "hmkfq")).figures().towns());
        assertThrows(NotFound.class, () -> director.call(() -> reports.report(week.toString(), "NOSUCHTOWN")));
    }

    @Test
    void theBoardHasTodaysFiguresByTheReportsDefinitionsAndATownSeesItsOwnRow() throws Exception {
        ensureTownAccount();
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        IsoWeek thisWeek = IsoWeek.of(today);
        supervision.scan();
        Board board = director.call(() -> supervision.board(thisWeek.monday(), today));
        WeeklyFigures report = director.call(() -> reports.report(thisWeek.toString())).figures();

        // The board counts on the stored state (SQL), the report on the dated data (Java): on the same day they agree.
        assertEquals(report.towns().stream().map(t -> List.of(t.code(), t.projects(), t.investmentYi(), t.inApproval(),
                        t.started(), t.red(), t.referrals())).toList(),
                board.towns().stream().map(t -> List.of(t.code(), t.projects(), t.investmentYi(), t.inApproval(), t.started(),
                        t.red(), t.referrals())).toList());
        assertEquals(report.townsTotal().projects(), board.townsTotal().projects());
        assertEquals(report.townsTotal().investmentYi(), board.townsTotal().investmentYi());

        Board own = town.call(() -> supervision.board(thisWeek.monday(), today));
        assertEquals(List.of(AsTown.TOWN), own.towns().stream().map(Board.TownRow::code).toList());
        assertEquals(board.townsTotal(), own.townsTotal());
        assertEquals(board.departments(), own.departments(), "the city's figures as they are");
        assertThrows(NotFound.class, () -> town.call(() -> supervision.board(thisWeek.monday(), today, "HMKFQ")));
    }

    private void ensureTownAccount() throws Exception {
        if (em.createQuery("select count(a) from Account a where a.username = :name", Long.class)
                .setParameter("name", AsTown.USERNAME).getSingleResult() == 0) {
            admin.call(() -> accounts.open(new NewAccount(AsTown.USERNAME, "常乐镇工作人员", "secret-1", Set.of(Role.TOWN), null,
                    null, AsTown.TOWN, null, null)));
        }
    }

    @Test
    void theWeekInProgressIsNotKeptAndAFutureWeekIsRefused() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        IsoWeek thisWeek = IsoWeek.of(today);
        WeeklyReportView current = director.call(() -> reports.report(thisWeek.toString()));

        assertFalse(current.stored());
        assertEquals(today, current.figures().to());
        assertFalse(director.call(() -> reports.history(0, 520)).stream().anyMatch(h -> h.week().equals(thisWeek.toString())));
        String next = IsoWeek.of(today.plusDays(7)).toString();
        assertEquals("week", assertThrows(RuleViolation.class, () -> director.call(() -> reports.report(next))).field());
        assertEquals("week", assertThrows(RuleViolation.class, () -> director.call(() -> reports.report("2026-48"))).field());
    }

    @Test
    void theMondayJobMakesLastWeeksReportOnce() throws Exception {
        String last = IsoWeek.of(LocalDate.ofInstant(clock.instant(), clock.getZone())).previous().toString();
        String firstRun = reports.produceLastWeek();
        String secondRun = reports.produceLastWeek();

        assertTrue(firstRun.equals(last + " made") || firstRun.equals(last + " already made"), firstRun);
        assertEquals(last + " already made", secondRun);
        assertEquals(1L, em.createQuery("select count(r) from WeeklyReport r where r.isoWeek = :w", Long.class)
                .setParameter("w", last).getSingleResult());
    }

    private void ensureOfficer() throws Exception {
        if (em.createQuery("select count(a) from Account a where a.username = 'officer1-report'", Long.class)
                .getSingleResult() == 0) {
            admin.call(() -> accounts.open(new NewAccount("officer1-report", "周报专员", "secret-1", Set.of(Role.OFFICER), null,
                    null, null, null)));
        }
    }
}
