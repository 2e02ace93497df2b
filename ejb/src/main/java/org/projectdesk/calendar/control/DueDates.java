package org.projectdesk.calendar.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The working-day arithmetic an entity needs for its time limits (a matter, a problem), given to it
 * by the boundary: the working-day calendar provides it, a unit test a fixed calendar.
 */
@FunctionalInterface
public interface DueDates {

    /** The day a limit of N working days counted from {@code start} ends, leaving out the excluded days. */
    LocalDate due(LocalDate start, int workingDays, List<Period> excluded);
}
