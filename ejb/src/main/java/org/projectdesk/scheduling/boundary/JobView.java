package org.projectdesk.scheduling.boundary;

import java.time.Instant;

/**
 * A job as administrators see it: its schedule and state in the job store, and its last run on
 * any node (start, duration, outcome and what it reported).
 */
public record JobView(String name, String description, String cron, String state, Instant nextFire,
        Instant previousFire, Instant lastStartedAt, Long lastDurationMillis, String lastOutcome, String lastMessage,
        String lastNode) {
}
