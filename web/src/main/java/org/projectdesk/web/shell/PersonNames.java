package org.projectdesk.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.security.boundary.Profile;

/**
 * People's display names (李明, not officer1) by login name, for pages that hold only the login name
 * (a file's officer, the author of a note, who decided a handover). Each name is asked once a request;
 * a name without an account (removed since) stands for itself.
 */
@Named
@RequestScoped
public class PersonNames {

    @EJB
    Logins logins;

    private final Map<String, String> names = new HashMap<>();

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(username, u -> logins.profile(u).map(Profile::displayName)
                .filter(n -> !n.isBlank()).orElse(u));
    }

    /** The telephone the person gives for being reached; empty when none. */
    public String phone(String username) {
        return logins.phone(username).orElse("");
    }
}
