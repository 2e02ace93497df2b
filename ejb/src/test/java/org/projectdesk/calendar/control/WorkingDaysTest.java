package org.projectdesk.calendar.control;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingDaysTest {

    private static final WorkingDays CALENDAR = ShippedSchedule.workingDays();

    static Stream<Arguments> listedDays() {
        return ShippedSchedule.schedule().entries().stream()
                .map(entry -> Arguments.of(entry.date(), entry.kind(), entry.name()));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("listedDays")
    void everyListedHolidayIsOffAndEveryMakeUpDayIsWorked(LocalDate date, DayKind kind, String name) {
        assertEquals(kind == DayKind.WORKDAY, CALENDAR.isWorkingDay(date));
    }

    @Test
    void theShippedFileHasTheOfficialScheduleOfThreeYears() {
        HolidaySchedule schedule = ShippedSchedule.schedule();

        assertTrue(schedule.isValid(), () -> schedule.problems().toString());
        assertEquals(Set.of(2024, 2025, 2026), schedule.years());
        assertEquals(108, schedule.entries().size());
    }

    @Test
    void unlistedWeekdaysAreWorkedAndUnlistedWeekendsAreNot() {
        for (LocalDate day = parse("2024-01-01"); day.isBefore(parse("2027-01-01")); day = day.plusDays(1)) {
            if (!ShippedSchedule.schedule().days().containsKey(day)) {
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                assertEquals(!weekend, CALENDAR.isWorkingDay(day), day.toString());
            }
        }
    }

    /** Each holiday period of 2024–2026 with the working days on either side and its make-up days. */
    @ParameterizedTest(name = "{0}: last working day {1}, first working day {2}, {3} working days between")
    @CsvSource({
            "2024 New Year,        2023-12-29, 2024-01-02, 0",
            "2024 Spring Festival, 2024-02-09, 2024-02-18, 1",
            "2024 Qingming,        2024-04-03, 2024-04-07, 1",
            "2024 Labour Day,      2024-04-30, 2024-05-06, 1",
            "2024 Dragon Boat,     2024-06-07, 2024-06-11, 1",
            "2024 Mid-Autumn,      2024-09-14, 2024-09-18, 1",
            "2024 National Day,    2024-09-30, 2024-10-08, 1",
            "2025 New Year,        2024-12-31, 2025-01-02, 1",
            "2025 Spring Festival, 2025-01-27, 2025-02-05, 1",
            "2025 Qingming,        2025-04-03, 2025-04-07, 1",
            "2025 Labour Day,      2025-04-30, 2025-05-06, 1",
            "2025 Dragon Boat,     2025-05-30, 2025-06-03, 1",
            "2025 National Day,    2025-09-30, 2025-10-09, 1",
            "2026 New Year,        2025-12-31, 2026-01-04, 1",
            "2026 Spring Festival, 2026-02-14, 2026-02-24, 1",
            "2026 Qingming,        2026-04-03, 2026-04-07, 1",
            "2026 Labour Day,      2026-04-30, 2026-05-06, 1",
            "2026 Dragon Boat,     2026-06-18, 2026-06-22, 1",
            "2026 Mid-Autumn,      2026-09-24, 2026-09-28, 1",
            "2026 National Day,    2026-09-30, 2026-10-08, 1",
    })
    void aHolidayPeriodCountsNoWorkingDays(String period, LocalDate lastBefore, LocalDate firstAfter, int ignored) {
        assertTrue(lastBefore.getYear() < 2024 || CALENDAR.isWorkingDay(lastBefore), period + ": " + lastBefore);
        assertTrue(CALENDAR.isWorkingDay(firstAfter), period + ": " + firstAfter);
        if (lastBefore.getYear() >= 2024) {
            assertEquals(firstAfter, CALENDAR.addWorkingDays(lastBefore, 1), period);
            assertEquals(1, CALENDAR.countWorkingDays(lastBefore, firstAfter), period);
        }
    }

    @Test
    void countingStartsOnTheDayAfterAcceptance() {
        // Accepted Friday 2026-11-20: day 1 is Monday the 23rd, day 5 Friday the 27th.
        assertEquals(parse("2026-11-23"), CALENDAR.addWorkingDays(parse("2026-11-20"), 1));
        assertEquals(parse("2026-11-27"), CALENDAR.addWorkingDays(parse("2026-11-20"), 5));
        assertEquals(parse("2026-11-20"), CALENDAR.addWorkingDays(parse("2026-11-20"), 0));
    }

    @Test
    void aLimitRunsOverTheSpringFestivalAndItsMakeUpDays() {
        // 2026: Sat 14 Feb is worked, 15–23 Feb off, Sat 28 Feb worked.
        assertEquals(parse("2026-02-14"), CALENDAR.addWorkingDays(parse("2026-02-13"), 1));
        assertEquals(parse("2026-02-24"), CALENDAR.addWorkingDays(parse("2026-02-13"), 2));
        assertEquals(parse("2026-02-28"), CALENDAR.addWorkingDays(parse("2026-02-13"), 6));
        assertEquals(parse("2026-03-02"), CALENDAR.addWorkingDays(parse("2026-02-13"), 7));
        // 20 working days from 2025-01-20 cross the 2025 Spring Festival (Sun 26 Jan and Sat 8 Feb worked):
        // 21–24 Jan, 26, 27 Jan, 5–8 Feb, 10–14 Feb, 17–21 Feb.
        assertEquals(parse("2025-02-21"), CALENDAR.addWorkingDays(parse("2025-01-20"), 20));
    }

    @Test
    void countsWorkingDaysInAHalfOpenInterval() {
        assertEquals(0, CALENDAR.countWorkingDays(parse("2026-10-01"), parse("2026-10-07")));
        assertEquals(1, CALENDAR.countWorkingDays(parse("2026-10-07"), parse("2026-10-08")));
        assertEquals(0, CALENDAR.countWorkingDays(parse("2026-10-08"), parse("2026-10-08")));
        assertEquals(0, CALENDAR.countWorkingDays(parse("2026-10-09"), parse("2026-10-08")));
        // 2026: 261 weekdays, 19 of them holidays, 6 weekend make-up days
        assertEquals(248, CALENDAR.countWorkingDays(parse("2025-12-31"), parse("2026-12-31")));
        // 2025: 261 weekdays, 18 of them holidays, 5 weekend make-up days
        assertEquals(248, CALENDAR.countWorkingDays(parse("2024-12-31"), parse("2025-12-31")));
    }

    @Test
    void addingAndCountingAreInverse() {
        for (LocalDate from = parse("2024-01-01"); from.isBefore(parse("2026-06-01")); from = from.plusDays(7)) {
            for (int days = 0; days <= 100; days += 7) {
                LocalDate due = CALENDAR.addWorkingDays(from, days);
                assertEquals(days, CALENDAR.countWorkingDays(from, due), from + " + " + days);
            }
        }
    }

    @Test
    void suspendedDaysDoNotCount() {
        // 10 working days from Mon 2026-11-02 end on Mon 11-16; a suspension of Wed 4 to Fri 6 adds 3.
        LocalDate start = parse("2026-11-02");
        assertEquals(parse("2026-11-16"), CALENDAR.dueDate(start, 10, List.of()));
        assertEquals(parse("2026-11-19"), CALENDAR.dueDate(start, 10, List.of(new Period(parse("2026-11-04"), parse("2026-11-06")))));
        // A suspension over a weekend only costs its working days; overlapping periods count once.
        assertEquals(parse("2026-11-20"), CALENDAR.dueDate(start, 10, List.of(
                new Period(parse("2026-11-04"), parse("2026-11-06")),
                new Period(parse("2026-11-05"), parse("2026-11-09")))));
        // A suspension after the due date changes nothing; one before the start is ignored.
        assertEquals(parse("2026-11-16"), CALENDAR.dueDate(start, 10, List.of(
                new Period(parse("2026-11-17"), parse("2026-11-30")),
                new Period(parse("2026-10-01"), parse("2026-10-20")))));
    }

    @Test
    void aDueDateThatWouldFallOnADayOffMovesToTheNextWorkingDay() {
        assertEquals(parse("2026-10-08"), CALENDAR.onOrAfter(parse("2026-10-01")));
        assertEquals(parse("2026-10-08"), CALENDAR.onOrAfter(parse("2026-10-08")));
        assertEquals(parse("2026-10-10"), CALENDAR.onOrAfter(parse("2026-10-09").plusDays(1)));
    }

    /** An index of the official years alone (the application adds provisional years: ProvisionalYearsTest). */
    @Test
    void aComputationThatNeedsAnUnloadedYearNamesItAndNeverGuesses() {
        YearNotLoaded after = assertThrows(YearNotLoaded.class, () -> CALENDAR.addWorkingDays(parse("2026-12-20"), 20));
        assertEquals(2027, after.year());
        assertEquals("The official holiday schedule for 2027 is not loaded and 2027 lies beyond the provisional years"
                + " (up to three past the last official one); an administrator must import it before dates in 2027 can be computed",
                after.getMessage());
        assertEquals(2023, assertThrows(YearNotLoaded.class, () -> CALENDAR.addWorkingDays(parse("2023-06-01"), 1)).year());
        assertEquals(2027, assertThrows(YearNotLoaded.class, () -> CALENDAR.countWorkingDays(parse("2026-12-01"), parse("2027-01-05"))).year());
        assertEquals(2027, assertThrows(YearNotLoaded.class, () -> CALENDAR.isWorkingDay(parse("2027-01-04"))).year());
    }

    @Test
    void aGapBetweenLoadedYearsIsRefusedToo() {
        WorkingDays gap = WorkingDays.of(Set.of(2024, 2026), Map.of());

        assertEquals(parse("2024-12-31"), gap.addWorkingDays(parse("2024-12-30"), 1));
        assertEquals(2025, assertThrows(YearNotLoaded.class, () -> gap.addWorkingDays(parse("2024-12-30"), 2)).year());
        assertEquals(2025, assertThrows(YearNotLoaded.class, () -> gap.countWorkingDays(parse("2024-12-01"), parse("2026-01-05"))).year());
        assertFalse(gap.covers(2025));
        assertEquals(261, gap.workingDaysIn(2026), "a year without listed days works every weekday");
        assertEquals(2025, assertThrows(YearNotLoaded.class, () -> gap.workingDaysIn(2025)).year());
    }
}
