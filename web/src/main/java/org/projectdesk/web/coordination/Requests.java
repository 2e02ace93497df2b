package org.projectdesk.web.coordination;

import java.time.LocalDate;
import java.util.Locale;
import org.projectdesk.web.api.InvalidParameter;

/** Reading the coordination API's codes and dates, each refusal naming its field (400). */
final class Requests {

    private Requests() {
    }

    /** The enum constant named by {@code value} (case and spaces ignored); null for null; 400 otherwise. */
    static <E extends Enum<E>> E code(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(field, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A date of the form YYYY-MM-DD; null for null (the rule that needs one says so). */
    static LocalDate date(String field, String value) {
        return value == null ? null : InvalidParameter.date(field, value);
    }

    static long id(String field, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (RuntimeException e) {
            throw new InvalidParameter(field, "'" + value + "' is not an id");
        }
    }
}
