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

    /**
     * The text for the key; {@link Locale#ROOT} or any language without a bundle gives English. An
     * argument that is a code with a {@code term.<code>} entry in the language's bundle (a status,
     * a step) is shown as that term, so that Chinese text does not carry English codes.
     */
    public static String format(String key, Locale locale, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, RuleText.class.getClassLoader(), NO_FALLBACK);
            Object[] shown = arguments.clone();
            for (int i = 0; i < shown.length; i++) {
                String term = "term." + shown[i];
                if (shown[i] instanceof Field field) {
                    shown[i] = bundle.containsKey("field." + field.name()) ? bundle.getString("field." + field.name()) : field.name();
                } else if (shown[i] != null && bundle.containsKey(term)) {
                    shown[i] = bundle.getString(term);
                }
            }
            return new MessageFormat(bundle.getString(key), locale).format(shown);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A field named in a message: shown as its {@code field.<name>} label in the user's language where the
     * bundle has one (a Chinese page says 企业名称, not enterprise.name), else as the name the API uses.
     */
    public record Field(String name) {

        @Override
        public String toString() {
            return name;
        }
    }
}
