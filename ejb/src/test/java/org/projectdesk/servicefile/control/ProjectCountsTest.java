package org.projectdesk.servicefile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class ProjectCountsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicLong generation = new AtomicLong(7);
    private final AtomicBoolean writtenHere = new AtomicBoolean();
    private final ProjectCounts counts = new ProjectCounts(nanos::get, generation::get, writtenHere::get);

    private static final LongSupplier NOT_ASKED = () -> fail("no count expected");

    @Test
    void aSmallResultIsCountedExactlyAndKeptUntilThisServerWritesSomething() {
        assertEquals(new ProjectCounts.Count(1_999, true), counts.of("small", () -> 1_999, NOT_ASKED));
        assertEquals(new ProjectCounts.Count(1_999, true), counts.of("small", NOT_ASKED, NOT_ASKED), "nothing written: kept");
        generation.incrementAndGet();
        assertEquals(new ProjectCounts.Count(2_000, true), counts.of("small", () -> 2_000, NOT_ASKED), "a write: counted again");
        assertEquals(new ProjectCounts.Count(2_000, true), counts.of("small", NOT_ASKED, NOT_ASKED));
        assertEquals(new ProjectCounts.Count(12, true), counts.of("other filter", () -> 12, NOT_ASKED), "kept per filter");
    }

    @Test
    void aSmallCountIsMadeAgainAfterAMinuteEvenWithNothingWrittenHere() {
        counts.of("town", () -> 40, NOT_ASKED);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(ProjectCounts.KEPT_SECONDS) - 1);
        assertEquals(new ProjectCounts.Count(40, true), counts.of("town", NOT_ASKED, NOT_ASKED));
        nanos.addAndGet(1);
        assertEquals(new ProjectCounts.Count(41, true), counts.of("town", () -> 41, NOT_ASKED), "another node's intake shows");
    }

    @Test
    void aCountMadeInATransactionThatWroteIsTheCallersOnly() {
        writtenHere.set(true);
        assertEquals(new ProjectCounts.Count(5, true), counts.of("mine", () -> 5, NOT_ASKED));
        writtenHere.set(false);
        assertEquals(new ProjectCounts.Count(4, true), counts.of("mine", () -> 4, NOT_ASKED),
                "not kept: the writing transaction may still roll back");
    }

    @Test
    void aLargeResultIsCountedOnceAMinuteAndGivenAsAboutThatManyMeanwhile() {
        assertEquals(new ProjectCounts.Count(100_016, true), counts.of("all", () -> 2_001, () -> 100_016));
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(59));
        generation.incrementAndGet();
        assertEquals(new ProjectCounts.Count(100_016, false), counts.of("all", NOT_ASKED, NOT_ASKED),
                "within the minute, writes or not: the kept count, said to be one");
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertEquals(new ProjectCounts.Count(100_020, true), counts.of("all", NOT_ASKED, () -> 100_020), "a minute on: counted again");
        assertEquals(new ProjectCounts.Count(100_020, false), counts.of("all", NOT_ASKED, NOT_ASKED));
    }

    @Test
    void aLargeResultThatShrankIsCountedExactlyFromThenOn() {
        counts.of("status", () -> 2_001, () -> 2_500);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(ProjectCounts.KEPT_SECONDS));
        assertEquals(new ProjectCounts.Count(1_500, true), counts.of("status", NOT_ASKED, () -> 1_500));
        generation.incrementAndGet();
        assertEquals(new ProjectCounts.Count(1_400, true), counts.of("status", () -> 1_400, NOT_ASKED),
                "kept as a small count now: made again after a write");
    }
}
