package org.projectdesk.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where reference data came from, as people read it: "shipped with the system" for what was loaded from the
 * application's own {@code config/} files (not the path); anything else (an uploaded file's name, a note) as written.
 * Who loaded it is a person's name ({@link PersonNames}).
 */
@Named
@RequestScoped
public class Provenance {

    @Inject
    Messages messages;

    public String source(String source) {
        return source != null && source.startsWith("config/") ? messages.text("provenance.shipped") : source;
    }
}
