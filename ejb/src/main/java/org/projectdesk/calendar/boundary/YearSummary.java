package org.projectdesk.calendar.boundary;

import java.time.Instant;

/** A loaded year: how many holidays and make-up working days it lists, and where they came from. */
public record YearSummary(int year, long holidays, long makeUpDays, int workingDays, String source, String loadedBy,
        Instant loadedAt) {
}
