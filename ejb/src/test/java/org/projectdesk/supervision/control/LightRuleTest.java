package org.projectdesk.supervision.control;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.boundary.MatterLight;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.SupervisionSettings;

/** The light rule on the official 2026 calendar, judged on a given day. */
class LightRuleTest {

    private static final WorkingDays CALENDAR = calendar();
    /** Yellow at 2 working days or 20 % left; the leadership after 3 working days of red. */
    private static final LightRule RULE = new LightRule(2, 20, 3);

    private static WorkingDays calendar() {
        try (InputStream in = LightRuleTest.class.getResourceAsStream("/config/calendar/cn-holidays-2024-2026.csv")) {
            HolidaySchedule schedule = HolidaySchedule.parse(in.readAllBytes());
            return WorkingDays.of(schedule.years(), schedule.days());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MatterLight judgedOn(String day, String due, int limitDays) {
        return judgedOn(day, due, null, limitDays);
    }

    private static MatterLight judgedOn(String day, String due, String statutoryDue, int limitDays) {
        return RULE.judge(parse(day), parse(due), statutoryDue == null ? null : parse(statutoryDue), limitDays,
                CALENDAR::countWorkingDays);
    }

    @Test
    void greenWhileMoreThanTheThresholdRemainsAcrossTheNationalDayHoliday() {
        // (28 Sep, 12 Oct]: 29 and 30 Sep, 8, 9, 10 (a worked Saturday) and 12 Oct.
        MatterLight light = judgedOn("2026-09-28", "2026-10-12", 10);

        assertEquals(Light.GREEN, light.light());
        assertEquals(6, light.remainingWorkingDays());
    }

    @Test
    void yellowAtTwoWorkingDaysLeftCountingTheWorkedSaturday() {
        MatterLight light = judgedOn("2026-10-09", "2026-10-12", 10);

        assertEquals(Light.YELLOW, light.light());
        assertEquals(2, light.remainingWorkingDays());
    }

    @Test
    void yellowWhenTheShareOfTheLimitLeftReachesThePercentage() {
        // 4 working days left of 2–6 Nov: 20 % of 20 is 4 (yellow), of 19 it is 3.8 (green).
        assertEquals(Light.YELLOW, judgedOn("2026-11-02", "2026-11-06", 20).light());
        assertEquals(Light.GREEN, judgedOn("2026-11-02", "2026-11-06", 19).light());
    }

    @Test
    void theDueDayItselfIsStillYellowNotOverdue() {
        MatterLight light = judgedOn("2026-11-06", "2026-11-06", 5);

        assertEquals(Light.YELLOW, light.light());
        assertEquals(0, light.remainingWorkingDays());
    }

    @Test
    void aMatterDoneOnTheSpotIsGreenOnItsDayAndRedTheWorkingDayAfter() {
        MatterLight today = judgedOn("2026-11-06", "2026-11-06", 0);
        assertEquals(Light.GREEN, today.light());
        assertEquals(0, today.remainingWorkingDays());
        // Friday's immediate matter still open on Monday: a working day late.
        MatterLight monday = judgedOn("2026-11-09", "2026-11-06", 0);
        assertEquals(Light.RED, monday.light());
        assertEquals(-1, monday.remainingWorkingDays());
    }

    @Test
    void redTheWorkingDayAfterTheDueDateEvenAfterAWeekOfHolidays() {
        MatterLight light = judgedOn("2026-10-08", "2026-09-30", 3);

        assertEquals(Light.RED, light.light());
        assertEquals(2, light.level());
        assertEquals(-1, light.remainingWorkingDays());
    }

    @Test
    void redReachesTheLeadershipOnlyAfterMoreThanThreeWorkingDays() {
        // (30 Sep, 10 Oct] holds 3 working days: red; (30 Sep, 13 Oct] holds 5: the leadership.
        assertEquals(2, judgedOn("2026-10-10", "2026-09-30", 3).level());
        MatterLight late = judgedOn("2026-10-13", "2026-09-30", 3);
        assertEquals(3, late.level());
        assertEquals(Light.RED, late.light());
        assertEquals(-5, late.remainingWorkingDays());
    }

    @Test
    void theStatutoryLimitIsBrokenSeparatelyFromThePromisedOne() {
        assertTrue(judgedOn("2026-10-12", "2026-10-20", "2026-10-09", 10).statutoryOverdue());
        assertFalse(judgedOn("2026-10-09", "2026-10-20", "2026-10-09", 10).statutoryOverdue());
    }

    @Test
    void thresholdsOutsideTheirRangeAreRefusedNamingTheField() {
        assertEquals("yellowPercent", assertThrows(RuleViolation.class,
                () -> new SupervisionSettings(2, 120, 3, 18, 22, 60)).field());
        assertEquals("greenWindowTo", assertThrows(RuleViolation.class,
                () -> new SupervisionSettings(2, 20, 3, 22, 18, 60)).field());
        assertEquals(new LightRule(1, 10, 5), new SupervisionSettings(1, 10, 5, 18, 22, 60).rule());
    }
}
