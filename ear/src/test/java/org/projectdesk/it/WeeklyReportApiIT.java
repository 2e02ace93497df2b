package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The weekly report over REST: who may read it, its JSON figures, and its CSV (read back with
 * Commons CSV), XLSX (read back with POI) and PDF (its text read back with PDFBox), which say the
 * same numbers. The week is last week, on the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WeeklyReportApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(ProjectDeskDeployment.base(injectedBase));
    }

    private static String lastWeek() {
        LocalDate day = TestClock.today().minusWeeks(1);
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Test
    void leadersAndTheDirectorReadTheWeeksFiguresOthersMayNot() {
        String week = lastWeek();
        JsonObject report = api.as("leader", "GET", "api/reports/weekly/" + week, null).assertStatus(200).json();

        assertEquals(week, report.getString("week"));
        for (String figure : List.of("projectsAccepted", "projectsNew", "totalInvestmentYi", "meetingsHeld", "meetingProjects",
                "visits", "visitProjects", "approvalsCompleted", "constructionStarted", "preparingToStart", "inApproval",
                "mattersApproved", "redMatters", "yellowMatters", "problemsOpened", "problemsResolved")) {
            assertTrue(report.get(figure) instanceof JsonNumber, figure + " in " + report);
        }
        assertEquals(14, report.getJsonArray("departments").size(), "the 13 approving departments and the power-supply company");
        JsonObject department = report.getJsonArray("departments").getJsonObject(0);
        assertTrue(department.containsKey("code") && department.containsKey("red") && department.containsKey("yellow"),
                department.toString());
        assertTrue(report.getJsonArray("projects").size() >= 13, "the demo projects");
        assertEquals(report, api.as("director", "GET", "api/reports/weekly/" + week, null).assertStatus(200).json(),
                "the same report for everyone, once made");

        api.as("officer1", "GET", "api/reports/weekly/" + week, null).assertProblem(403);
        api.as("investor1", "GET", "api/reports/weekly/" + week, null).assertProblem(403);
        assertEquals(403, api.bytes("api/reports/weekly/" + week + "/csv", "dept-land").statusCode());
        api.as("leader", "GET", "api/reports/weekly/2026-48", null).assertFieldProblem("week");
        api.as("leader", "GET", "api/reports/weekly/2099-W01", null).assertFieldProblem("week");
        assertTrue(api.as("leader", "GET", "api/reports/weekly", null).assertStatus(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().anyMatch(h -> h.getString("week").equals(week)));
    }

    @Test
    void theCsvWorkbookAndPdfSayTheSameNumbersAsTheJson() throws Exception {
        String week = lastWeek();
        JsonObject report = api.as("leader", "GET", "api/reports/weekly/" + week, null).assertStatus(200).json();

        HttpResponse<byte[]> csv = api.bytes("api/reports/weekly/" + week + "/csv", "leader");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] body = csv.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]), "UTF-8 BOM for Excel");
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            List<CSVRecord> records = parser.getRecords();
            assertTrue(records.get(0).get(0).startsWith("重大项目推进周报 " + week), records.get(0).toString());
            Map<String, String> figures = new java.util.HashMap<>();
            records.stream().filter(r -> r.size() == 3).forEach(r -> figures.put(r.get(0), r.get(1)));
            assertEquals(String.valueOf(report.getInt("projectsAccepted")), figures.get("受理项目（累计）"));
            assertEquals(String.valueOf(report.getInt("mattersApproved")), figures.get("本周办结审批事项"));
            assertEquals(report.getJsonNumber("totalInvestmentYi").bigDecimalValue().toPlainString(), figures.get("总投资（亿元）"));
            assertTrue(records.stream().anyMatch(r -> r.get(0).equals("项目推进情况（风险高者在前）")));
        }

        HttpResponse<byte[]> xlsx = api.bytes("api/reports/weekly/" + week + "/xlsx", "leader");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = workbook.getSheet("总体情况");
            assertEquals("受理项目（累计）", summary.getRow(2).getCell(0).getStringCellValue());
            assertEquals(report.getInt("projectsAccepted"), (int) summary.getRow(2).getCell(1).getNumericCellValue());
            assertEquals(report.getJsonArray("projects").size(), workbook.getSheet("项目推进情况（风险高者在前）").getLastRowNum() - 1);
        }

        HttpResponse<byte[]> pdf = api.bytes("api/reports/weekly/" + week + "/pdf", "leader");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("重大项目推进周报 " + week), text);
            assertTrue(text.contains("受理项目（累计） " + report.getInt("projectsAccepted")), text);
            assertTrue(text.contains("各部门情况"), text);
            assertTrue(text.contains("各部门红黄灯事项") && text.contains("审批时限压缩情况"), "the charts' titles: " + text);
            assertTrue(text.contains("本周办结审批事项") && text.contains("。"), "the paragraph a leader reads first: " + text);
            assertTrue(text.contains("第 1 页 共 " + document.getNumberOfPages() + " 页"), text);
        }
        HttpResponse<byte[]> english = api.bytes("api/reports/weekly/" + week + "/pdf?lang=en", "leader");
        try (PDDocument document = Loader.loadPDF(english.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Weekly progress report " + week), text);
            assertTrue(text.contains("Page 1 of " + document.getNumberOfPages()), text);
        }
    }
}
