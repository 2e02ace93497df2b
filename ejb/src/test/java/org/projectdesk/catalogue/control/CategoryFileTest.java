package org.projectdesk.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.shared.control.ImportProblem;

class CategoryFileTest {

    static final Set<String> DEPARTMENTS = Set.of("DRC", "EIC", "LAND", "PLAN", "HUD", "EPB", "FIRE", "CAD", "MET",
            "WATER", "SAFETY", "QUAKE", "TRANS");
    private static final String HEADER = "code,name,name_en,department,stage,statutory_days,promised_days,"
            + "green_channel_days,immediate,case_type,prerequisites,simulatable,materials\n";

    static byte[] shipped() throws IOException {
        try (InputStream in = CategoryFileTest.class.getResourceAsStream("/config/catalogue/categories.csv")) {
            return in.readAllBytes();
        }
    }

    private static List<String> problems(String csv) {
        return CategoryFile.read(csv.getBytes(StandardCharsets.UTF_8), DEPARTMENTS).problems().stream()
                .map(ImportProblem::toString).toList();
    }

    @Test
    void theShippedCatalogueReproducesTheSeedsFigures() throws IOException {
        CategoryFile file = CategoryFile.read(shipped(), DEPARTMENTS);

        assertTrue(file.isValid(), () -> file.problems().toString());
        List<CategoryTerms> categories = file.categories();
        assertEquals(22, categories.size());
        assertEquals(13, categories.stream().map(CategoryTerms::departmentCode).distinct().count());
        assertEquals(358, categories.stream().mapToInt(CategoryTerms::statutoryDays).sum());
        assertEquals(64, categories.stream().mapToInt(CategoryTerms::promisedDays).sum());
        List<CategoryTerms> onTheSpot = categories.stream().filter(CategoryTerms::immediate).toList();
        assertEquals(6, onTheSpot.size());
        assertEquals(5, onTheSpot.stream().map(CategoryTerms::departmentCode).collect(Collectors.toSet()).size());
    }

    @Test
    void theConstructionPermitComesAfterThePlanningPermitsAndTheDrawingReview() throws IOException {
        List<CategoryTerms> categories = CategoryFile.read(shipped(), DEPARTMENTS).categories();
        CategoryTerms permit = categories.stream().filter(c -> c.code().equals("HUD-03")).findFirst().orElseThrow();

        assertTrue(permit.name().contains("施工许可"), permit.name());
        assertTrue(permit.prerequisites().contains("HUD-01"), "drawing review before the construction permit");
        assertTrue(categories.stream().filter(c -> c.code().equals("HUD-01")).findFirst().orElseThrow()
                .prerequisites().contains("PLAN-03"), "works planning permit before drawing review");
    }

    @Test
    void aWrittenCatalogueReadsBackTheSame() throws IOException {
        List<CategoryTerms> shipped = CategoryFile.read(shipped(), DEPARTMENTS).categories();

        byte[] written = CategoryFile.write(shipped);

        assertEquals(0xEF, written[0] & 0xFF, "starts with a UTF-8 byte-order mark for Excel");
        CategoryFile reread = CategoryFile.read(written, DEPARTMENTS);
        assertTrue(reread.isValid(), () -> reread.problems().toString());
        assertEquals(shipped, reread.categories());
    }

    @Test
    void cellsThatWouldStartAFormulaAreWrittenAsTextAndReadBackAsTyped() throws IOException {
        List<CategoryTerms> shipped = CategoryFile.read(shipped(), DEPARTMENTS).categories();
        CategoryTerms first = shipped.get(0);
        CategoryTerms hostile = new CategoryTerms(first.code(), "=HYPERLINK(\"http://x.example\",\"立项\")", "+1+cmd|' /C calc'!A0",
                first.departmentCode(), first.stage(), first.statutoryDays(), first.promisedDays(), first.greenChannelDays(),
                first.immediate(), first.defaultCaseType(), first.prerequisites(), first.simulatable(),
                List.of("@SUM(A1)", "'备案证明"), "-2+3", first.procedure(), "-", first.legalBasis());
        List<CategoryTerms> categories = new java.util.ArrayList<>(shipped);
        categories.set(0, hostile);

        String written = new String(CategoryFile.write(categories), StandardCharsets.UTF_8);

        String line = written.lines().filter(l -> l.startsWith(first.code() + ",")).findFirst().orElseThrow();
        assertTrue(line.contains(",\"'=HYPERLINK(") && line.contains(",'+1+cmd|") && line.contains(",'@SUM(A1)")
                && line.contains(",'-2+3,") && line.contains(",'-,"), line);
        CategoryFile reread = CategoryFile.read(written.getBytes(StandardCharsets.UTF_8), DEPARTMENTS);
        assertTrue(reread.isValid(), () -> reread.problems().toString());
        assertEquals(hostile, reread.categories().get(0));
    }

    @Test
    void refusesAGbkFileAndAnEmptyOne() throws IOException {
        byte[] gbk = new String(shipped(), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));

