package org.projectdesk.acceptance.control;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView.Row;
import org.projectdesk.acceptance.control.FiguresCalculator.CaseRow;
import org.projectdesk.acceptance.control.FiguresCalculator.FindingRow;
import org.projectdesk.acceptance.control.FiguresCalculator.PledgeRow;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.calendar.control.WorkingDays;

/**
 * The acceptance figures of a fixture worked out by hand on the official 2026 calendar. The period is
 * Monday 27 April to Sunday 10 May 2026: 27–30 April are worked, 1–5 May is the Labour Day holiday,
 * 6–8 May are worked, Saturday 9 May is a make-up working day and Sunday 10 May is off. (Qingming took
 * 4–6 April; 20–24 April is an ordinary week.)
 *
 * <pre>
 * case  departments  applied     opinion              rounds
 * C1    PLAN FIRE    Mon 20 Apr  Tue 28 Apr           1 (passed at the first visit)
 * C2    PLAN HUD     Mon 27 Apr  Fri  8 May           2 (HUD's item rectified and re-inspected; PLAN's passed at once)
 * C3    FIRE HUD     Wed 29 Apr  — (rectifying)       1
 * C4    PLAN         Wed  6 May  Sat  9 May (worked)  1
 * C5    PLAN         Wed  8 Apr  Fri 24 Apr           1 (before the period)
 * C6    FIRE         Thu  7 May  — (withdrawn 8 May)  0
 * </pre>
 * Working days from application to opinion, counted from the next day:
 * C1 (20 Apr, 28 Apr] = 21, 22, 23, 24, 27, 28 = 6 (8 calendar days);
 * C2 (27 Apr, 8 May] = 28, 29, 30 April, 6, 7, 8 May = 6 (11 calendar days);
 * C4 (6 May, 9 May] = 7, 8, 9 = 3 (3 calendar days).
 */
class FiguresCalculatorTest {

    private static final WorkingDays DAYS = calendar();
    private static final FiguresCalculator CALCULATOR = new FiguresCalculator(DAYS::countWorkingDays);
    private static final LocalDate FROM = parse("2026-04-27");
    private static final LocalDate TO = parse("2026-05-10");
    private static final List<FiguresCalculator.Department> DEPARTMENTS = List.of(
            new FiguresCalculator.Department("PLAN", "自然资源和规划局", "Natural Resources and Planning Bureau"),
            new FiguresCalculator.Department("FIRE", "消防救援大队", "Fire and Rescue Brigade"),
            new FiguresCalculator.Department("HUD", "住房和城乡建设局", "Housing and Urban-Rural Development Bureau"));

