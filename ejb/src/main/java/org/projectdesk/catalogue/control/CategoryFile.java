package org.projectdesk.catalogue.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.projectdesk.catalogue.entity.ApprovalCategory;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.catalogue.entity.Stage;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.CsvWriter;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.Limits;

/**
 * The catalogue as a CSV file, one category a row (the layout of config/catalogue/categories.csv).
 * Reading checks every value and then the whole catalogue; writing produces a file the same reading
 * accepts, with a byte-order mark so that Excel shows the Chinese text.
 */
public final class CategoryFile {

    public static final List<String> REQUIRED = List.of("code", "name", "name_en", "department", "stage",
            "statutory_days", "promised_days", "green_channel_days", "immediate", "case_type");
    public static final List<String> OPTIONAL = List.of("prerequisites", "simulatable", "materials",
            "service_content", "procedure", "fee", "legal_basis");
    static final String LIST_SEPARATOR = "|";

    private final List<CatalogueRules.Located> categories;
    private final List<ImportProblem> problems;

    private CategoryFile(List<CatalogueRules.Located> categories, List<ImportProblem> problems) {
        this.categories = categories;
        this.problems = problems;
    }

    public static CategoryFile read(byte[] content, Set<String> departmentCodes) {
        CsvTable table = CsvTable.read(content, REQUIRED, OPTIONAL);
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<CatalogueRules.Located> categories = new ArrayList<>();
        java.util.Set<String> refusedCodes = new java.util.HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            Values values = new Values(row, problems);
            CategoryTerms terms = new CategoryTerms(
                    values.required("code").toUpperCase(Locale.ROOT),
                    values.required("name"),
                    values.required("name_en"),
                    values.required("department").toUpperCase(Locale.ROOT),
                    values.oneOf("stage", Stage.class, Stage.I),
                    values.days("statutory_days"),
                    values.days("promised_days"),
                    values.days("green_channel_days"),
                    values.bool("immediate", false),
                    values.oneOf("case_type", CaseType.class, CaseType.PROMISED),
                    values.list("prerequisites", true),
                    values.bool("simulatable", true),
                    values.list("materials", false),
                    row.get("service_content"),
                    row.get("procedure"),
                    row.get("fee"),
                    row.get("legal_basis"));
            values.fits("code", "code", terms.code());
            values.fits("name", "name", terms.name());
            values.fits("name_en", "nameEn", terms.nameEn());
            values.fits("prerequisites", "prerequisites", terms.prerequisites());
            values.fits("materials", "materials", terms.materials());
            values.fits("service_content", "serviceContent", terms.serviceContent());
            values.fits("procedure", "procedure", terms.procedure());
            values.fits("fee", "fee", terms.fee());
            values.fits("legal_basis", "legalBasis", terms.legalBasis());
            if (values.clean) {
                categories.add(new CatalogueRules.Located(row.line(), terms));
            } else {
                refusedCodes.add(terms.code());
            }
        }
        if (!table.rows().isEmpty()) {
            problems.addAll(CatalogueRules.check(categories, departmentCodes, refusedCodes));
            problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
        }
        return new CategoryFile(problems.isEmpty() ? List.copyOf(categories) : List.of(), List.copyOf(problems));
    }

    public static byte[] write(List<CategoryTerms> categories) {
        List<String> header = new ArrayList<>(REQUIRED);
        header.addAll(OPTIONAL);
        return CsvWriter.write(header, csv -> {
            for (CategoryTerms c : categories) {
                csv.record(c.code(), c.name(), c.nameEn(), c.departmentCode(), c.stage(), c.statutoryDays(),
                        c.promisedDays(), c.greenChannelDays(), c.immediate(), c.defaultCaseType(),
                        String.join(LIST_SEPARATOR, c.prerequisites()), c.simulatable(),
                        String.join(LIST_SEPARATOR, c.materials()), c.serviceContent(), c.procedure(), c.fee(),
                        c.legalBasis());
            }
        });
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<CategoryTerms> categories() {
        return categories.stream().map(CatalogueRules.Located::terms).toList();
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** One row's values, each checked as it is read; any problem marks the row unusable. */
    private static final class Values {

        private final CsvTable.Row row;
        private final List<ImportProblem> problems;
        private boolean clean = true;

        Values(CsvTable.Row row, List<ImportProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        String required(String column) {
            String value = row.get(column);
            if (value.isEmpty()) {
                problem(column, "import.required");
            }
            return value;
        }

        int days(String column) {
            String value = required(column);
            if (value.isEmpty()) {
                return 0;
            }
            try {
                int days = Integer.parseInt(value);
                if (days < 0) {
                    problem(column, "import.negative", days);
                }
                return days;
            } catch (NumberFormatException e) {
                problem(column, "import.notWholeNumber", value);
                return 0;
            }
        }

        boolean bool(String column, boolean optional) {
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

        <E extends Enum<E>> E oneOf(String column, Class<E> type, E fallback) {
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

        List<String> list(String column, boolean codes) {
            String value = row.get(column);
            if (value.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(value.split("\\" + LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> codes ? s.toUpperCase(Locale.ROOT) : s).toList();
        }

        /** Whether the cell fits the category's {@code property} as stored (its declared limits); else a problem. */
        void fits(String column, String property, Object value) {
            Limits.brokenBy(ApprovalCategory.class, property, value, column).stream().findFirst()
                    .ifPresent(broken -> problem(column, broken.key(), broken.arguments()));
        }

        private void problem(String column, String key, Object... arguments) {
            problems.add(ImportProblem.of(row.line(), column, key, arguments));
            clean = false;
        }
    }
}
