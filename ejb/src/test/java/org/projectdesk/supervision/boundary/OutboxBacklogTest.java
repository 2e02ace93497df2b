package org.projectdesk.supervision.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxBacklogTest {

    private static final Instant AT = Instant.parse("2026-12-28T01:30:00Z");
    private static final Duration LIMIT = Duration.ofMinutes(15);

    @Test
    void theOldestWaitingMailGivesTheAge() {
        OutboxBacklog backlog = new OutboxBacklog(true, 3, AT.minus(Duration.ofMinutes(16)), AT);
        assertEquals(Duration.ofMinutes(16), backlog.oldestAge());
        assertTrue(backlog.stalledLongerThan(LIMIT));
        assertFalse(new OutboxBacklog(true, 3, AT.minus(LIMIT), AT).stalledLongerThan(LIMIT), "at the limit it is not yet stalled");
    }

    @Test
    void anEmptyOutboxHasNoAgeAndNeverStalls() {
        OutboxBacklog empty = new OutboxBacklog(true, 0, null, AT);
        assertEquals(Duration.ZERO, empty.oldestAge());
        assertFalse(empty.stalledLongerThan(Duration.ZERO));
    }

    @Test
    void withMailOffOldRowsAreNoStall() {
        assertFalse(new OutboxBacklog(false, 5, AT.minus(Duration.ofDays(3)), AT).stalledLongerThan(LIMIT));
    }
}
