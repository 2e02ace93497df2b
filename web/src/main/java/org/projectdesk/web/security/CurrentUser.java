package org.projectdesk.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.security.boundary.Profile;
import org.projectdesk.web.shell.TownNames;

/** The signed-in user for the page header and the role-aware menu. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @EJB
    Logins logins;

    @EJB
    Callers callers;

    @Inject
    TownNames townNames;

    private CallerScope scope;

    private Optional<Profile> profile;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getDisplayName() {
        return profile().map(Profile::displayName).orElse("");
    }

    public String getUsername() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }

    /** What the caller may see and act on, as the boundaries decide it; the pages ask nothing else. */
    public CallerScope getScope() {
        if (scope == null) {
            scope = isSignedIn() ? callers.current() : new CallerScope("", Set.of(), null, null, null);
        }
        return scope;
    }

    /** The name, in the page's language, of the town a town's staff follows; empty for everyone else. */
    public String getTownName() {
        return getScope().ownTown().filter(code -> !code.equals(CallerScope.NOTHING)).map(townNames::name).orElse("");
    }

    public Optional<Profile> profile() {
        if (profile == null) {
            profile = isSignedIn() ? logins.profile(getUsername()) : Optional.empty();
        }
        return profile;
    }
}
