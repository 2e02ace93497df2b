package org.projectdesk.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.security.boundary.Profile;

/**
 * People's display names (李明, not officer1) by login name, for pages that hold only the login name
 * (a file's officer, the author of a note, who decided a handover, who loaded a calendar). What the
 * application did itself (start-up loads, scheduled reports: recorded as "system") is the system's. Each
 * name is asked once a request; a name without an account (removed since) stands for itself.
 */
@Named
@RequestScoped
public class PersonNames {

    /** The user name the application's own work is recorded under. */
    static final String SYSTEM = "system";

    @EJB
    Logins logins;

    @Inject
    Messages messages;

    private final Map<String, String> names = new HashMap<>();

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (username.equals(SYSTEM)) {
            return messages.text("provenance.system");
        }
        return names.computeIfAbsent(username, u -> logins.profile(u).map(Profile::displayName)
                .filter(n -> !n.isBlank()).orElse(u));
    }

    /** The telephone the person gives for being reached; empty when none. */
    public String phone(String username) {
        return logins.phone(username).orElse("");
    }
}
