package org.projectdesk.shared.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One row of an imported CSV file whose values are checked as they are read: every problem is reported
 * by its line and column and marks the row unusable, so that a file is taken whole or not at all. The
 * readers of the catalogue and of the acceptance items share it.
 */
public final class CheckedRow {

    /** How lists are written inside one cell. */
    public static final String LIST_SEPARATOR = "|";

    private final CsvTable.Row row;
    private final List<ImportProblem> problems;
    private boolean clean = true;

    public CheckedRow(CsvTable.Row row, List<ImportProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    public long line() {
        return row.line();
    }

    /** The cell as written (trimmed; empty when blank or absent). */
    public String get(String column) {
        return row.get(column);
    }

    public String required(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problem(column, "import.required");
        }
        return value;
    }

    /** A required whole number; one outside [min, max] is reported with {@code rangeKey} (the value, then max). */
    public int wholeNumber(String column, int min, int max, String rangeKey) {
        String value = required(column);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problem(column, rangeKey, number, max);
            }
            return number;
        } catch (NumberFormatException e) {
            problem(column, "import.notWholeNumber", value);
            return 0;
        }
    }

    /** A required {@code true}/{@code false} (also yes/no, 是/否); blank is false when {@code optional}. */
    public boolean bool(String column, boolean optional) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (value.isEmpty() && optional) {
            return false;
        }
        return switch (value) {
            case "true", "yes", "是" -> true;
            case "false", "no", "否" -> false;
            default -> {
                problem(column, value.isEmpty() ? "import.required" : "import.notBoolean", value);
                yield false;
            }
        };
    }

    /** A required constant of {@code type}, by name in any case; {@code fallback} after a problem. */
    public <E extends Enum<E>> E oneOf(String column, Class<E> type, E fallback) {
        String value = required(column);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(column, "import.oneOf", value,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return fallback;
        }
    }

    /** The cell's list, each entry trimmed, blank ones left out. */
    public List<String> list(String column) {
        String value = row.get(column);
        return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\" + LIST_SEPARATOR)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Whether the cell fits the {@code property} of {@code type} as stored (its declared limits); else a problem. */
    public void fits(Class<?> type, String column, String property, Object value) {
        Limits.brokenBy(type, property, value, column).stream().findFirst()
                .ifPresent(broken -> problem(column, broken.key(), broken.arguments()));
    }

    public void problem(String column, String key, Object... arguments) {
        problems.add(ImportProblem.of(row.line(), column, key, arguments));
        clean = false;
    }

    /** No problem was found on the row. */
    public boolean isClean() {
        return clean;
    }
}
