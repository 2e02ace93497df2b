package org.projectdesk.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.ImportProblem;

/**
 * An official holiday schedule as a CSV file ({@code date,kind,name}; kind {@code holiday} or
 * {@code workday}), read and checked in full before anything is stored: a file with any problem is
 * refused as a whole.
 */
public final class HolidaySchedule {

    public static final List<String> COLUMNS = List.of("date", "kind", "name");
    /** The longest holiday name a listed day keeps (calendar_day.name). */
    public static final int MAX_NAME = 60;

    /** One listed day. */
    public record Entry(LocalDate date, DayKind kind, String name) {
    }

    private final List<Entry> entries;
    private final List<ImportProblem> problems;

    private HolidaySchedule(List<Entry> entries, List<ImportProblem> problems) {
        this.entries = entries;
        this.problems = problems;
    }

    public static HolidaySchedule parse(byte[] content) {
        CsvTable table = CsvTable.read(content, COLUMNS, List.of());
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<Entry> entries = new ArrayList<>();
        Map<LocalDate, Long> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            LocalDate date = date(row, problems);
            DayKind kind = kind(row, problems);
            String name = row.get("name");
            if (name.isEmpty()) {
                problems.add(ImportProblem.of(row.line(), "name", "import.required"));
            } else if (name.length() > MAX_NAME) {
                problems.add(ImportProblem.of(row.line(), "name", "import.tooLong", MAX_NAME));
            }
            if (date != null) {
                Long earlier = firstLine.putIfAbsent(date, row.line());
                if (earlier != null) {
                    problems.add(ImportProblem.of(row.line(), "date", "import.duplicate", date, earlier));
                }
                if (kind == DayKind.WORKDAY && !isWeekend(date)) {
                    problems.add(ImportProblem.of(row.line(), "kind", "calendar.workdayNotWeekend", date));
                }
            }
            if (date != null && kind != null && !name.isEmpty() && name.length() <= MAX_NAME) {
                entries.add(new Entry(date, kind, name));
            }
        }
        return new HolidaySchedule(problems.isEmpty() ? List.copyOf(entries) : List.of(), List.copyOf(problems));
    }

    private static LocalDate date(CsvTable.Row row, List<ImportProblem> problems) {
        String value = row.get("date");
        if (value.isEmpty()) {
            problems.add(ImportProblem.of(row.line(), "date", "import.required"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(ImportProblem.of(row.line(), "date", "import.notDate", value));
            return null;
        }
    }

    private static DayKind kind(CsvTable.Row row, List<ImportProblem> problems) {
        String value = row.get("kind");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "holiday" -> DayKind.HOLIDAY;
            case "workday" -> DayKind.WORKDAY;
            default -> {
                problems.add(ImportProblem.of(row.line(), "kind", "import.oneOf", value, "holiday, workday"));
                yield null;
            }
        };
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** The years this file lists days for; importing it replaces exactly these years. */
    public SortedSet<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        entries.forEach(entry -> years.add(entry.date().getYear()));
        return years;
    }

    public Map<LocalDate, DayKind> days() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        entries.forEach(entry -> days.put(entry.date(), entry.kind()));
        return days;
    }
}
