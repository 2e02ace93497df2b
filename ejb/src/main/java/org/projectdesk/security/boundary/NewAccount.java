package org.projectdesk.security.boundary;

import java.util.Set;
import org.projectdesk.security.entity.Role;

/**
 * What an administrator fills in to open an account. {@code departmentCode}, {@code enterpriseCode}
 * and {@code townCode} bind a DEPARTMENT, INVESTOR and TOWN account; the others leave them null.
 */
public record NewAccount(String username, String displayName, String password, Set<Role> roles,
        String departmentCode, String enterpriseCode, String townCode, String phone, String email) {

    /** An account bound to no town. */
    public NewAccount(String username, String displayName, String password, Set<Role> roles,
            String departmentCode, String enterpriseCode, String phone, String email) {
        this(username, displayName, password, roles, departmentCode, enterpriseCode, null, phone, email);
    }
}
