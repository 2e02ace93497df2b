package org.projectdesk.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The benchmark's baseline must compute the same dates, or the comparison means nothing. */
class DayByDayCalendarTest {

    @Test
    void agreesWithTheIndexOnEveryStartAndLimit() {
        HolidaySchedule schedule = ShippedSchedule.schedule();
        WorkingDays index = WorkingDays.of(schedule.years(), schedule.days());
        DayByDayCalendar loop = new DayByDayCalendar(schedule.days());
        for (LocalDate from = LocalDate.of(2024, 1, 1); from.isBefore(LocalDate.of(2026, 1, 1)); from = from.plusDays(1)) {
            for (int days = 0; days <= 100; days++) {
                assertEquals(loop.addWorkingDays(from, days), index.addWorkingDays(from, days), from + " + " + days);
            }
        }
    }
}
