package org.projectdesk.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.projectdesk.security.control.SignedInAccounts.KeptAccount;
import org.projectdesk.security.entity.Role;

class SignedInAccountsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final SignedInAccounts kept = new SignedInAccounts(nanos::get);

    {
        kept.passwords = new VerifiedPasswords();
    }

    private static KeptAccount officer(boolean enabled) {
        return new KeptAccount(7, "officer", "王", Set.of(Role.OFFICER), enabled, null, null, null, null, "pbkdf2-sha256$1$a$b");
    }

    @Test
    void aPasswordVerifiedFromAnAddressSignsInFromThatAddressOnly() {
        kept.keepVerified(officer(true), "10.0.0.1", "demo123", kept.stamp());
        assertEquals(Optional.of(officer(true)), kept.verified("officer", "10.0.0.1", "demo123"));
        assertTrue(kept.verified("officer", "10.0.0.1", "demo124").isEmpty(), "another password is checked in the database");
        assertTrue(kept.verified("officer", "10.0.0.2", "demo123").isEmpty(), "another address may be blocked");
        assertTrue(kept.verified("officer", "10.0.0.1", null).isEmpty());
    }

    @Test
    void aWriteOfTheAccountOrItsThrottleDropsWhatWasKept() {
        kept.keepVerified(officer(true), "10.0.0.1", "demo123", kept.stamp());
        kept.written(7);
        assertTrue(kept.verified("officer", "10.0.0.1", "demo123").isEmpty());
        assertTrue(kept.account("officer").isEmpty());
    }

    @Test
    void aReadBegunBeforeAWriteIsNotKept() {
        long stamp = kept.stamp();
        kept.written(99);
        kept.keepVerified(officer(true), "10.0.0.1", "demo123", stamp);
        assertTrue(kept.account("officer").isEmpty());
        kept.keep(officer(true), kept.stamp());
        assertEquals(Optional.of(officer(true)), kept.account("officer"));
    }

    @Test
    void anAccountIsReadAgainAfterTheLongestKept() {
        kept.keepVerified(officer(true), "10.0.0.1", "demo123", kept.stamp());
        nanos.addAndGet(SignedInAccounts.LONGEST_KEPT.toNanos() - 1);
        assertTrue(kept.verified("officer", "10.0.0.1", "demo123").isPresent());
        nanos.addAndGet(1);
        assertTrue(kept.verified("officer", "10.0.0.1", "demo123").isEmpty(), "another node's change shows by now");
        assertTrue(kept.account("officer").isEmpty());
    }

    @Test
    void aDisabledAccountNeverSignsInFromMemory() {
        kept.keepVerified(officer(false), "10.0.0.1", "demo123", kept.stamp());
        assertTrue(kept.verified("officer", "10.0.0.1", "demo123").isEmpty());
        assertEquals(Optional.of(officer(false)), kept.account("officer"), "kept, so the session's next request is refused at once");
    }
}
