package org.projectdesk.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The page text bundle in the user's language, for messages made in Java. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.projectdesk.web.i18n.messages";

    @Inject
    FacesContext faces;

    public String text(String key) {
        return bundle().getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), faces.getViewRoot().getLocale()).format(arguments);
    }

    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    }
}
