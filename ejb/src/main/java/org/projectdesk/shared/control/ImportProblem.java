package org.projectdesk.shared.control;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * One thing wrong with an imported file, by line (1 = the header) and column (null when it concerns
 * the whole line or file). The text is looked up by key in the user's language.
 */
public record ImportProblem(long line, String column, String key, String[] arguments) implements Serializable {

    public static ImportProblem of(long line, String column, String key, Object... arguments) {
        return new ImportProblem(line, column, key, Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
    }

    public String message(Locale locale) {
        return RuleText.format(key, locale, (Object[]) arguments);
    }

    /** "line 4, column statutory_days: ..." in English, for logs and API clients without a language. */
    @Override
    public String toString() {
        return RuleText.format("import.where", Locale.ROOT, line, column == null ? "-" : column) + ": " + message(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportProblem p && p.line == line && java.util.Objects.equals(p.column, column)
                && p.key.equals(key) && Arrays.equals(p.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(line, column, key, Arrays.hashCode(arguments));
    }
}
