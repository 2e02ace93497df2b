package org.projectdesk.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private final VerifiedPasswords verified = new VerifiedPasswords();
    private final Instant now = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void recognisesTheSamePasswordAgainstTheSameStoredHash() {
        verified.remember("officer1", "demo123", "hash-1", now);

        assertTrue(verified.wasVerified("officer1", "demo123", "hash-1", now.plusSeconds(60)));
    }

    @Test
    void anotherPasswordOrAChangedHashMustBeCheckedAgain() {
        verified.remember("officer1", "demo123", "hash-1", now);

        assertFalse(verified.wasVerified("officer1", "demo124", "hash-1", now));
        assertFalse(verified.wasVerified("officer1", "demo123", "hash-2", now));
        assertFalse(verified.wasVerified("officer2", "demo123", "hash-1", now));
    }

    @Test
    void forgetsAfterFiveMinutesOrWhenToldTo() {
        verified.remember("officer1", "demo123", "hash-1", now);
        assertFalse(verified.wasVerified("officer1", "demo123", "hash-1", now.plus(Duration.ofMinutes(5))));

        verified.remember("officer1", "demo123", "hash-1", now);
        verified.forget("officer1");
        assertFalse(verified.wasVerified("officer1", "demo123", "hash-1", now));
    }
}
