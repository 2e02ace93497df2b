package org.projectdesk.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.projectdesk.shared.control.RuleViolation;

/** The application's password hashing and password rules, configured once from the login policy. */
@ApplicationScoped
public class Credentials {

    static final int MIN_PASSWORD_LENGTH = 6;

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
        return hasher.hash(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && hasher.matches(password.toCharArray(), storedHash);
    }

    public void spendDecoyTime(String password) {
        hasher.matches(password == null ? new char[0] : password.toCharArray(), decoyHash);
    }
}
