package org.projectdesk.supervision.boundary;

import java.time.LocalDate;

/** What one run of the time-limit scan found, and how long it took. */
public record ScanReport(long scan, LocalDate day, int running, int changes, int notices, int projects, long millis) {
}
