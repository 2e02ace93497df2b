package org.projectdesk.report.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the report history. */
public record ReportSummary(String week, LocalDate from, LocalDate to, Instant generatedAt, String generatedBy) {
}
