package org.projectdesk.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/** The obvious way to add working days, one day at a time: the baseline the benchmark compares against. */
final class DayByDayCalendar {

    private final Map<LocalDate, DayKind> listed;

    DayByDayCalendar(Map<LocalDate, DayKind> listed) {
        this.listed = Map.copyOf(listed);
    }

    LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int remaining = days;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorking(day)) {
                remaining--;
            }
        }
        return day;
    }

    boolean isWorking(LocalDate day) {
        DayKind kind = listed.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
