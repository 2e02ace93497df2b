package org.projectdesk.report.control;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.report.control.ReportData.Coordination;
import org.projectdesk.report.control.ReportData.MatterRow;
import org.projectdesk.report.control.ReportData.MeetingRow;
import org.projectdesk.report.control.ReportData.ProjectRow;
import org.projectdesk.report.control.ReportData.ServiceRow;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.control.LightRule;
import org.projectdesk.supervision.control.ProjectLightRule;

/**
 * The weekly report of a fixture whose every figure was worked out by hand (March 2024 has no
 * holidays; the working days are counted in the comments). Week 2024-W11 is 11–17 March; the week
 * before, 4–10 March.
 */
class WeeklyCalculatorTest {

    private static final WorkingDays DAYS = calendar();
    private static final WeeklyCalculator CALCULATOR = new WeeklyCalculator(new LightRule(2, 20, 3), new ProjectLightRule(18, 22),
            DAYS::countWorkingDays);
    private static final List<WeeklyCalculator.Department> DEPARTMENTS = List.of("DRC", "LAND", "PLAN", "FIRE", "HUD", "EPB",
            "WATER").stream().map(c -> new WeeklyCalculator.Department(c, c + "局", c + " bureau")).toList();

    private static WorkingDays calendar() {
        try (InputStream in = WeeklyCalculatorTest.class.getResourceAsStream("/config/calendar/cn-holidays-2024-2026.csv")) {
            HolidaySchedule schedule = HolidaySchedule.parse(in.readAllBytes());
            return WorkingDays.of(schedule.years(), schedule.days());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The towns in list order: a development zone, a subdistrict and a town with projects, an active town without
     * any (listed with zeros), an inactive one without figures (not listed) and an inactive one with a referral.
     */
    private static final List<WeeklyCalculator.Town> TOWNS = List.of(
            new WeeklyCalculator.Town("HMKFQ", "海门经济技术开发区", "Development Zone", true),
            new WeeklyCalculator.Town("HMJD", "海门街道", "Haimen Subdistrict", true),
            new WeeklyCalculator.Town("CLZ", "常乐镇", "Changle Town", true),
            new WeeklyCalculator.Town("SJZ", "四甲镇", "Sijia Town", true),
            new WeeklyCalculator.Town("OLDZ", "旧镇", "Old Town", false),
            new WeeklyCalculator.Town("GONEZ", "撤并镇", "Merged Town", false));

    private static ProjectRow project(long id, String intake, String investment, ProjectStatus status, String changed,
            boolean green) {
        return new ProjectRow(id, "XF-2024-000" + id, "项目" + id, "officer1", new BigDecimal(investment), parse(intake), status,
                changed == null ? null : parse(changed), null, green, townOf(id));
    }

    /** P1 and P2 in Changle (a town), P3 and P4 in Haimen subdistrict, P5 and P6 in the development zone. */
    private static String townOf(long id) {
        return id <= 2 ? "CLZ" : id <= 4 ? "HMJD" : id <= 6 ? "HMKFQ" : "CLZ";
    }

    private static MatterRow matter(long project, String category, String department, MatterStatus status, int statutory,
            int promised, int limit, String accepted, String due, String decided) {
        return new MatterRow(project, category, department, status, statutory, promised, limit,
                accepted == null ? null : parse(accepted), due == null ? null : parse(due),
                decided == null ? null : parse(decided), null);
    }

    /**
     * The acceptance feature's figures of a week, as its boundary gives them (they are worked out from dated cases in
     * its own FiguresCalculatorTest); the report sets this week's beside last week's.
     * W11: 2 applied, 1 passed in 4 working (6 calendar) days at the first visit, 1 finding raised, 1 pledge open.
     * W10: 1 applied, 2 passed in 3 and 8 working days (avg 5.5; 5 and 10 calendar days, avg 7.5), one re-inspected
     * (50.0 %), 2 findings raised and 2 closed, no pledge open.
     */
    private static final AcceptanceFiguresView.Row ACCEPTANCE_W11 = new AcceptanceFiguresView.Row(null, null, null, 2, 1, 4.0, 4,
            6.0, 6, 1, 100.0, 1, 0, 1, 0);
    private static final AcceptanceFiguresView.Row PLAN_W11 = new AcceptanceFiguresView.Row("PLAN", "PLAN局", "PLAN bureau", 1, 1,
            4.0, 4, 6.0, 6, 1, 100.0, 0, 0, 1, 0);
    private static final AcceptanceFiguresView.Row ACCEPTANCE_W10 = new AcceptanceFiguresView.Row(null, null, null, 1, 2, 5.5, 3,
            7.5, 5, 1, 50.0, 2, 2, 0, 0);

    private static AcceptanceFiguresView acceptance(String from, String to, AcceptanceFiguresView.Row total,
            AcceptanceFiguresView.Row... departments) {
        return new AcceptanceFiguresView(parse(from), parse(to), parse(to), total, List.of(departments));
    }

    private static ReportData fixture(Coordination coordination) {
        return fixture(coordination, acceptance("2024-03-11", "2024-03-17", ACCEPTANCE_W11, PLAN_W11));
    }

    private static ReportData fixture(Coordination coordination, AcceptanceFiguresView acceptance) {
        return new ReportData(
                List.of(project(1, "2024-03-01", "50000", ProjectStatus.APPROVALS_COMPLETED, "2024-03-13", false),
                        project(2, "2024-03-11", "12345.67", ProjectStatus.IN_APPROVAL, "2024-03-11", true),
                        project(3, "2024-02-01", "30000", ProjectStatus.PREPARING_TO_START, "2024-03-15", false),
                        project(4, "2024-03-20", "99999", ProjectStatus.ACCEPTED, null, false),
                        project(5, "2024-03-01", "8000", ProjectStatus.PAUSED, "2024-03-12", false),
                        project(6, "2024-03-01", "20000", ProjectStatus.WITHDRAWN, "2024-03-08", false)),
                () -> java.util.stream.Stream.of(
                        // P1: complete; first acceptance 4 Mar, last decision 13 Mar: 5,6,7,8,11,12,13 = 7 working days.
                        matter(1, "DRC-01", "DRC", MatterStatus.APPROVED, 20, 0, 0, "2024-03-04", "2024-03-04", "2024-03-04"),
                        matter(1, "LAND-01", "LAND", MatterStatus.APPROVED, 14, 5, 5, "2024-03-05", "2024-03-12", "2024-03-13"),
                        // P2 (green channel): 11 Mar to 17 Mar = 12,13,14,15 = 4 working days.
                        matter(2, "PLAN-01", "PLAN", MatterStatus.IN_REVIEW, 20, 5, 3, "2024-03-11", "2024-03-14", null),
                        matter(2, "FIRE-01", "FIRE", MatterStatus.ACCEPTED, 20, 10, 10, "2024-03-13", "2024-03-27", null),
                        matter(2, "HUD-01", "HUD", MatterStatus.ACCEPTED, 15, 2, 2, "2024-03-14", "2024-03-18", null),
                        matter(2, "HUD-02", "HUD", MatterStatus.DROPPED, 99, 99, 99, null, null, null),
                        // P3: 5 Feb to 6 Feb = 1 working day.
                        matter(3, "EPB-01", "EPB", MatterStatus.APPROVED, 30, 5, 5, "2024-02-05", "2024-02-08", "2024-02-06"),
                        matter(4, "DRC-01", "DRC", MatterStatus.ACCEPTED, 20, 0, 0, "2024-03-20", "2024-03-20", null),
                        // P5, paused with its matter suspended: 4 Mar to 17 Mar = 9 working days.
                        matter(5, "WATER-01", "WATER", MatterStatus.SUSPENDED, 10, 3, 3, "2024-03-04", null, null),
                        matter(6, "DRC-01", "DRC", MatterStatus.APPROVED, 20, 0, 0, "2024-03-04", "2024-03-04", "2024-03-04")),
                List.of(new MeetingRow(parse("2024-03-12"), List.of(2L, 3L)), new MeetingRow(parse("2024-03-05"), List.of(1L))),
                List.of(new ServiceRow(parse("2024-03-12"), "EXTENDED_HOURS", "LAND"), new ServiceRow(parse("2024-03-16"), "OVERTIME", "PLAN"),
                        new ServiceRow(parse("2024-03-08"), "OVERTIME", "LAND")),
                coordination, acceptance, List.of());
    }

    private static WeeklyFigures week11() {
        return CALCULATOR.compute(IsoWeek.parse("2024-W11"), parse("2024-03-17"), fixture(new Coordination(2, 3, 4, 1)),
                DEPARTMENTS, TOWNS);
    }

    private static WeeklyFigures week10() {
        return CALCULATOR.compute(IsoWeek.parse("2024-W10"), parse("2024-03-10"), fixture(new Coordination(1, 1, 2, 0),
                acceptance("2024-03-04", "2024-03-10", ACCEPTANCE_W10)), DEPARTMENTS, TOWNS);
    }

    @Test
    void everyFigureOfTheWeekIsTheOneWorkedOutByHand() {
        WeeklyFigures w = week11();

        assertEquals("2024-W11", w.week());
        assertEquals(parse("2024-03-11"), w.from());
        assertTrue(w.complete());
        assertEquals(5, w.projectsAccepted(), "P1, P2, P3, P5 and the withdrawn P6; P4 came after the week");
        assertEquals(1, w.projectsNew(), "P2");
        assertEquals(new BigDecimal("12.03"), w.totalInvestmentYi(), "120,345.67 万元");
        assertEquals(1, w.meetingsHeld());
        assertEquals(2, w.meetingProjects());
        assertEquals(2, w.visits());
        assertEquals(3, w.visitProjects());
        assertEquals(2, w.approvalsCompleted(), "P1 and P3");
        assertEquals(0, w.constructionStarted());
        assertEquals(1, w.preparingToStart(), "P3");
        assertEquals(1, w.inApproval(), "P2; P5 is paused");
        assertEquals(1, w.paused(), "P5");
        assertEquals(32.3, w.averageStatutoryDays(), "(34 + 55 + 30 + 10) / 4 = 32.25");
        assertEquals(7.5, w.averagePromisedDays(), "(5 + 17 + 5 + 3) / 4");
        assertEquals(5.3, w.averageElapsedDays(), "(7 + 4 + 1 + 9) / 4 = 5.25");
        assertEquals(1, w.mattersApproved(), "LAND-01 of P1 on 13 March");
        assertEquals(1, w.redMatters(), "PLAN-01 of P2, due 14 March");
        assertEquals(1, w.yellowMatters(), "HUD-01 of P2: 1 working day left");
        assertEquals(4, w.problemsOpened());
        assertEquals(1, w.problemsResolved());
        assertEquals(1, w.extendedHoursServices());
        assertEquals(1, w.overtimeServices());
        assertEquals(List.of(new WeeklyFigures.GreenChannelRow("XF-2024-0002", "项目2", 4, 18, 22, "RUNNING", "CLZ")), w.greenChannel());
        assertEquals(1, w.greenChannelTotal());
    }

    @Test
    void eachDepartmentHasItsLightsAndTheOnTimeRateOfTheWeeksDecisions() {
        Map<String, WeeklyFigures.DepartmentRow> rows = new LinkedHashMap<>();
        week11().departments().forEach(d -> rows.put(d.code(), d));

        assertEquals(List.of("DRC", "LAND", "PLAN", "FIRE", "HUD", "EPB", "WATER"), List.copyOf(rows.keySet()));
        assertEquals(new WeeklyFigures.DepartmentRow("LAND", "LAND局", "LAND bureau", 1, 0, 0.0, 0, 0), rows.get("LAND"),
                "decided on 13 March, a day after its due day");
        assertEquals(new WeeklyFigures.DepartmentRow("PLAN", "PLAN局", "PLAN bureau", 0, 0, null, 1, 0), rows.get("PLAN"));
        assertEquals(new WeeklyFigures.DepartmentRow("HUD", "HUD局", "HUD bureau", 0, 0, null, 0, 1), rows.get("HUD"));
        assertEquals(new WeeklyFigures.DepartmentRow("DRC", "DRC局", "DRC bureau", 0, 0, null, 0, 0), rows.get("DRC"),
                "the withdrawn P6's decision of 4 March is not this week's");
    }

    @Test
    void theProjectsComeRiskiestFirst() {
        assertEquals(List.of(
                        new WeeklyFigures.ProjectRow("XF-2024-0002", "项目2", "officer1", "IN_APPROVAL", 0, 3, 1, 1, 55, 17, 4, 2, "CLZ"),
                        new WeeklyFigures.ProjectRow("XF-2024-0005", "项目5", "officer1", "PAUSED", 0, 1, 0, 0, 10, 3, 9, null, "HMKFQ"),
                        new WeeklyFigures.ProjectRow("XF-2024-0001", "项目1", "officer1", "APPROVALS_COMPLETED", 2, 2, 0, 0, 34, 5, 7, null, "CLZ"),
                        new WeeklyFigures.ProjectRow("XF-2024-0003", "项目3", "officer1", "PREPARING_TO_START", 1, 1, 0, 0, 30, 5, 1, null, "HMJD")),
                week11().projects());
        assertEquals(4, week11().projectsTotal());
    }

    /**
     * The fixture with two more projects whose construction is dated, and the towns' referrals:
     * P7 in the development zone, started 14 March; P8 in Haimen subdistrict, approvals done 15 March, started on
     * 18 March (after the week). Referrals: Changle 8 March (the week before) and 12 March, Haimen subdistrict
     * 17 March (the week's Sunday), the merged town 11 March, the development zone 18 March (after the week).
     */
    private static WeeklyFigures byTownWeek11() {
        ReportData base = fixture(new Coordination(0, 0, 0, 0));
        List<ProjectRow> projects = new java.util.ArrayList<>(base.projects());
        projects.add(new ProjectRow(7, "XF-2024-0007", "项目7", "officer1", new BigDecimal("5000"), parse("2024-02-20"),
                ProjectStatus.CONSTRUCTION_STARTED, parse("2024-03-14"), parse("2024-03-14"), false, "HMKFQ"));
        projects.add(new ProjectRow(8, "XF-2024-0008", "项目8", "officer1", new BigDecimal("2000"), parse("2024-03-01"),
                ProjectStatus.CONSTRUCTION_STARTED, parse("2024-03-18"), parse("2024-03-18"), false, "HMJD"));
        List<MatterRow> extra = List.of(
                matter(7, "DRC-01", "DRC", MatterStatus.APPROVED, 20, 0, 0, "2024-02-21", "2024-02-21", "2024-02-22"),
                matter(8, "DRC-01", "DRC", MatterStatus.APPROVED, 20, 0, 0, "2024-03-04", "2024-03-04", "2024-03-15"));
        List<ReportData.ReferralRow> referrals = List.of(new ReportData.ReferralRow("CLZ", parse("2024-03-08")),
                new ReportData.ReferralRow("CLZ", parse("2024-03-12")), new ReportData.ReferralRow("HMJD", parse("2024-03-17")),
                new ReportData.ReferralRow("GONEZ", parse("2024-03-11")), new ReportData.ReferralRow("HMKFQ", parse("2024-03-18")));
        ReportData data = new ReportData(projects, () -> java.util.stream.Stream.concat(base.matters().get(), extra.stream()),
                base.meetings(), base.services(), base.coordination(), base.acceptance(), referrals);
        return CALCULATOR.compute(IsoWeek.parse("2024-W11"), parse("2024-03-17"), data, DEPARTMENTS, TOWNS);
    }

    private static WeeklyFigures.TownRow town(String code, String name, String nameEn, long projects, String investmentYi,
            long inApproval, long started, long red, long referrals) {
        return new WeeklyFigures.TownRow(code, name, nameEn, projects, new BigDecimal(investmentYi), inApproval, started, red,
                referrals);
    }

    @Test
    void eachTownHasItsFiguresWorkedOutByHandAndTheCitysTotalAddsThemUp() {
        WeeklyFigures w = byTownWeek11();

        assertEquals(List.of(
                        // P5 (8,000 万元, paused: not in approval; its suspended matter has no due day, so is not red) and
                        // P7 (5,000, started 14 March); P6 was withdrawn on 8 March; the referral of 18 March is next week's.
                        town("HMKFQ", "海门经济技术开发区", "Development Zone", 2, "1.30", 0, 1, 0, 0),
                        // P3 (30,000, approvals done) and P8 (2,000, done 15 March, started only on the 18th); a referral on Sunday.
                        town("HMJD", "海门街道", "Haimen Subdistrict", 2, "3.20", 0, 0, 0, 1),
                        // P1 (50,000, done) and P2 (12,345.67, in approval, PLAN-01 red since 14 March) = 6.2345... 亿;
                        // the referral of 12 March, not the one of 8 March.
                        town("CLZ", "常乐镇", "Changle Town", 2, "6.23", 1, 0, 1, 1),
                        // offered, with nothing: listed with zeros.
                        town("SJZ", "四甲镇", "Sijia Town", 0, "0.00", 0, 0, 0, 0),
                        // inactive: the old town without figures is left out, the merged one has its referral of 11 March.
                        town("GONEZ", "撤并镇", "Merged Town", 0, "0.00", 0, 0, 0, 1)),
                w.towns());
        // 107,345.67 万元 rounded once (the rows' 1.30 + 3.20 + 6.23 would make 10.73 as well, but need not).
        assertEquals(town(null, null, null, 6, "10.73", 1, 1, 1, 3), w.townsTotal());
        assertEquals(w.inApproval(), w.townsTotal().inApproval(), "the city's in-approval figure counts the same projects");
        assertEquals(w.constructionStarted(), w.townsTotal().started());
        assertEquals(w.redMatters(), w.townsTotal().red());
    }

    @Test
    void aReaderOfOneTownsFiguresGetsItsRowTheCitysTotalAndItsProjectsOnly() {
        WeeklyFigures whole = byTownWeek11();
        WeeklyFigures changle = whole.ofTown("CLZ");

        assertEquals(List.of(town("CLZ", "常乐镇", "Changle Town", 2, "6.23", 1, 0, 1, 1)), changle.towns());
        assertEquals(whole.townsTotal(), changle.townsTotal());
        assertEquals(List.of("XF-2024-0002", "XF-2024-0001"), changle.projects().stream().map(WeeklyFigures.ProjectRow::fileNo)
                .toList(), "riskiest first, as in the whole report");
        assertEquals(2, changle.projectsTotal());
        assertEquals(List.of("XF-2024-0002"), changle.greenChannel().stream().map(WeeklyFigures.GreenChannelRow::fileNo).toList());
        assertEquals(whole.counts(), changle.counts(), "the city's figures as they are");

        WeeklyFigures zone = whole.ofTown("HMKFQ");
        assertEquals(List.of("XF-2024-0005", "XF-2024-0007"), zone.projects().stream().map(WeeklyFigures.ProjectRow::fileNo)
                .sorted().toList());
        assertEquals(List.of(), zone.greenChannel());
        assertEquals(List.of(), whole.ofTown("OLDZ").towns(), "an inactive town without figures has no row to read");
    }

    @Test
    void aReportKeptBeforeTheTownsWereReportedHasNoTownsRowForAReader() {
        WeeklyFigures w = byTownWeek11();
        WeeklyFigures old = new WeeklyFigures(w.week(), w.from(), w.to(), w.complete(), w.projectsAccepted(), w.projectsNew(),
                w.totalInvestmentYi(), w.meetingsHeld(), w.meetingProjects(), w.visits(), w.visitProjects(),
                w.approvalsCompleted(), w.constructionStarted(), w.preparingToStart(), w.inApproval(), w.paused(),
                w.averageStatutoryDays(), w.averagePromisedDays(), w.averageElapsedDays(), w.mattersApproved(), w.redMatters(),
                w.yellowMatters(), w.problemsOpened(), w.problemsResolved(), w.extendedHoursServices(), w.overtimeServices(),
                w.greenChannel(), w.greenChannelTotal(), w.departments(),
                w.projects().stream().map(p -> new WeeklyFigures.ProjectRow(p.fileNo(), p.name(), p.officer(), p.stage(),
                        p.approved(), p.total(), p.red(), p.yellow(), p.statutoryDays(), p.promisedDays(), p.elapsedDays(),
                        p.light(), null)).toList(),
                w.projectsTotal(), w.changes(), w.acceptance(), null, null);

        WeeklyFigures read = old.ofTown("CLZ");
        assertEquals(null, read.towns(), "not kept");
        assertEquals(List.of(), read.projects(), "rows without their town are nobody's");
    }

    @Test
    void theWeekBeforeIsJudgedAsItStoodThenAndTheChangesAreTheDifferences() {
        WeeklyFigures w = week10();
        assertEquals(4, w.projectsAccepted());
        assertEquals(0, w.projectsNew());
        assertEquals(new BigDecimal("10.80"), w.totalInvestmentYi());
        assertEquals(1, w.approvalsCompleted(), "P3; P1's land matter was decided on 13 March");
        assertEquals(0, w.preparingToStart(), "P3 prepared from 15 March");
        assertEquals(2, w.inApproval(), "P1 and P5, not yet paused");
        assertEquals(0, w.paused());
        assertEquals(1, w.mattersApproved());
        assertEquals(0, w.redMatters());
        assertEquals(1, w.yellowMatters(), "LAND-01 of P1 on 10 March: 2 working days left");

        Map<String, Number> changes = WeeklyCalculator.changes(week11(), w);
        Map<String, Number> expected = new LinkedHashMap<>();
        expected.put("projectsAccepted", 1L);
        expected.put("projectsNew", 1L);
        expected.put("totalInvestmentYi", new BigDecimal("1.23"));
        expected.put("meetingsHeld", 0L);
        expected.put("meetingProjects", 1L);
        expected.put("visits", 1L);
        expected.put("visitProjects", 2L);
        expected.put("approvalsCompleted", 1L);
        expected.put("constructionStarted", 0L);
        expected.put("preparingToStart", 1L);
        expected.put("inApproval", -1L);
        expected.put("paused", 1L);
        expected.put("mattersApproved", 0L);
        expected.put("redMatters", 1L);
        expected.put("yellowMatters", 0L);
        expected.put("problemsOpened", 2L);
        expected.put("problemsResolved", 1L);
        expected.put("extendedHoursServices", 1L);
        expected.put("overtimeServices", 0L);
        assertEquals(expected, changes);
    }

    @Test
    void theAcceptanceTableSetsTheWeekBesideTheWeekBeforeWithEachChange() {
        WeeklyFigures.AcceptanceWeek a = WeeklyCalculator.weekOverWeek(week11(), week10()).acceptance();

        assertEquals(ACCEPTANCE_W11, a.thisWeek());
        assertEquals(ACCEPTANCE_W10, a.lastWeek());
        assertEquals(List.of(PLAN_W11), a.departments(), "each department's figures of the week");
        Map<String, Number> expected = new LinkedHashMap<>();
        expected.put("applied", 1L);                              // 2 - 1
        expected.put("passed", -1L);                              // 1 - 2
        expected.put("averageWorkingDays", new BigDecimal("-1.5")); // 4.0 - 5.5
        expected.put("fastestWorkingDays", 1L);                   // 4 - 3
        expected.put("averageCalendarDays", new BigDecimal("-1.5")); // 6.0 - 7.5
        expected.put("fastestCalendarDays", 1L);                  // 6 - 5
        expected.put("firstVisitRate", new BigDecimal("50.0"));   // 100.0 - 50.0
        expected.put("findingsRaised", -1L);                      // 1 - 2
        expected.put("findingsClosed", -2L);                      // 0 - 2
        expected.put("pledgesOpen", 1L);                          // 1 - 0
        expected.put("pledgesOverdue", 0L);                       // 0 - 0
        assertEquals(expected, a.changes());
        assertEquals(WeeklyCalculator.changes(week11(), week10()), WeeklyCalculator.weekOverWeek(week11(), week10()).changes(),
                "the other counts' changes as before");
    }

    @Test
    void aWeekWithoutOpinionsHasNoAverageToCompare() {
        AcceptanceFiguresView.Row none = new AcceptanceFiguresView.Row(null, null, null, 0, 0, null, null, null, null, 0, null,
                0, 0, 1, 1);
        WeeklyFigures current = CALCULATOR.compute(IsoWeek.parse("2024-W11"), parse("2024-03-17"),
                fixture(new Coordination(0, 0, 0, 0), acceptance("2024-03-11", "2024-03-17", none)), DEPARTMENTS, TOWNS);
        Map<String, Number> changes = WeeklyCalculator.weekOverWeek(current, week10()).acceptance().changes();

        assertEquals(List.of("applied", "passed", "findingsRaised", "findingsClosed", "pledgesOpen", "pledgesOverdue"),
                List.copyOf(changes.keySet()), "no change where this week has no figure");
        assertEquals(-2L, changes.get("passed"));
        assertEquals(1L, changes.get("pledgesOverdue"));
    }

    @Test
    void theWeekInProgressCountsUpToTodayAndIsNotComplete() {
        WeeklyFigures w = CALCULATOR.compute(IsoWeek.parse("2024-W11"), parse("2024-03-13"), fixture(new Coordination(0, 0, 0, 0)),
                DEPARTMENTS, TOWNS);
        assertFalse(w.complete());
        assertEquals(parse("2024-03-13"), w.to());
        assertEquals(0, w.overtimeServices(), "the overtime of 16 March has not happened yet");
        assertEquals(1, w.mattersApproved());
    }

    @Test
    void theProgressTableListsTheRiskiestFiveHundredOfManyProjects() {
        List<ProjectRow> projects = new java.util.ArrayList<>();
        List<MatterRow> matters = new java.util.ArrayList<>();
        for (long id = 1; id <= 600; id++) {
            projects.add(project(id, "2024-03-01", "100", ProjectStatus.IN_APPROVAL, null, false));
            // every third project has a matter overdue since 14 March: red
            matters.add(matter(id, "PLAN-01", "PLAN", MatterStatus.ACCEPTED, 20, 5, 5, "2024-03-04",
                    id % 3 == 0 ? "2024-03-14" : "2024-03-29", null));
        }
        WeeklyFigures w = CALCULATOR.compute(IsoWeek.parse("2024-W11"), parse("2024-03-17"), new ReportData(projects,
                matters::stream, List.of(), List.of(), new Coordination(0, 0, 0, 0), null, List.of()), DEPARTMENTS, TOWNS);

        assertEquals(600, w.projectsTotal());
        assertEquals(WeeklyFigures.MOST_LISTED, w.projects().size());
        assertTrue(w.projects().subList(0, 200).stream().allMatch(p -> p.light() == 2), "the 200 red ones first");
        assertEquals(200, w.redMatters(), "the figures count every project, listed or not");
        assertEquals(null, w.acceptance(), "without the acceptance figures, no acceptance table");
    }

    @Test
    void aGreenChannelProjectTakesItsWindowsLightAsTheScanAndTheServiceFileGiveIt() {
        List<ProjectRow> projects = List.of(project(1, "2024-01-12", "100", ProjectStatus.IN_APPROVAL, null, true),
                project(2, "2024-03-08", "100", ProjectStatus.IN_APPROVAL, null, true),
                project(3, "2024-03-08", "100", ProjectStatus.IN_APPROVAL, null, false));
        List<MatterRow> matters = new java.util.ArrayList<>();
        // P1: first accepted 15 January, far more than 22 working days before 17 March: red though its matter is green.
        matters.add(matter(1, "DRC-01", "DRC", MatterStatus.APPROVED, 20, 0, 0, "2024-01-15", "2024-01-15", "2024-01-15"));
        matters.add(matter(1, "PLAN-01", "PLAN", MatterStatus.ACCEPTED, 20, 10, 10, "2024-03-15", "2024-03-29", null));
        // P2 and P3: first accepted 11 March, a matter due 30 April, after the green window's last day (10 April).
        for (long id = 2; id <= 3; id++) {
            matters.add(matter(id, "DRC-01", "DRC", MatterStatus.APPROVED, 20, 0, 0, "2024-03-11", "2024-03-11", "2024-03-11"));
            matters.add(matter(id, "PLAN-01", "PLAN", MatterStatus.ACCEPTED, 40, 35, 35, "2024-03-12", "2024-04-30", null));
        }
        WeeklyFigures w = CALCULATOR.compute(IsoWeek.parse("2024-W11"), parse("2024-03-17"), new ReportData(projects,
                matters::stream, List.of(), List.of(), new Coordination(0, 0, 0, 0), null, List.of()), DEPARTMENTS, TOWNS);

        java.util.Map<String, Integer> lights = w.projects().stream().collect(java.util.stream.Collectors.toMap(
                WeeklyFigures.ProjectRow::fileNo, WeeklyFigures.ProjectRow::light));
        assertEquals(java.util.Map.of("XF-2024-0001", 2, "XF-2024-0002", 1, "XF-2024-0003", 0), lights);
        assertEquals(List.of("OVER", "RUNNING"), w.greenChannel().stream().map(WeeklyFigures.GreenChannelRow::state).toList());
    }

    @Test
    void isoWeeksAreParsedStrictlyAndRunMondayToSunday() {
        assertEquals(parse("2026-11-23"), IsoWeek.parse("2026-W48").monday());
        assertEquals(parse("2026-11-29"), IsoWeek.parse("2026-W48").sunday());
        assertEquals(IsoWeek.parse("2026-W53"), IsoWeek.of(parse("2027-01-01")), "2026 has 53 ISO weeks");
        assertEquals(parse("2025-12-29"), IsoWeek.parse("2026-W01").monday());
        assertEquals(IsoWeek.parse("2025-W52"), IsoWeek.parse("2026-W01").previous());
        assertEquals("week", assertThrows(RuleViolation.class, () -> IsoWeek.parse("2026-48")).field());
        assertEquals("week", assertThrows(RuleViolation.class, () -> IsoWeek.parse("2025-W53")).field(), "2025 has 52");
    }
}
