package org.projectdesk.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

    /** The defaults: five failures, a first block of 15 minutes, at most a day. */
    private static final ThrottleRule RULE = new ThrottleRule(5, Duration.ofMinutes(15), Duration.ofHours(24));

    @Test
    void theFirstFourFailuresCostNothingAndTheFifthBlocksForTheFirstBlock() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Optional.empty(), RULE.blockAfter(failures), failures + " failures");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), RULE.blockAfter(5));
    }

    @Test
    void everyFurtherFailureDoublesTheBlockUpToTheLongest() {
        // 15, 30, 60, 120, 240, 480, 960 minutes, then 1,920 would pass the day: the day it is.
        assertEquals(Optional.of(Duration.ofMinutes(30)), RULE.blockAfter(6));
        assertEquals(Optional.of(Duration.ofMinutes(60)), RULE.blockAfter(7));
        assertEquals(Optional.of(Duration.ofMinutes(960)), RULE.blockAfter(11));
        assertEquals(Optional.of(Duration.ofHours(24)), RULE.blockAfter(12));
        assertEquals(Optional.of(Duration.ofHours(24)), RULE.blockAfter(Integer.MAX_VALUE), "no overflow");
    }

    @Test
    void failuresAreForgivenOnceTheAddressHasBeenQuietForTheLongestBlock() {
        Instant last = Instant.parse("2026-12-28T01:30:00Z");

        assertFalse(RULE.forgives(last, last.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertTrue(RULE.forgives(last, last.plus(Duration.ofHours(24))));
    }

    @Test
    void aRuleThatWouldBlockAtOnceOrShrinkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(0, Duration.ofMinutes(15), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(5, Duration.ofHours(2), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(5, Duration.ZERO, Duration.ofHours(1)));
    }
}
