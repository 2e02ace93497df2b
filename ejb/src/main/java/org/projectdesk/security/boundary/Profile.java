package org.projectdesk.security.boundary;

import java.util.Set;
import org.projectdesk.security.entity.Role;

/** The signed-in user as the pages and the API describe them, with the department, enterprise or town they are bound to. */
public record Profile(String username, String displayName, Set<Role> roles, String departmentCode,
        String enterpriseCode, String townCode) {
}
