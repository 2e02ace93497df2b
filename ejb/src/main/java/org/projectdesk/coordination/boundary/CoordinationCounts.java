package org.projectdesk.coordination.boundary;

import java.time.LocalDate;

/**
 * The coordination figures of a period [from, to] for the leadership report: problems raised,
 * resolved and escalated (each by its own day in the period), visits held and the distinct
 * projects they covered.
 */
public record CoordinationCounts(LocalDate from, LocalDate to, long problemsOpened, long problemsResolved,
        long problemsEscalated, long visitsHeld, long projectsVisited) {
}
