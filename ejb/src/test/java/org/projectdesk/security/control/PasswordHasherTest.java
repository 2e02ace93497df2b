package org.projectdesk.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(20_000);

    @Test
    void storesAlgorithmIterationsSaltAndHashButNotThePassword() {
        String stored = hasher.hash("demo123".toCharArray());

        String[] parts = stored.split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("20000", parts[1]);
        assertFalse(stored.contains("demo123"));
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = hasher.hash("demo123".toCharArray());

        assertTrue(hasher.matches("demo123".toCharArray(), stored));
        assertFalse(hasher.matches("demo124".toCharArray(), stored));
        assertFalse(hasher.matches("".toCharArray(), stored));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertNotEquals(hasher.hash("demo123".toCharArray()), hasher.hash("demo123".toCharArray()));
    }

    @Test
    void aHashMadeWithOtherIterationsStillVerifies() {
        String older = new PasswordHasher(10_000).hash("secret".toCharArray());

        assertTrue(hasher.matches("secret".toCharArray(), older));
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertFalse(hasher.matches("x".toCharArray(), null));
        assertFalse(hasher.matches("x".toCharArray(), "plain-text"));
        assertFalse(hasher.matches("x".toCharArray(), "md5$1$a$b"));
    }

    @Test
    void refusesIterationCountsTooLowToSlowAnAttacker() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1_000));
    }
}
