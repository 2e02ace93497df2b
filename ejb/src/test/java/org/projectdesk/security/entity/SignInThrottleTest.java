package org.projectdesk.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One address's failed sign-ins to one account, on a clock the test moves by hand. */
class SignInThrottleTest {

    private static final ThrottleRule RULE = new ThrottleRule(5, Duration.ofMinutes(15), Duration.ofHours(24));
    /** 09:30 Beijing time on the suite's default day. */
    private static final Instant START = Instant.parse("2026-12-28T01:30:00Z");

    private Clock clock = Clock.fixed(START, ZoneOffset.UTC);

    private void wait(Duration duration) {
        clock = Clock.offset(clock, duration);
    }

    private Optional<Instant> fail(SignInThrottle throttle) {
        return throttle.recordFailure(clock.instant(), RULE);
    }

    @Test
    void theFifthWrongPasswordInARowBlocksTheAddressForTheFirstBlock() {
        SignInThrottle throttle = new SignInThrottle(1L, "198.51.100.7");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(Optional.empty(), fail(throttle), "attempt " + attempt);
            assertFalse(throttle.isBlockedAt(clock.instant()), "still open after attempt " + attempt);
            wait(Duration.ofSeconds(10));
        }

        Instant fifth = clock.instant();
        assertEquals(Optional.of(fifth.plus(Duration.ofMinutes(15))), fail(throttle));

        assertEquals(5, throttle.getFailures());
        assertEquals(START, throttle.getFirstFailedAt());
        assertEquals(fifth, throttle.getBlockedSince());
        assertTrue(throttle.isBlockedAt(fifth.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(throttle.isBlockedAt(fifth.plus(Duration.ofMinutes(15))));
    }

    @Test
    void eachFailureAfterABlockRunsOutBlocksForTwiceAsLongAndTheBlockedSinceStays() {
        SignInThrottle throttle = new SignInThrottle(1L, "198.51.100.7");
        for (int i = 0; i < 5; i++) {
            fail(throttle);
        }
        wait(Duration.ofMinutes(15));

        Instant sixth = clock.instant();
        assertEquals(Optional.of(sixth.plus(Duration.ofMinutes(30))), fail(throttle));
        wait(Duration.ofMinutes(30));
        Instant seventh = clock.instant();
        assertEquals(Optional.of(seventh.plus(Duration.ofMinutes(60))), fail(throttle));

        assertEquals(7, throttle.getFailures());
        assertEquals(START, throttle.getBlockedSince(), "blocked since the first block of the run");
    }

    @Test
    void anAddressQuietForADayStartsAfreshFromOne() {
        SignInThrottle throttle = new SignInThrottle(1L, "198.51.100.7");
        for (int i = 0; i < 6; i++) {
            fail(throttle);
        }
        wait(Duration.ofHours(24));

        assertEquals(Optional.empty(), fail(throttle));

        assertEquals(1, throttle.getFailures());
        assertEquals(clock.instant(), throttle.getFirstFailedAt());
        assertNull(throttle.getBlockedSince());
        assertNull(throttle.getBlockedUntil());
        assertFalse(throttle.isBlockedAt(clock.instant()));
    }
}
