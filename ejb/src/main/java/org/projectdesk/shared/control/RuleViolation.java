package org.projectdesk.shared.control;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A request that is well formed but breaks a business rule (a duplicate user name, an illegal
 * state change). It rolls the transaction back, so a refused change leaves the data as it was.
 * The text comes from the {@code rules} bundle by key, so that pages and the API can say it in the
 * user's language; {@link #getMessage()} is the English text for logs.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final String BUNDLE = "org.projectdesk.shared.rules";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String field;
    private final String key;
    private final transient Object[] arguments;

    public RuleViolation(String field, String key, Object... arguments) {
        super(text(key, Locale.ROOT, arguments));
        this.field = field;
        this.key = key;
        this.arguments = arguments;
    }

    /** The input field the rule concerns, or null when it concerns the request as a whole. */
    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return text(key, locale, arguments);
    }

    private static String text(String key, Locale locale, Object[] arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, RuleViolation.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
