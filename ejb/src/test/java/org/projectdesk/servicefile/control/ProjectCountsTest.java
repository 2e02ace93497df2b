package org.projectdesk.servicefile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class ProjectCountsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final ProjectCounts counts = new ProjectCounts(nanos::get);

    private static final LongSupplier NOT_ASKED = () -> fail("no count expected");

    @Test
    void aSmallResultIsCountedExactlyOnEveryRequestAndNeverKept() {
        assertEquals(new ProjectCounts.Count(1_999, true), counts.of("small", () -> 1_999, NOT_ASKED));
        assertEquals(new ProjectCounts.Count(2_000, true), counts.of("small", () -> 2_000, NOT_ASKED));
    }

    @Test
    void aLargeResultIsCountedOnceAMinuteAndGivenAsAboutThatManyMeanwhile() {
        assertEquals(new ProjectCounts.Count(100_016, true), counts.of("all", () -> 2_001, () -> 100_016));
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(59));
        assertEquals(new ProjectCounts.Count(100_016, false), counts.of("all", NOT_ASKED, NOT_ASKED),
                "within the minute: the kept count, said to be one");
        assertEquals(new ProjectCounts.Count(7, true), counts.of("other filter", () -> 7, NOT_ASKED), "kept per filter");
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertEquals(new ProjectCounts.Count(100_020, true), counts.of("all", NOT_ASKED, () -> 100_020), "a minute on: counted again");
        assertEquals(new ProjectCounts.Count(100_020, false), counts.of("all", NOT_ASKED, NOT_ASKED));
    }

    @Test
    void aLargeResultThatShrankIsCountedExactlyFromThenOn() {
        counts.of("status", () -> 2_001, () -> 2_500);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(ProjectCounts.KEPT_SECONDS));
        assertEquals(new ProjectCounts.Count(1_500, true), counts.of("status", NOT_ASKED, () -> 1_500));
        assertEquals(new ProjectCounts.Count(1_400, true), counts.of("status", () -> 1_400, NOT_ASKED), "no longer kept");
    }
}
