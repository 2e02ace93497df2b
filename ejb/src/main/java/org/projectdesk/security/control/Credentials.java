package org.projectdesk.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.projectdesk.shared.control.RuleViolation;

/** The application's password hashing and password rules, configured once from the login policy. */
@ApplicationScoped
public class Credentials {

    static final int MIN_PASSWORD_LENGTH = 6;
    /**
     * The longest password, for setting, changing and signing in alike. PBKDF2 hashes the whole
     * password, so an unbounded one would let anyone spend the server's CPU; a longer one is
     * refused before any hashing.
     */
    public static final int MAX_PASSWORD_LENGTH = 128;

    private LoginPolicy policy;
    private PasswordHasher hasher;
    /** Compared against when a user name is unknown, so that the answer takes as long as for a known one. */
    private String decoyHash;

    @PostConstruct
    void configure() {
        policy = LoginPolicy.fromSettings();
        hasher = new PasswordHasher(policy.hashIterations());
        decoyHash = hasher.hash("decoy-password".toCharArray());
    }

    public LoginPolicy policy() {
        return policy;
    }

    public String hashNew(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new RuleViolation(field, "account.password.short", MIN_PASSWORD_LENGTH);
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new RuleViolation(field, "account.password.long", MAX_PASSWORD_LENGTH);
        }
        return hasher.hash(password.toCharArray());
    }

    /** Whether the password is the stored one; one that could never have been set is not hashed at all. */
    public boolean matches(String password, String storedHash) {
        return mayBeHashed(password) && hasher.matches(password.toCharArray(), storedHash);
    }

    /** Spends the time {@link #matches} would, for an answer that must not tell how it was reached. */
    public void spendDecoyTime(String password) {
        if (mayBeHashed(password)) {
            hasher.matches(password.toCharArray(), decoyHash);
        }
    }

    private static boolean mayBeHashed(String password) {
        return password != null && password.length() <= MAX_PASSWORD_LENGTH;
    }
}
