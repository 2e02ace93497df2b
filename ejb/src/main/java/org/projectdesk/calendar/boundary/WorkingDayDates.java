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
}
