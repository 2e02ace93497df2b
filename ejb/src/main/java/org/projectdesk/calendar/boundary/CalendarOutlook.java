package org.projectdesk.calendar.boundary;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * Whether the office must import an official schedule soon: {@code unannouncedYear} is this year when
 * it has none, or next year once the warning day ({@code warnFrom}, by default 1 November) has come
 * and next year has none; null when nothing is missing.
 */
public record CalendarOutlook(LocalDate today, LocalDate warnFrom, int lastOfficialYear,
        SortedSet<Integer> provisionalYears, Integer unannouncedYear) {

    public boolean warns() {
        return unannouncedYear != null;
    }
}
