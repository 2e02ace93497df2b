package org.projectdesk.security.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.projectdesk.security.entity.Role;

/**
 * One row of the accounts page, read by projection. {@code lockedSince} and {@code lockedUntil} span
 * the addresses blocked now (null when none is); {@code signInFailures} lists every address whose
 * failed sign-ins still count.
 */
public record AccountView(long id, long version, String username, String displayName, Set<Role> roles,
        String departmentCode, String enterpriseCode, String townCode, String phone, String email, boolean enabled,
        Instant lockedUntil, Instant lastLoginAt, Instant lockedSince, List<SignInBlock> signInFailures) {
}