    private static WorkingDays calendar() {
        try (InputStream in = FiguresCalculatorTest.class.getResourceAsStream("/config/calendar/cn-holidays-2024-2026.csv")) {
            HolidaySchedule schedule = HolidaySchedule.parse(in.readAllBytes());
            return WorkingDays.of(schedule.years(), schedule.days());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case as the queries give it: once as a whole, and once for each department with whether its items passed at once. */
    private static void acceptance(List<CaseRow> rows, String applied, String opinion, boolean firstVisit,
            String... departments) {
        LocalDate opinionOn = opinion == null ? null : parse(opinion);
        rows.add(new CaseRow(null, parse(applied), opinionOn, firstVisit, 1));
        for (String d : departments) {
            boolean departmentAtOnce = d.startsWith("!") ? false : opinionOn != null;
            rows.add(new CaseRow(d.replace("!", ""), parse(applied), opinionOn, departmentAtOnce, 1));
        }
    }

    private static List<CaseRow> cases() {
        List<CaseRow> rows = new ArrayList<>();
        acceptance(rows, "2026-04-20", "2026-04-28", true, "PLAN", "FIRE");
        acceptance(rows, "2026-04-27", "2026-05-08", false, "PLAN", "!HUD");
        acceptance(rows, "2026-04-29", null, false, "FIRE", "HUD");
        acceptance(rows, "2026-05-06", "2026-05-09", true, "PLAN");
        acceptance(rows, "2026-04-08", "2026-04-24", true, "PLAN");
        acceptance(rows, "2026-05-07", null, false, "FIRE");
        return rows;
    }

    private static FindingRow finding(String department, String raised, String closed) {
        return new FindingRow(department, parse(raised), closed == null ? null : parse(closed), 1);
    }

    private static PledgeRow pledge(String department, String signed, String due, String fulfilled) {
        return new PledgeRow(department, parse(signed), parse(due), fulfilled == null ? null : parse(fulfilled), 1);
    }

    /**
     * F1 HUD's finding on C2, raised 30 Apr and closed by the re-inspection 8 May: raised and closed in the period.
     * F2 FIRE's and F3 HUD's on C3, raised 7 May, open: raised. F4 PLAN's on C5, raised 15 Apr, closed 27 Apr: closed only.
     */
    private static final List<FindingRow> FINDINGS = List.of(finding("HUD", "2026-04-30", "2026-05-08"),
            finding("FIRE", "2026-05-07", null), finding("HUD", "2026-05-07", null), finding("PLAN", "2026-04-15", "2026-04-27"));

    /**
     * As at 10 May. P1 the builder's on C1's fire item, due 8 May, not kept: open and overdue. P2 the town's on the same
     * item, kept 7 May: closed. P3 the builder's on C4's planning item, signed 9 May, due 10 May: open, not overdue on its
     * due day. P4 the town's on it, due 20 May, kept 12 May: still open on 10 May. P5 signed 11 May: not yet there.
     */
    private static final List<PledgeRow> PLEDGES = List.of(pledge("FIRE", "2026-04-28", "2026-05-08", null),
            pledge("FIRE", "2026-04-28", "2026-05-08", "2026-05-07"), pledge("PLAN", "2026-05-09", "2026-05-10", null),
            pledge("PLAN", "2026-05-09", "2026-05-20", "2026-05-12"), pledge("HUD", "2026-05-11", "2026-05-25", null));

    private static AcceptanceFiguresView figures() {
        return CALCULATOR.compute(FROM, TO, TO, true, DEPARTMENTS, cases(), FINDINGS, PLEDGES);
    }

    @Test
    void theHandCountedWorkingDaysAreTheCalendars() {
        assertEquals(6, DAYS.countWorkingDays(parse("2026-04-20"), parse("2026-04-28")));
        assertEquals(6, DAYS.countWorkingDays(parse("2026-04-27"), parse("2026-05-08")));
        assertEquals(3, DAYS.countWorkingDays(parse("2026-05-06"), parse("2026-05-09")));
    }

    @Test
    void theWholeOfficesFiguresAreTheOnesWorkedOutByHand() {
        // applied in the period: C2, C3, C4, C6 (withdrawn, still an application) = 4;
        // passed in it: C1, C2, C4 = 3 (C5 passed before it);
        // working days 6, 6, 3: average 15 / 3 = 5.0, fastest 3; calendar days 8, 11, 3: average 22 / 3 = 7.3, fastest 3;
        // at the first visit: C1 and C4 of 3 = 66.7 %; findings raised F1, F2, F3 = 3, closed F1, F4 = 2;
        // pledges open P1, P3, P4 = 3, overdue P1 = 1.
        assertEquals(new Row(null, null, null, 4, 3, 5.0, 3, 7.3, 3, 2, 66.7, 3, 2, 3, 1), figures().total());
    }

    @Test
    void eachDepartmentsFiguresAreTheOnesWorkedOutByHand() {
        List<Row> rows = figures().departments();
        // PLAN: in C1, C2, C4 (and C5, before). Applied C2, C4 = 2; passed C1, C2, C4 = 3 with 6, 6, 3 working days
        // (5.0, fastest 3) and 8, 11, 3 calendar days (7.3, fastest 3); its items passed at once in all three: 100.0 %;
        // findings: F4 closed; pledges P3 and P4 open, neither overdue.
        assertEquals(new Row("PLAN", "自然资源和规划局", "Natural Resources and Planning Bureau", 2, 3, 5.0, 3, 7.3, 3, 3, 100.0,
                0, 1, 2, 0), rows.get(0));
        // FIRE: in C1, C3, C6. Applied C3, C6 = 2; passed C1 = 1 (6 working, 8 calendar days), at once: 100.0 %;
        // F2 raised; P1 open and overdue (P2 kept).
        assertEquals(new Row("FIRE", "消防救援大队", "Fire and Rescue Brigade", 2, 1, 6.0, 6, 8.0, 8, 1, 100.0, 1, 0, 1, 1),
                rows.get(1));
        // HUD: in C2, C3. Applied both = 2; passed C2 = 1 (6 working, 11 calendar days), re-inspected: 0.0 %;
        // F1 and F3 raised, F1 closed; P5 not signed by 10 May.
        assertEquals(new Row("HUD", "住房和城乡建设局", "Housing and Urban-Rural Development Bureau", 2, 1, 6.0, 6, 11.0, 11, 0,
                0.0, 2, 1, 0, 0), rows.get(2));
        assertEquals(3, rows.size());
    }

    @Test
    void aPeriodWithoutOpinionsHasNoAveragesAndTheDepartmentWindowNoTotal() {
        // 1–5 May: every day a holiday; C2 to C4 were applied before or after, no opinion; on 5 May P1 is open, due the 8th.
        AcceptanceFiguresView holiday = CALCULATOR.compute(parse("2026-05-01"), parse("2026-05-05"), parse("2026-05-05"), false,
                DEPARTMENTS.subList(1, 2), cases(), FINDINGS, PLEDGES);
        assertNull(holiday.total());
        assertEquals(List.of(new Row("FIRE", "消防救援大队", "Fire and Rescue Brigade", 0, 0, null, null, null, null, 0, null,
                0, 0, 2, 0)), holiday.departments(), "P1 and P2, both still open on 5 May and due on the 8th");
    }

    @Test
    void theFiguresAreNamedInTheOrderTheTablesShowThem() {
        assertEquals(AcceptanceFiguresView.FIGURES, List.copyOf(figures().total().figures().keySet()));
    }
}
