package org.projectdesk.security.boundary;

import java.util.Set;
import org.projectdesk.security.entity.Role;

/** What an administrator fills in to open an account. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles,
        String departmentCode, String enterpriseCode, String phone, String email) {
}
