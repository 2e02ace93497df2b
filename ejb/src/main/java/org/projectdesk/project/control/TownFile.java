package org.projectdesk.project.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.projectdesk.project.entity.Town;
import org.projectdesk.project.entity.TownKind;
import org.projectdesk.shared.control.CheckedRow;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.CsvWriter;
import org.projectdesk.shared.control.ImportProblem;

/**
 * The towns as a CSV file, one town a row in list order (the layout of config/catalogue/towns.csv:
 * code, name, name_en, kind, active). A file is the whole list: its order becomes the list's, a new
 * code adds a town, and every town that exists must be in it, because towns are never deleted (one
 * no longer wanted is made inactive). Reading checks every value and reports each problem by line and
 * column; writing produces a file the same reading accepts (formula-safe, through {@link CsvWriter}).
 */
public final class TownFile {

    public static final List<String> REQUIRED = List.of("code", "name", "name_en", "kind");
    public static final List<String> OPTIONAL = List.of("active");
    static final List<String> COLUMNS = List.of("code", "name", "name_en", "kind", "active");

    /** One town as the file gives it, with its line. */
    public record Entry(long line, String code, String name, String nameEn, TownKind kind, boolean active) {
    }

    private final List<Entry> entries;
    private final List<ImportProblem> problems;

    private TownFile(List<Entry> entries, List<ImportProblem> problems) {
        this.entries = entries;
        this.problems = problems;
    }

    /** Reads the file against the codes of the towns that exist (each must be in it). */
    public static TownFile read(byte[] content, Set<String> existing) {
        CsvTable table = CsvTable.read(content == null ? new byte[0] : content, REQUIRED, OPTIONAL);
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            CheckedRow r = new CheckedRow(row, problems);
            String code = r.required("code").toUpperCase(Locale.ROOT);
            if (!code.isEmpty() && !Town.CODE.matcher(code).matches()) {
                r.problem("code", "town.code.format", code);
            } else if (!code.isEmpty() && firstLine.putIfAbsent(code, row.line()) != null) {
                r.problem("code", "import.duplicate", code, firstLine.get(code));
            }
            String name = r.required("name");
            String nameEn = r.required("name_en");
            TownKind kind = r.oneOf("kind", TownKind.class, TownKind.TOWN);
            boolean active = row.get("active").isEmpty() || r.bool("active", false);
            r.fits(Town.class, "name", "name", name);
            r.fits(Town.class, "name_en", "nameEn", nameEn);
            if (r.isClean()) {
                entries.add(new Entry(row.line(), code, name, nameEn, kind, active));
            }
        }
        if (table.problems().isEmpty()) {
            Set<String> missing = new LinkedHashSet<>(existing);
            missing.removeAll(firstLine.keySet());
            // Reported on the header line: a town left out is a problem of the file, not of one of its rows.
            missing.stream().sorted().forEach(code -> problems.add(ImportProblem.of(1, "code", "town.import.missing", code)));
        }
        problems.sort(Comparator.comparingLong(ImportProblem::line));
        return new TownFile(problems.isEmpty() ? List.copyOf(entries) : List.of(), List.copyOf(problems));
    }

    public static byte[] write(List<Town> towns) {
        return CsvWriter.write(COLUMNS, csv -> towns.forEach(t ->
                csv.record(t.getCode(), t.getName(), t.getNameEn(), t.getKind(), t.isActive())));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The towns in the file's order; empty unless the whole file is valid. */
    public List<Entry> entries() {
        return entries;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
