package org.projectdesk.coordination.entity;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.shared.control.RuleViolation;

/** The problem's due date on the official 2026 calendar, and its state machine, on a fixed clock. */
class ProblemTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    private static final DueDates CALENDAR = calendar();

    private static DueDates calendar() {
        try (InputStream in = ProblemTest.class.getResourceAsStream("/config/calendar/cn-holidays-2024-2026.csv")) {
            HolidaySchedule schedule = HolidaySchedule.parse(in.readAllBytes());
            WorkingDays days = WorkingDays.of(schedule.years(), schedule.days());
            return days::dueDate;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Problem raised(LocalDate on, int dueDays) {
        return new Problem(7L, "  施工用电接入迟迟未落实 ", List.of("HUD", "DRC", "HUD"), dueDays, ProblemSource.OFFICER, null,
                on, TODAY, "officer1", CLOCK.instant(), CALENDAR);
    }

    private static RuleViolation refused(Runnable step) {
        return assertThrows(RuleViolation.class, step::run);
    }

    @ParameterizedTest(name = "raised {0} + {1} working days -> {2}")
    @CsvSource({
            // Counted from the next day: Wed 30 Sep is day 1; 1–7 Oct are the National Day holiday, Sat 10 Oct is worked.
            "2026-09-29, 1, 2026-09-30",
            "2026-09-29, 2, 2026-10-08",
            "2026-09-29, 4, 2026-10-10",
            // Over a weekend: Fri 20 Nov + 1 = Mon 23 Nov.
            "2026-11-20, 1, 2026-11-23",
            "2026-11-26, 5, 2026-12-03"})
    void theDueDateCountsWorkingDaysFromTheNextDay(LocalDate on, int days, LocalDate due) {
        assertEquals(due, raised(on, days).getDueOn());
    }

    @Test
    void aNewProblemIsOpenWithItsDepartmentsOnceEachAndItsTextTrimmed() {
        Problem problem = raised(parse("2026-11-20"), 3);

        assertEquals(ProblemStatus.OPEN, problem.getStatus());
        assertEquals(List.of("DRC", "HUD"), List.copyOf(problem.getDepartments()));
        assertEquals("施工用电接入迟迟未落实", problem.getDescription());
        assertTrue(problem.isResponsible("HUD"));
        assertFalse(problem.isResponsible("LAND"));
    }

    @Test
    void anOpenProblemPastItsDueDateIsOverdueUntilResolved() {
        Problem problem = raised(parse("2026-11-16"), 3);        // due Thu 19 Nov

        assertEquals(parse("2026-11-19"), problem.getDueOn());
        assertTrue(problem.isOverdue(TODAY));
        assertFalse(problem.isOverdue(parse("2026-11-19")), "not on its due day itself");
        problem.start();
        assertTrue(problem.isOverdue(TODAY), "in progress still counts");
        problem.resolve("供电公司已排期接入", TODAY, TODAY);
        assertFalse(problem.isOverdue(TODAY));
    }

    @Test
    void theLegalPathOpenInProgressResolvedAndReopened() {
        Problem problem = raised(parse("2026-11-20"), 3);
        problem.start();
        assertEquals(ProblemStatus.IN_PROGRESS, problem.getStatus());

        problem.resolve(" 已协调供电公司 ", parse("2026-11-25"), TODAY);
        assertEquals(ProblemStatus.RESOLVED, problem.getStatus());
        assertEquals("已协调供电公司", problem.getResolution());
        assertEquals(parse("2026-11-25"), problem.getResolvedOn());

        problem.reopen("接入后又断电");
        assertEquals(ProblemStatus.IN_PROGRESS, problem.getStatus());
        assertNull(problem.getResolution());
        assertNull(problem.getResolvedOn());
    }

    @Test
    void anEscalatedProblemIsResolvedLaterButNotStartedOrEscalatedAgain() {
        Problem problem = raised(parse("2026-11-20"), 3);
        problem.escalate("涉及多部门，需领导协调", TODAY, TODAY);
        assertEquals(ProblemStatus.ESCALATED, problem.getStatus());
        assertEquals(TODAY, problem.getEscalatedOn());
        assertFalse(problem.isOverdue(parse("2026-12-31")), "escalated problems leave the departments' watch");

        assertEquals("type", refused(problem::start).field());
        assertEquals("type", refused(() -> problem.escalate("再次", TODAY, TODAY)).field());
        problem.resolve("领导协调会议定", TODAY, TODAY);
        assertEquals(ProblemStatus.RESOLVED, problem.getStatus());
    }

    @Test
    void illegalStepsAreRefusedAndChangeNothing() {
        Problem problem = raised(parse("2026-11-20"), 3);
        problem.start();

        RuleViolation again = refused(problem::start);
        assertEquals("type", again.field());
        assertEquals("problem.step.illegal", again.key());
        assertEquals("难题当前为办理中，不能开始办理", again.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("START is not possible for a problem that is IN_PROGRESS", again.getMessage());
        assertEquals("type", refused(() -> problem.reopen("原因")).field());
        assertEquals(ProblemStatus.IN_PROGRESS, problem.getStatus());

        problem.resolve("已解决", TODAY, TODAY);
        assertEquals("type", refused(() -> problem.resolve("又解决", TODAY, TODAY)).field());
        assertEquals("type", refused(() -> problem.escalate("原因", TODAY, TODAY)).field());
        assertEquals("已解决", problem.getResolution());
    }

    @Test
    void resolvingNeedsAResolutionAndAPlausibleDay() {
        Problem problem = raised(parse("2026-11-20"), 3);

        assertEquals("resolution", refused(() -> problem.resolve("  ", TODAY, TODAY)).field());
        assertEquals("resolution", refused(() -> problem.resolve(null, TODAY, TODAY)).field());
        assertEquals("on", refused(() -> problem.resolve("好了", TODAY.plusDays(1), TODAY)).field());
        assertEquals("problem.on.beforeRaised", refused(() -> problem.resolve("好了", parse("2026-11-19"), TODAY)).key());
        assertEquals("reason", refused(() -> problem.escalate(" ", TODAY, TODAY)).field());
        assertEquals(ProblemStatus.OPEN, problem.getStatus());
        assertNull(problem.getResolution());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no description      | description |  | HUD | 3   | OFFICER  |   | 2026-11-20",
            "no department       | departments | 难题 |     | 3   | OFFICER  |   | 2026-11-20",
            "zero days           | dueDays     | 难题 | HUD | 0   | OFFICER  |   | 2026-11-20",
            "too many days       | dueDays     | 难题 | HUD | 251 | OFFICER  |   | 2026-11-20",
            "no source           | source      | 难题 | HUD | 3   |          |   | 2026-11-20",
            "visit without id    | sourceId    | 难题 | HUD | 3   | VISIT    |   | 2026-11-20",
            "meeting without id  | sourceId    | 难题 | HUD | 3   | MEETING  |   | 2026-11-20",
            "raised in future    | on          | 难题 | HUD | 3   | INVESTOR |   | 2026-11-27"})
    void aProblemThatBreaksARuleIsRefusedNamingTheField(String rule, String field, String description, String department,
            int days, ProblemSource source, Long sourceId, LocalDate on) {
        RuleViolation refused = refused(() -> new Problem(7L, description, department == null ? List.of() : List.of(department),
                days, source, sourceId, on, TODAY, "officer1", CLOCK.instant(), CALENDAR));
        assertEquals(field, refused.field(), rule);
    }
}