        List<ImportProblem> problems = CategoryFile.read(gbk, DEPARTMENTS).problems();
        assertEquals(1, problems.size());
        assertEquals("import.notUtf8", problems.get(0).key());
        assertEquals(List.of("line 1, column -: The file is empty"), problems(""));
    }

    @Test
    void namesMissingAndUnknownColumns() {
        assertEquals(List.of("line 1, column stage: The column stage is missing",
                        "line 1, column remarks: The column 'remarks' is not known"),
                problems("code,name,name_en,department,statutory_days,promised_days,green_channel_days,immediate,case_type,remarks\n"
                        + "X-01,甲,A,DRC,20,5,3,false,PROMISED,x\n"));
    }

    @Test
    void listsEveryBadValueWithItsLineAndColumn() {
        assertEquals(List.of(
                        "line 2, column department: There is no department 'NOPE'",
                        "line 3, column statutory_days: The number of days cannot be negative: -5",
                        "line 4, column promised_days: 'five' is not a whole number",
                        "line 5, column stage: 'V' must be one of I, II, III, IV, ALONGSIDE",
                        "line 6, column immediate: 'maybe' must be true or false"),
                problems(HEADER
                        + "A-01,甲,A,NOPE,I,20,5,3,false,PROMISED,,false,申请表\n"
                        + "A-02,乙,B,DRC,I,-5,5,3,false,PROMISED,,false,申请表\n"
                        + "A-03,丙,C,DRC,I,20,five,3,false,PROMISED,,false,申请表\n"
                        + "A-04,丁,D,DRC,V,20,5,3,false,PROMISED,,false,申请表\n"
                        + "A-05,戊,E,DRC,I,20,5,3,maybe,PROMISED,,false,申请表\n"));
    }

    @Test
    void aCellLongerThanItsColumnIsAProblemOfItsLineAndColumnSoThatTheFileIsNeverReportedClean() {
        String longName = "项".repeat(101);
        String longMaterial = "材".repeat(301);

        CategoryFile file = CategoryFile.read((HEADER
                + "A-01," + longName + ",A,DRC,I,20,5,3,false,PROMISED,,false,申请表\n"
                + "A-02,乙,B,DRC,I,20,5,3,false,PROMISED,,false,申请表|" + longMaterial + "\n"
                + "A-03,丙,C,DRC,I,20,5,3,false,PROMISED,,false,申请表\n").getBytes(StandardCharsets.UTF_8), DEPARTMENTS);

        assertEquals(List.of(
                        "line 2, column name: name may be at most 100 characters long",
                        "line 3, column materials: materials may be at most 300 characters long"),
                file.problems().stream().map(ImportProblem::toString).toList());
        assertFalse(file.isValid());
        assertEquals(List.of(), file.categories());
    }

    @Test
    void limitsMustShrinkFromStatutoryToPromisedToGreenChannel() {
        assertEquals(List.of(
                        "line 2, column promised_days: The promised limit (25 working days) is longer than the statutory limit (20)",
                        "line 3, column green_channel_days: The green-channel limit (6 working days) is longer than the promised limit (5)",
                        "line 4, column promised_days: A category done on the spot promises 0 working days, not 2"),
                problems(HEADER
                        + "A-01,甲,A,DRC,I,20,25,3,false,PROMISED,,false,申请表\n"
                        + "A-02,乙,B,DRC,I,20,5,6,false,PROMISED,,false,申请表\n"
                        + "A-03,丙,C,DRC,I,20,2,0,true,IMMEDIATE,,false,申请表\n"));
    }

    @Test
    void refusesDuplicateCodesUnknownPrerequisitesAndCycles() {
        assertEquals(List.of(
                        "line 3, column code: 'A-01' appears more than once (first on line 2)",
                        "line 4, column prerequisites: The prerequisite 'Z-99' is not a category of this catalogue"),
                problems(HEADER
                        + "A-01,甲,A,DRC,I,20,5,3,false,PROMISED,,false,申请表\n"
                        + "A-01,乙,B,DRC,I,20,5,3,false,PROMISED,,false,申请表\n"
                        + "A-03,丙,C,DRC,I,20,5,3,false,PROMISED,Z-99,false,申请表\n"));
        assertEquals(List.of("line 2, column prerequisites: The prerequisites form a cycle (each needs the next): A-01 → A-03 → A-02 → A-01"),
                problems(HEADER
                        + "A-01,甲,A,DRC,I,20,5,3,false,PROMISED,A-03,false,申请表\n"
                        + "A-02,乙,B,DRC,I,20,5,3,false,PROMISED,A-01,false,申请表\n"
                        + "A-03,丙,C,DRC,I,20,5,3,false,PROMISED,A-02,false,申请表\n"));
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() {
        CategoryFile file = CategoryFile.read(("\uFEFF" + HEADER.replace("\n", "\r\n")
                + "A-01,甲,A,DRC,I,20,5,3,false,PROMISED,,false,申请表|营业执照\r\n").getBytes(StandardCharsets.UTF_8), DEPARTMENTS);

        assertTrue(file.isValid(), () -> file.problems().toString());
        assertEquals(List.of("申请表", "营业执照"), file.categories().get(0).materials());
        assertFalse(file.categories().get(0).immediate());
    }
}
