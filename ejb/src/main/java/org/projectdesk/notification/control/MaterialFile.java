package org.projectdesk.notification.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.projectdesk.notification.entity.StandardMaterial;
import org.projectdesk.shared.control.CheckedRow;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.CsvWriter;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.MaterialNames;

/**
 * The materials library as a CSV file, one standard material a row (the layout of
 * config/notification/materials.csv): {@code code}, the standard {@code name} and {@code name_en},
 * {@code produced_by} (the catalogue category whose decision issues the document, if any) and its
 * {@code synonyms}, {@code |}-separated. Reading checks every value and the whole set: codes unique, the
 * category known, and no wording (a name or a synonym, compared as the notification compares them) of
 * two materials; writing produces a file the same reading accepts.
 */
public final class MaterialFile {

    public static final List<String> REQUIRED = List.of("code", "name", "name_en");
    public static final List<String> OPTIONAL = List.of("produced_by", "synonyms");
    static final List<String> COLUMNS = List.of("code", "name", "name_en", "produced_by", "synonyms");

    private final List<StandardMaterial> materials;
    private final List<ImportProblem> problems;

    private MaterialFile(List<StandardMaterial> materials, List<ImportProblem> problems) {
        this.materials = materials;
        this.problems = problems;
    }

    /** Reads the file against the catalogue categories in force. */
    public static MaterialFile read(byte[] content, Set<String> categories) {
        CsvTable table = CsvTable.read(content, REQUIRED, OPTIONAL);
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<StandardMaterial> materials = new ArrayList<>();
        Map<String, Long> codeLine = new HashMap<>();
        Map<String, String> wordingOf = new HashMap<>();
        Map<String, Long> wordingLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            CheckedRow r = new CheckedRow(row, problems);
            String code = r.required("code").toUpperCase(Locale.ROOT);
            if (!code.isEmpty() && !code.matches("[A-Z0-9-]{1,20}")) {
                r.problem("code", "materials.import.code", code);
            } else if (!code.isEmpty() && codeLine.putIfAbsent(code, row.line()) != null) {
                r.problem("code", "import.duplicate", code, codeLine.get(code));
            }
            String name = r.required("name");
            String producedBy = row.get("produced_by").toUpperCase(Locale.ROOT);
            if (!producedBy.isEmpty() && !categories.contains(producedBy)) {
                r.problem("produced_by", "catalogue.category.unknown", producedBy);
            }
            Set<String> wordings = new LinkedHashSet<>();
            if (!name.isEmpty()) {
                wordings.add(name);
            }
            wordings.addAll(r.list("synonyms"));
            for (String wording : wordings) {
                String key = MaterialNames.key(wording);
                String other = wordingOf.putIfAbsent(key, name);
                if (other != null && !other.equals(name)) {
                    r.problem(wording.equals(name) ? "name" : "synonyms", "materials.import.wording", wording, other,
                            wordingLine.get(key));
                }
                wordingLine.putIfAbsent(key, row.line());
            }
            List<String> synonyms = r.list("synonyms");
            StandardMaterial material = new StandardMaterial(code, (int) row.line() - 1, name, r.required("name_en"),
                    producedBy, synonyms);
            r.fits(StandardMaterial.class, "code", "code", material.getCode());
            r.fits(StandardMaterial.class, "name", "name", material.getName());
            r.fits(StandardMaterial.class, "name_en", "nameEn", material.getNameEn());
            r.fits(StandardMaterial.class, "synonyms", "synonyms", material.getSynonyms());
            if (r.isClean()) {
                materials.add(material);
            }
        }
        problems.sort(Comparator.comparingLong(ImportProblem::line));
        return new MaterialFile(problems.isEmpty() ? List.copyOf(materials) : List.of(), List.copyOf(problems));
    }

    public static byte[] write(List<StandardMaterial> materials) {
        return CsvWriter.write(COLUMNS, csv -> materials.forEach(m -> csv.record(m.getCode(), m.getName(), m.getNameEn(),
                m.getProducedBy(), String.join(CheckedRow.LIST_SEPARATOR, m.getSynonyms()))));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<StandardMaterial> materials() {
        return materials;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
