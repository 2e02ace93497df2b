package org.projectdesk.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.projectdesk.security.entity.Role;

/**
 * The caller's scope as the container knows it: the roles the caller holds in this call (so a
 * {@code @RunAs} job is seen as the role it runs as) and, for a caller narrowed to a department, an
 * enterprise or a town, the one recorded on their account.
 */
@Stateless
@PermitAll
public class Callers {

    @Resource
    SessionContext session;

    @EJB
    Logins logins;

    public CallerScope current() {
        return of(session, logins);
    }

    /**
     * The scope of the caller of the bean whose context this is. A bean that runs as another role
     * ({@code @RunAs}) asks this with its own context to know who called it, since {@link #current} called
     * from it sees the role it runs as.
     */
    public static CallerScope of(EJBContext context, Logins logins) {
        String username = context.getCallerPrincipal().getName();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        CallerScope unnarrowed = new CallerScope(username, roles, null, null, null);
        if (unnarrowed.ownDepartment().isEmpty() && unnarrowed.ownEnterprise().isEmpty() && unnarrowed.ownTown().isEmpty()) {
            return unnarrowed;
        }
        Optional<Profile> profile = logins.profile(username);
        return new CallerScope(username, roles, profile.map(Profile::departmentCode).orElse(null),
                profile.map(Profile::enterpriseCode).orElse(null), profile.map(Profile::townCode).orElse(null));
    }
}
