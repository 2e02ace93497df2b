package org.projectdesk.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.approval.entity.MatterStatus;

/** The running statuses, said once in Java and written once into the scan's SQL. */
class RunningMattersTest {

    @Test
    void aMatterRunsWhileAcceptedOrInReview() {
        assertEquals(List.of(MatterStatus.ACCEPTED, MatterStatus.IN_REVIEW),
                Arrays.stream(MatterStatus.values()).filter(MatterStatus::isRunning).toList());
    }

    @Test
    void theScanWritesTheStatusesAsThePostgreSqlPartialIndexesNameThem() {
        // V12__supervision_partial_indexes.sql: ... status IN ('ACCEPTED', 'IN_REVIEW')
        assertEquals("('ACCEPTED', 'IN_REVIEW')", TimeLimitScan.RUNNING);
    }
}
