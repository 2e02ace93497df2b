package org.projectdesk.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a password was verified against a given stored hash, so that
 * an API client sending HTTP Basic on every request does not pay for a slow PBKDF2 hash each time.
 * Only a keyed MAC of the password is kept, under a key that never leaves this process; a changed
 * password (a new stored hash) or an expired entry makes the next request hash again.
 */
@ApplicationScoped
public class VerifiedPasswords {

    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String storedHash, byte[] mac, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    public VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public boolean wasVerified(String username, String password, String storedHash, Instant now) {
        Entry entry = entries.get(username);
        return entry != null && now.isBefore(entry.expiresAt()) && entry.storedHash().equals(storedHash)
                && MessageDigest.isEqual(entry.mac(), mac(password));
    }

    public void remember(String username, String password, String storedHash, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(storedHash, mac(password), now.plus(TIME_TO_LIVE)));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    /** The keyed MAC a password is kept as, here and in {@link SignedInAccounts}. */
    byte[] mac(String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
