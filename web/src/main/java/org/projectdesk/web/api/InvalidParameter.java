package org.projectdesk.web.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * A query, path or header parameter or a JSON member that is missing or malformed: answered 400,
 * naming it. JAX-RS wraps it when a parameter converter or a body reader throws it; the problem
 * mappers find it among the causes.
 */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameter(parameter, parameter + " is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(parameter, "'" + value + "' is not a date of the form YYYY-MM-DD");
        }
    }

    /** A local date and time of the form YYYY-MM-DDTHH:MM; null when blank and {@code optional}. */
    public static LocalDateTime dateTime(String parameter, String value, boolean optional) {
        if (value == null || value.isBlank()) {
            if (optional) {
                return null;
            }
            throw new InvalidParameter(parameter, parameter + " is required (YYYY-MM-DDTHH:MM)");
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(parameter, "'" + value + "' is not a date and time of the form YYYY-MM-DDTHH:MM");
        }
    }

    /** One of the enum's names (any case); null when blank and {@code optional}. */
    public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type, boolean optional) {
        if (value == null || value.isBlank()) {
            if (optional) {
                return null;
            }
            throw new InvalidParameter(parameter, parameter + " is required (one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ")");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(parameter, "'" + value + "' must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static int wholeNumber(String parameter, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameter(parameter, parameter + " is required (a whole number)");
        }
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameter(parameter, "'" + value + "' is not a whole number");
        }
        if (number < min || number > max) {
            throw new InvalidParameter(parameter, parameter + " must be between " + min + " and " + max + ", not " + number);
        }
        return number;
    }
}
