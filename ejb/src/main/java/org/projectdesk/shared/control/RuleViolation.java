package org.projectdesk.shared.control;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A request that is well formed but breaks a business rule (a duplicate user name, an illegal
 * state change). It rolls the transaction back, so a refused change leaves the data as it was.
 * The text comes from the {@code rules} bundle by key, so that pages and the API can say it in the
 * user's language; {@link #getMessage()} is the English text for logs.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] arguments;

    public RuleViolation(String field, String key, Object... arguments) {
        super(RuleText.format(key, Locale.ROOT, arguments));
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

    /** The values the message names, so that an import can report the same problem by line. */
    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public String message(Locale locale) {
        return RuleText.format(key, locale, arguments);
    }
}
