package org.projectdesk.catalogue.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.projectdesk.catalogue.entity.ApprovalCategory;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.catalogue.entity.Stage;
import org.projectdesk.shared.control.CheckedRow;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.CsvWriter;
import org.projectdesk.shared.control.ImportProblem;

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
            CheckedRow values = new CheckedRow(row, problems);
            CategoryTerms terms = new CategoryTerms(
                    values.required("code").toUpperCase(Locale.ROOT),
                    values.required("name"),
                    values.required("name_en"),
                    values.required("department").toUpperCase(Locale.ROOT),
                    values.oneOf("stage", Stage.class, Stage.I),
                    days(values, "statutory_days"),
                    days(values, "promised_days"),
                    days(values, "green_channel_days"),
                    values.bool("immediate", false),
                    values.oneOf("case_type", CaseType.class, CaseType.PROMISED),
                    codes(values.list("prerequisites")),
                    values.bool("simulatable", true),
                    values.list("materials"),
                    row.get("service_content"),
                    row.get("procedure"),
                    row.get("fee"),
                    row.get("legal_basis"));
            values.fits(ApprovalCategory.class, "code", "code", terms.code());
            values.fits(ApprovalCategory.class, "name", "name", terms.name());
            values.fits(ApprovalCategory.class, "name_en", "nameEn", terms.nameEn());
            values.fits(ApprovalCategory.class, "prerequisites", "prerequisites", terms.prerequisites());
            values.fits(ApprovalCategory.class, "materials", "materials", terms.materials());
            values.fits(ApprovalCategory.class, "service_content", "serviceContent", terms.serviceContent());
            values.fits(ApprovalCategory.class, "procedure", "procedure", terms.procedure());
            values.fits(ApprovalCategory.class, "fee", "fee", terms.fee());
            values.fits(ApprovalCategory.class, "legal_basis", "legalBasis", terms.legalBasis());
            if (values.isClean()) {
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

    /** Working days: a whole number, not negative. */
    private static int days(CheckedRow values, String column) {
        return values.wholeNumber(column, 0, Integer.MAX_VALUE, "import.negative");
    }

    private static List<String> codes(List<String> listed) {
        return listed.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
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
}
