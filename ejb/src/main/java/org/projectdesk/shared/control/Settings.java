package org.projectdesk.shared.control;

import java.util.Locale;
import java.util.Optional;

/**
 * One way to read an operator's setting: the system property {@code projectdesk.x.y} wins, then the
 * environment variable {@code PROJECTDESK_X_Y}. The same names work in {@code standalone.sh -D...},
 * in the environment and in the WildFly CLI expressions of config/wildfly.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(name));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public static int getInt(String name, int fallback) {
        return get(name).map(value -> parseInt(name, value)).orElse(fallback);
    }

    public static boolean getBoolean(String name, boolean fallback) {
        return get(name).map(Boolean::parseBoolean).orElse(fallback);
    }

    static String environmentName(String name) {
        return name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Setting " + name + " must be a whole number, not '" + value + "'", e);
        }
    }
}
