package org.projectdesk.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.RuleViolation;

class CredentialsTest {

    private static final Credentials CREDENTIALS = new Credentials();
    private static final String LONGEST = "p".repeat(Credentials.MAX_PASSWORD_LENGTH);
    private static final String ONE_MEGABYTE = "p".repeat(1 << 20);

    @BeforeAll
    static void configure() {
        CREDENTIALS.configure();
    }

    @Test
    void aPasswordOfTheLongestLengthIsHashedAndMatches() {
        String hash = CREDENTIALS.hashNew("password", LONGEST);

        assertTrue(CREDENTIALS.matches(LONGEST, hash));
    }

    @Test
    void aLongerPasswordIsRefusedNamingTheFieldAndTheLimit() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> CREDENTIALS.hashNew("newPassword", LONGEST + "p"));

        assertEquals("newPassword", refused.field());
        assertEquals("A password may have at most 128 characters", refused.message(Locale.ENGLISH));
        assertEquals("密码最多128位", refused.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aMegabytePasswordNeverMatchesAndIsNeverHashed() {
        String hash = CREDENTIALS.hashNew("password", LONGEST);

        // Hashing a megabyte at 310,000 iterations takes seconds; refusing it unhashed takes nothing.
        assertTimeout(Duration.ofMillis(250), () -> {
            assertFalse(CREDENTIALS.matches(ONE_MEGABYTE, hash));
            CREDENTIALS.spendDecoyTime(ONE_MEGABYTE);
        });
        assertThrows(RuleViolation.class, () -> CREDENTIALS.hashNew("password", ONE_MEGABYTE));
    }
}
