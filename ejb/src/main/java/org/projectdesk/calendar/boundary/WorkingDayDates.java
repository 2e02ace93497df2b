package org.projectdesk.calendar.boundary;

import java.util.List;
import org.projectdesk.calendar.control.WorkingDays;

/**
 * A feature that stores dates counted in working days. When a year's official schedule is imported,
 * the calendar asks each of them, inside the import's transaction, which of their dates the new
 * schedule moves, and to move them ({@code apply}) or only to say so (the preview).
 */
public interface WorkingDayDates {

    /**
     * @param before the calendar counted with until now
     * @param after the calendar once the import is applied
     * @param apply store the moved dates, or only list them
     */
    List<DateMove> recount(WorkingDays before, WorkingDays after, boolean apply);

    /**
     * Fills in, on {@code calendar}, the dates left empty while it could not count them: of the projects
     * after {@code afterProject} ({@code null}: from the first), at most {@code projects} in one call, so
     * that one transaction's memory stays bounded however many there are. By default a feature with
     * few such dates fills all of them at the first call.
     */
    default FilledDates fillEmpty(WorkingDays calendar, Long afterProject, int projects) {
        return afterProject == null ? new FilledDates(recount(calendar, calendar, true), null) : FilledDates.NONE;
    }
}
