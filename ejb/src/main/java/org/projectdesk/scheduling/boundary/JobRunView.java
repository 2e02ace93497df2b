package org.projectdesk.scheduling.boundary;

import java.time.Instant;

/** One finished (or still running) execution of a job. */
public record JobRunView(String job, Instant startedAt, Instant finishedAt, Long durationMillis, String outcome,
        String message, String node) {
}
