package org.projectdesk.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulerStateTest {

    private static final Instant NOW = Instant.parse("2026-12-28T01:30:00Z");
    private static final Duration INTERVAL = Duration.ofMillis(7500);

    @Test
    void aRunningSingleNodeHasNoProblem() {
        assertEquals(Optional.empty(), new SchedulerState(true, false, false, false, "node1", null, INTERVAL).problem(NOW));
    }

    @Test
    void standbyShutdownAndNotStartedAreProblems() {
        assertEquals(Optional.of("in standby"), new SchedulerState(true, true, false, false, "n", null, INTERVAL).problem(NOW));
        assertEquals(Optional.of("shut down"), new SchedulerState(true, false, true, false, "n", null, INTERVAL).problem(NOW));
        assertEquals(Optional.of("not started"), new SchedulerState(false, true, false, false, "n", null, INTERVAL).problem(NOW));
    }

    @Test
    void aClusterNodeMustHaveCheckedInWithinThreeIntervals() {
        // Three intervals of 7.5 s: 22.5 s. At exactly that age the node still counts as checking in.
        assertEquals(Optional.empty(), clustered(NOW.minusMillis(22_500)).problem(NOW));
        assertEquals(Optional.of("last cluster check-in of node1 23 s ago"), clustered(NOW.minusMillis(23_000)).problem(NOW));
        assertEquals(Optional.of("no cluster check-in of node1"), clustered(null).problem(NOW));
    }

    private static SchedulerState clustered(Instant lastCheckIn) {
        return new SchedulerState(true, false, false, true, "node1", lastCheckIn, INTERVAL);
    }
}
