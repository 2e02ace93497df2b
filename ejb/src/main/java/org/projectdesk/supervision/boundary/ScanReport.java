package org.projectdesk.supervision.boundary;

import java.time.LocalDate;
import org.projectdesk.supervision.entity.BaselineRequest;

/**
 * What one run of the time-limit scan found, and how long it took; with {@code baseline} (whose choice it was)
 * when it lit {@code baselined} never-lit matters without notices.
 */
public record ScanReport(long scan, LocalDate day, int running, int changes, int notices, int projects, long millis,
        int baselined, BaselineRequest baseline) {
}
