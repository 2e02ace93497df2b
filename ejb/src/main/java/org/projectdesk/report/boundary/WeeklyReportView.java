package org.projectdesk.report.boundary;

import java.time.Instant;
import org.projectdesk.report.control.WeeklyFigures;

/**
 * A week's report: its figures, when and by whom it was made; {@code stored} false for the week in
 * progress, whose figures run up to now and are made afresh each time.
 */
public record WeeklyReportView(WeeklyFigures figures, Instant generatedAt, String generatedBy, boolean stored) {
}
