package org.projectdesk.security.boundary;

import java.time.Instant;
import java.util.Set;
import org.projectdesk.security.entity.Role;

/** One row of the accounts page, read by projection. */
public record AccountView(long id, long version, String username, String displayName, Set<Role> roles,
        String departmentCode, String enterpriseCode, String phone, String email, boolean enabled,
        Instant lockedUntil, Instant lastLoginAt) {
}
