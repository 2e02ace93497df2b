package org.projectdesk.shared.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of rule violations and import problems, from the {@code rules} bundle in the user's language. */
public final class RuleText {

    private static final String BUNDLE = "org.projectdesk.shared.rules";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private RuleText() {
    }

    /** The text for the key; {@link Locale#ROOT} or any language without a bundle gives English. */
    public static String format(String key, Locale locale, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, RuleText.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
