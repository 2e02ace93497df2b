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
 * Who did something and where it came from, as people read it: a person's display name for the user
 * name a record keeps ("李明", not "officer1"), the system for what the application did itself, and
 * "shipped with the system" for reference data loaded from its own {@code config/} files (not the path).
 */
@Named
@RequestScoped
public class Provenance {

    /** The user name the application's own work is recorded under (start-up loads, scheduled reports). */
    static final String SYSTEM = "system";

    @EJB
    Logins logins;

    @Inject
    Messages messages;

    private final Map<String, String> names = new HashMap<>();

    /** A user's display name; an account since removed stands as its user name. */
    public String who(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (username.equals(SYSTEM)) {
            return messages.text("provenance.system");
        }
        return names.computeIfAbsent(username, u -> logins.profile(u).map(Profile::displayName).orElse(u));
    }

    /** Where data came from: the shipped reference data by what it is; anything else (a file's name, a note) as written. */
    public String source(String source) {
        return source != null && source.startsWith("config/") ? messages.text("provenance.shipped") : source;
    }
}
