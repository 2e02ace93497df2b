package org.projectdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server's clock with and without projectdesk.clock.start, on a system clock the test moves by hand. */
class SystemClockTest {

    /** The "real" time: 3 December 2026, 23:41 UTC, moved on only when the test says so. */
    private final HandClock system = new HandClock(Instant.parse("2026-12-03T23:41:00Z"), ZoneOffset.UTC);

    @Test
    void withoutAStartItIsTheSystemClock() {
        assertSame(system, SystemClock.of(system, Optional.empty()));
    }

    @Test
    void aStartIsNowAndTimeRunsOnFromIt() {
        Clock clock = SystemClock.of(system, Optional.of("2026-11-18T09:30:00+08:00"));

        assertEquals(Instant.parse("2026-11-18T01:30:00Z"), clock.instant());
        assertEquals(LocalDate.of(2026, 11, 18), LocalDate.now(clock), "the day in the system clock's zone (UTC)");
        assertEquals(ZoneOffset.UTC, clock.getZone());

        system.advance(Duration.ofMinutes(15).plusSeconds(3));
        assertEquals(Instant.parse("2026-11-18T01:45:03Z"), clock.instant(), "a job 15 minutes later sees 15 minutes later");

        system.advance(Duration.ofHours(23));
        assertEquals(LocalDate.of(2026, 11, 19), LocalDate.now(clock), "and the next day comes");
    }

    @Test
    void aStartInTheFutureWorksAlike() {
        Clock clock = SystemClock.of(system, Optional.of("2027-01-01T09:30:00+08:00"));

        assertEquals(LocalDate.of(2027, 1, 1), LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
        system.advance(Duration.ofSeconds(1));
        assertEquals(Instant.parse("2027-01-01T01:30:01Z"), clock.instant());
    }

    @Test
    void aStartWithoutAnOffsetNamesTheSetting() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SystemClock.of(system, Optional.of("2026-11-18T09:30:00")));

        assertEquals("Setting projectdesk.clock.start must be an ISO date-time with an offset such as "
                + "2026-11-18T09:30:00+08:00, not '2026-11-18T09:30:00'", refused.getMessage());
    }

    /** A system clock that stands still until moved. */
    private static final class HandClock extends Clock {

        private Instant now;
        private final ZoneId zone;

        HandClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new HandClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
