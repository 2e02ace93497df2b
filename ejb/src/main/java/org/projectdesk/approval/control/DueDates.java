package org.projectdesk.approval.control;

import java.time.LocalDate;
import java.util.List;
import org.projectdesk.calendar.control.Period;

/** The calendar arithmetic a matter needs; the working-day calendar provides it. */
@FunctionalInterface
public interface DueDates {

    /** The day a limit of N working days counted from {@code start} ends, leaving out the excluded days. */
    LocalDate due(LocalDate start, int workingDays, List<Period> excluded);
}
