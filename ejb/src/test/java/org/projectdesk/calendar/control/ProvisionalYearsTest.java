package org.projectdesk.calendar.control;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shipped 2024–2026 notices with 2027–2029 provisional, as the application counts today. */
class ProvisionalYearsTest {

    private static final HolidaySchedule SHIPPED = ShippedSchedule.schedule();
    private static final WorkingDays CALENDAR = WorkingDays.withProvisionalYears(SHIPPED.years(), SHIPPED.days(), 3);

    /** An "official" 2027 unlike the provisional one: a longer Spring Festival with a make-up Saturday. */
    private static final String OFFICIAL_2027 = """
            date,kind,name
            2027-01-01,holiday,元旦
            2027-02-05,holiday,春节
            2027-02-06,holiday,春节
            2027-02-07,holiday,春节
            2027-02-08,holiday,春节
            2027-02-09,holiday,春节
            2027-02-10,holiday,春节
            2027-02-11,holiday,春节
            2027-02-12,holiday,春节
            2027-02-20,workday,春节
            """;

    @Test
    void theThreeYearsAfterTheLastOfficialOneAreProvisionalAndTheNextIsRefusedByName() {
        assertEquals(new TreeSet<>(Set.of(2027, 2028, 2029)), CALENDAR.provisionalYears());
        assertTrue(CALENDAR.covers(2029));
        assertFalse(CALENDAR.isProvisionalYear(2026));
        assertEquals(2030, assertThrows(YearNotLoaded.class, () -> CALENDAR.isWorkingDay(parse("2030-01-02"))).year());
        assertEquals(2030, assertThrows(YearNotLoaded.class, () -> CALENDAR.addWorkingDays(parse("2029-12-20"), 20)).year());
    }

    @Test
    void addingAndCountingRunOverTheYearBoundaryIntoTheProvisionalYear() {
        // Friday 25 December: 28–31 December, (1 January off), 4–8 and 11 January.
        LocalDate due = CALENDAR.addWorkingDays(parse("2026-12-25"), 10);

        assertEquals(parse("2027-01-11"), due);
        assertTrue(CALENDAR.isProvisional(due));
        assertFalse(CALENDAR.isProvisional(parse("2026-12-31")));
        assertFalse(CALENDAR.isProvisional(null));
        assertEquals(14, CALENDAR.countWorkingDays(parse("2026-12-20"), parse("2027-01-10")));
        assertEquals(10, CALENDAR.countWorkingDays(parse("2026-12-25"), due));
    }

    @Test
    void weekendStatutoryDaysAreMadeUpOnTheNextWorkingDaysAndNoWeekendIsWorked() {
        // Spring Festival Fri 5 – Mon 8 February, Saturday and Sunday made up on Tuesday 9 and Wednesday 10.
        assertEquals(parse("2027-02-11"), CALENDAR.addWorkingDays(parse("2027-02-04"), 1));
        // Labour Day Saturday 1 and Sunday 2 May, made up on Monday 3 and Tuesday 4.
        assertFalse(CALENDAR.isWorkingDay(parse("2027-05-03")));
        assertFalse(CALENDAR.isWorkingDay(parse("2027-05-04")));
        assertTrue(CALENDAR.isWorkingDay(parse("2027-05-05")));
        assertFalse(CALENDAR.isWorkingDay(parse("2027-02-20")), "no make-up Saturday without the notice");
        // 2027 has 261 weekdays; of its 19 days off, 13 are weekdays: 1 Jan, 5 and 8–10 Feb, 5 Apr, 3–4 May,
        // 9 Jun, 15 Sep, 1 and 4–5 Oct.
        long weekdaysOff = StatutoryHolidays.of(2027).stream().filter(h -> h.date().getDayOfWeek().getValue() <= 5).count();
        assertEquals(13, weekdaysOff);
        assertEquals(261 - 13, CALENDAR.workingDaysIn(2027));
    }

    @Test
    void theFirstDifferenceOfAnOfficialScheduleIsWhereDatesStartToMove() {
        HolidaySchedule official = HolidaySchedule.parse(OFFICIAL_2027.getBytes(StandardCharsets.UTF_8));
        Map<LocalDate, DayKind> days = new HashMap<>(SHIPPED.days());
        days.putAll(official.days());
        TreeSet<Integer> years = new TreeSet<>(SHIPPED.years());
        years.addAll(official.years());
        WorkingDays withOfficial = WorkingDays.withProvisionalYears(years, days, 3);

        assertEquals(parse("2027-02-11"), WorkingDays.firstDifference(CALENDAR, withOfficial));
        assertNull(WorkingDays.firstDifference(CALENDAR, CALENDAR));
        assertEquals(new TreeSet<>(Set.of(2028, 2029, 2030)), withOfficial.provisionalYears());
        assertFalse(withOfficial.isProvisional(parse("2027-12-31")));
        // A date before the first difference is the same on both; one after it moves.
        assertEquals(CALENDAR.addWorkingDays(parse("2027-01-04"), 20), withOfficial.addWorkingDays(parse("2027-01-04"), 20));
        assertEquals(parse("2027-02-11"), CALENDAR.addWorkingDays(parse("2027-02-04"), 1));
        assertEquals(parse("2027-02-15"), withOfficial.addWorkingDays(parse("2027-02-04"), 1));
    }

    @Test
    void aYearBetweenOfficialOnesIsProvisionalAndMarksEverythingAfterIt() {
        WorkingDays gap = WorkingDays.withProvisionalYears(List.of(2024, 2026), Map.of(), 1);

        assertEquals(new TreeSet<>(Set.of(2025, 2027)), gap.provisionalYears());
        assertEquals(parse("2025-01-02"), gap.addWorkingDays(parse("2024-12-31"), 1), "1 January 2025 is off by law");
        assertTrue(gap.isProvisional(parse("2026-06-01")), "reached through provisional 2025");
        assertFalse(gap.isProvisional(parse("2024-12-31")));
    }
}
