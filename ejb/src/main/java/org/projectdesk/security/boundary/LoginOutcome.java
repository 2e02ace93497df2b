package org.projectdesk.security.boundary;

import java.util.Set;
import org.projectdesk.security.entity.Role;

/**
 * What a login attempt came to. {@code LOCKED} (the caller's address is blocked for this account) is
 * for the server's own tests and logs: pages and the API answer it exactly as {@code INVALID}, so
 * that a stranger learns neither that the name exists nor that it is blocked.
 */
public record LoginOutcome(Result result, String username, Set<Role> roles) {

    public enum Result { SUCCESS, INVALID, LOCKED }

    static LoginOutcome success(String username, Set<Role> roles) {
        return new LoginOutcome(Result.SUCCESS, username, roles);
    }

    static LoginOutcome invalid() {
        return new LoginOutcome(Result.INVALID, null, Set.of());
    }

    static LoginOutcome locked() {
        return new LoginOutcome(Result.LOCKED, null, Set.of());
    }

    public boolean succeeded() {
        return result == Result.SUCCESS;
    }
}
