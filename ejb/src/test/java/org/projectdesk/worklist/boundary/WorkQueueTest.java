package org.projectdesk.worklist.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

    @Test
    void aQueueCountedPastItsBoundHoldsMoreThanTheBound() {
        assertEquals(new WorkQueue(1_000, true, List.of()), WorkQueue.counted(1_001, 1_000, List.of()));
    }

    @Test
    void aQueueCountedUpToItsBoundIsCountedWhole() {
        assertEquals(new WorkQueue(1_000, false, List.of()), WorkQueue.counted(1_000, 1_000, List.of()));
        assertEquals(new WorkQueue(7, false, List.of()), WorkQueue.counted(7, 1_000, List.of()));
        assertEquals(WorkQueue.EMPTY, WorkQueue.counted(0, 1_000, List.of()));
    }
}
