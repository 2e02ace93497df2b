package org.projectdesk.security.boundary;

import java.util.Set;
import org.projectdesk.security.entity.Role;

/**
 * A partial edit of an account: {@code version} is the one the client read; every other field is
 * applied when present and left alone when null.
 */
public record AccountEdit(Long version, String displayName, Set<Role> roles, String departmentCode,
        String enterpriseCode, String townCode, String phone, String email, Boolean enabled, String password) {

    /** An edit that leaves the account's town alone. */
    public AccountEdit(Long version, String displayName, Set<Role> roles, String departmentCode,
            String enterpriseCode, String phone, String email, Boolean enabled, String password) {
        this(version, displayName, roles, departmentCode, enterpriseCode, null, phone, email, enabled, password);
    }
}
