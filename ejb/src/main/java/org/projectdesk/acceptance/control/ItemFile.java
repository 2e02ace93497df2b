package org.projectdesk.acceptance.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.projectdesk.acceptance.entity.CheckItem;
import org.projectdesk.acceptance.entity.ItemDefinition;
import org.projectdesk.shared.control.CheckedRow;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.CsvWriter;
import org.projectdesk.shared.control.ImportProblem;

/**
 * The acceptance items as a CSV file, one item a row (the layout of config/acceptance/items.csv).
 * Lists inside a cell are {@code |}-separated; a check item written {@code !text} is safety- or
 * quality-critical. Reading checks every value and the whole set (codes unique, departments and
 * categories known, conditions well formed); writing produces a file the same reading accepts.
 */
public final class ItemFile {

    public static final List<String> REQUIRED = List.of("code", "name", "name_en", "department", "time_limit_days",
            "project_types", "check_items", "materials");
    public static final List<String> OPTIONAL = List.of("category", "applies_when", "legal_basis");
    static final List<String> COLUMNS = List.of("code", "name", "name_en", "department", "category", "time_limit_days",
            "project_types", "applies_when", "check_items", "materials", "legal_basis");
    static final Set<String> PROJECT_TYPES = Set.of("INDUSTRIAL", "PUBLIC_BUILDING", "COMMERCIAL_RESIDENTIAL", "INFRASTRUCTURE");
    static final Set<String> LAND_STATUSES = Set.of("HELD", "IN_TRANSFER", "NOT_SUPPLIED");
    static final int MAX_LIMIT_DAYS = 60;

    private final List<ItemDefinition> items;
    private final List<ImportProblem> problems;

    private ItemFile(List<ItemDefinition> items, List<ImportProblem> problems) {
        this.items = items;
        this.problems = problems;
    }

    /** Reads the file against the departments and catalogue categories that exist. */
    public static ItemFile read(byte[] content, Set<String> departments, Set<String> categories) {
        CsvTable table = CsvTable.read(content, REQUIRED, OPTIONAL);
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<ItemDefinition> items = new ArrayList<>();
        java.util.Map<String, Long> firstLine = new java.util.HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            CheckedRow r = new CheckedRow(row, problems);
            String code = r.required("code").toUpperCase(Locale.ROOT);
            if (!code.isEmpty() && !code.matches("[A-Z0-9-]{1,20}")) {
                r.problem("code", "acceptance.import.code", code);
            } else if (!code.isEmpty() && firstLine.putIfAbsent(code, row.line()) != null) {
                r.problem("code", "import.duplicate", code, firstLine.get(code));
            }
            String department = r.required("department").toUpperCase(Locale.ROOT);
            if (!department.isEmpty() && !departments.contains(department)) {
                r.problem("department", "catalogue.department.unknown", department);
            }
            String category = row.get("category").toUpperCase(Locale.ROOT);
            if (!category.isEmpty() && !categories.contains(category)) {
                r.problem("category", "catalogue.category.unknown", category);
            }
            int limit = r.wholeNumber("time_limit_days", 1, MAX_LIMIT_DAYS, "acceptance.import.days");
            List<String> types = r.list("project_types").stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
            if (types.isEmpty()) {
                r.problem("project_types", "import.required");
            }
            types.stream().filter(t -> !PROJECT_TYPES.contains(t)).findFirst().ifPresent(t ->
                    r.problem("project_types", "import.oneOf", t, String.join(", ", PROJECT_TYPES.stream().sorted().toList())));
            List<String> conditions = r.list("applies_when");
            for (String condition : conditions) {
                boolean plan = condition.startsWith("plan:") && categories.contains(condition.substring(5));
                boolean land = condition.startsWith("land:") && LAND_STATUSES.contains(condition.substring(5));
                if (!plan && !land) {
                    r.problem("applies_when", "acceptance.import.condition", condition);
                }
            }
            List<CheckItem> checks = r.list("check_items").stream()
                    .map(c -> c.startsWith("!") ? new CheckItem(c.substring(1).strip(), true) : new CheckItem(c, false))
                    .toList();
            if (checks.isEmpty()) {
                r.problem("check_items", "import.required");
            }
            checks.stream().filter(c -> c.getText().isEmpty() || c.getText().length() > 200).findFirst()
                    .ifPresent(c -> r.problem("check_items", "acceptance.import.check", c.getText()));
            List<String> materials = r.list("materials");
            if (materials.isEmpty()) {
                r.problem("materials", "import.required");
            }
            ItemDefinition item = new ItemDefinition(code, (int) row.line() - 1,
                    r.required("name"), r.required("name_en"), department, category, limit, types,
                    String.join("|", conditions), checks, materials, row.get("legal_basis"));
            r.fits(ItemDefinition.class, "code", "code", item.getCode());
            r.fits(ItemDefinition.class, "name", "name", item.getName());
            r.fits(ItemDefinition.class, "name_en", "nameEn", item.getNameEn());
            r.fits(ItemDefinition.class, "applies_when", "appliesWhen", item.getAppliesWhen());
            r.fits(ItemDefinition.class, "materials", "materials", item.getMaterials());
            r.fits(ItemDefinition.class, "legal_basis", "legalBasis", item.getLegalBasis());
            if (r.isClean()) {
                items.add(item);
            }
        }
        problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
        return new ItemFile(problems.isEmpty() ? List.copyOf(items) : List.of(), List.copyOf(problems));
    }

    public static byte[] write(List<ItemDefinition> items) {
        return CsvWriter.write(COLUMNS, csv -> {
            for (ItemDefinition i : items) {
                csv.record(i.getCode(), i.getName(), i.getNameEn(), i.getDepartmentCode(), i.getCategoryCode(),
                        i.getLimitDays(), String.join("|", i.getProjectTypes()), i.getAppliesWhen(),
                        String.join("|", i.getChecks().stream().map(c -> (c.isCritical() ? "!" : "") + c.getText()).toList()),
                        String.join("|", i.getMaterials()), i.getLegalBasis());
            }
        });
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<ItemDefinition> items() {
        return items;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
