package org.projectdesk.calendar.boundary;

import java.util.SortedSet;

/** Fired when years of the holiday schedule were loaded; the working-day index rebuilds after commit. */
public record CalendarChanged(SortedSet<Integer> years) {
}
