package org.projectdesk.scheduling.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The Quartz scheduler of this node as an operator needs to see it: running (started, not in
 * standby, not shut down) and, in a cluster, still checking in. A node that stops checking in is
 * taken for dead by the others (Quartz recovers its jobs about one interval and 7.5 s after its last
 * check-in); three intervals without one means this node's scheduler is stuck or cut off from the database.
 */
public record SchedulerState(boolean started, boolean standby, boolean shutdown, boolean clustered,
        String instanceId, Instant lastCheckIn, Duration checkInInterval) {

    static final int MISSED_CHECK_INS = 3;

    /**
     * Why this scheduler does not run this node's share of the jobs, if it does not. {@code now} is the
     * real time: Quartz stamps its check-ins with the system clock, never the application's clock.
     */
    public Optional<String> problem(Instant now) {
        if (shutdown) {
            return Optional.of("shut down");
        }
        if (!started) {
            return Optional.of("not started");
        }
        if (standby) {
            return Optional.of("in standby");
        }
        if (clustered && lastCheckIn == null) {
            return Optional.of("no cluster check-in of " + instanceId);
        }
        if (clustered && lastCheckIn.isBefore(now.minus(checkInInterval.multipliedBy(MISSED_CHECK_INS)))) {
            return Optional.of("last cluster check-in of " + instanceId + " " + Duration.between(lastCheckIn, now).toSeconds()
                    + " s ago");
        }
        return Optional.empty();
    }
}
