package org.projectdesk.security.boundary;

import java.time.Instant;
import java.util.Set;
import org.projectdesk.security.entity.Role;

/** What a login attempt came to; a failure never says whether the user name exists. */
public record LoginOutcome(Result result, String username, Set<Role> roles, Instant lockedUntil) {

    public enum Result { SUCCESS, INVALID, LOCKED }

    static LoginOutcome success(String username, Set<Role> roles) {
        return new LoginOutcome(Result.SUCCESS, username, roles, null);
    }

    static LoginOutcome invalid() {
        return new LoginOutcome(Result.INVALID, null, Set.of(), null);
    }

    static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Result.LOCKED, null, Set.of(), until);
    }

    public boolean succeeded() {
        return result == Result.SUCCESS;
    }
}
