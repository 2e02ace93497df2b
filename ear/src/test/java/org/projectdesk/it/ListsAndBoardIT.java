package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
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
 * Lists, exports and the board over REST (issue 17): the project list as XLSX and CSV with its filters, in
 * Chinese words (read back with POI); the department filter; the matters behind a count of the board,
 * paged (first, middle and last row of a long list); the director's supervision order (督办); the
 * caseloads most urgent first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListsAndBoardIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    ApiClient api;

    @BeforeEach
    void client() {
        URI base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
    }

    /** A project with DRC-01 approved and LAND-01 filed long ago (red once scanned); its file number. */
    static String lateProject(ApiClient api, String code) {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(code, ServiceFileApiIT.creditCode(),
                "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                ApiClient.json("type", "ACCEPT", "on", "2026-06-02")).assertStatus(200);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                ApiClient.json("type", "APPROVE", "on", "2026-06-02", "documentNo", "海发改备〔2026〕90号")).assertStatus(200);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/LAND-01/events",
                ApiClient.json("type", "ACCEPT", "on", "2026-06-03")).assertStatus(200);
        return fileNo;
    }

    private String lateProject(String code) {
        return lateProject(api, code);
    }

    private void scan() {
        api.as("admin", "POST", "api/admin/jobs/time-limit-scan/run", null).assertStatus(200);
    }

    @Test
    void theProjectListExportsItsFilteredRowsAsXlsxAndCsvInChinese() throws Exception {
        String code = ServiceFileApiIT.projectCode();
        String fileNo = lateProject(code);
        String officer = api.as("director", "GET", "api/projects/caseloads", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("officer").equals("officer1")).findFirst()
                .orElseThrow().getString("displayName");

        HttpResponse<byte[]> xlsx = api.bytes("api/projects/export?format=xlsx&department=LAND&search=" + code, "officer1");
        assertEquals(200, xlsx.statusCode());
        assertEquals("attachment; filename=\"projects.xlsx\"", xlsx.headers().firstValue("Content-Disposition").orElse(""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("服务档案", sheet.getSheetName());
            assertEquals(List.of("档案号", "项目名称", "企业", "项目类型", "状态", "协调服务专员", "区镇", "总投资（万元）", "受理日期",
                    "最近到期", "预警", "绿色通道"), texts(sheet.getRow(0)));
            assertEquals(1, sheet.getLastRowNum(), "the filter applied: one project");
            Row row = sheet.getRow(1);
            assertEquals(List.of(fileNo, "工业项目", "审批中", officer), List.of(text(row, 0), text(row, 3), text(row, 4), text(row, 5)));
            assertEquals(CellType.NUMERIC, row.getCell(7).getCellType(), "the investment is a number");
            assertTrue(!officer.equals("officer1"), "a name, not a login: " + officer);
        }
        HttpResponse<byte[]> none = api.bytes("api/projects/export?format=xlsx&department=PLAN&search=" + code, "officer1");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(none.body()))) {
            assertEquals(0, workbook.getSheetAt(0).getLastRowNum(), "no PLAN matter pending: the heading only");
        }

        HttpResponse<byte[]> csv = api.bytes("api/projects/export?format=csv&search=" + code, "officer1");
        assertEquals(200, csv.statusCode());
        List<List<String>> table = ReferenceDataBrowserIT.Csv.parse(new String(csv.body(), 3, csv.body().length - 3,
                StandardCharsets.UTF_8));
        assertEquals("档案号", table.get(0).get(0));
        assertEquals(List.of(fileNo, "工业项目", "审批中"), List.of(table.get(1).get(0), table.get(1).get(3), table.get(1).get(4)));
        assertEquals(2, table.size());

        HttpResponse<byte[]> english = api.bytes("api/projects/export?format=xlsx&lang=en&search=" + code, "officer1");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english.body()))) {
            assertEquals(List.of("File", "Industrial"), List.of(text(workbook.getSheetAt(0).getRow(0), 0),
                    text(workbook.getSheetAt(0).getRow(1), 3)));
        }
        assertEquals(1, api.as("officer1", "GET", "api/projects?department=LAND&search=" + code, null).assertStatus(200).json()
                .getInt("total"));
        assertEquals(400, api.bytes("api/projects/export?format=pdf", "officer1").statusCode(), "csv or xlsx");
    }

    /** At least this many red matters, a few projects more taken in for it if needed; the red count. */
    static long atLeastRed(ApiClient api, int wanted) {
        long red = api.as("director", "GET", "api/supervision/board", null).assertStatus(200).json().getJsonNumber("red").longValue();
        for (long i = red; i < wanted; i++) {
            lateProject(api, ServiceFileApiIT.projectCode());
        }
        api.as("admin", "POST", "api/admin/jobs/time-limit-scan/run", null).assertStatus(200);
        return api.as("director", "GET", "api/supervision/board", null).assertStatus(200).json().getJsonNumber("red").longValue();
    }

    @Test
    void theMattersBehindTheRedCountArePagedMostUrgentFirstFirstMiddleAndLast() throws Exception {
        long red = atLeastRed(api, 45);
        JsonObject all = api.as("director", "GET", "api/supervision/matters?light=RED&size=500", null).assertStatus(200).json();
        assertEquals(red, all.getJsonNumber("total").longValue(), "the count is the number of matters behind it");
        List<JsonObject> rows = all.getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(rows.size() > 40, "a long list: " + rows.size());
        int pages = (int) Math.ceil(rows.size() / 20.0);
        for (int page : List.of(0, pages / 2, pages - 1)) {
            List<JsonObject> shown = api.as("director", "GET", "api/supervision/matters?light=RED&size=20&page=" + page, null)
                    .assertStatus(200).json().getJsonArray("items").getValuesAs(JsonObject.class);
            int first = page * 20;
            assertEquals(key(rows.get(first)), key(shown.get(0)), "page " + page + " starts where it should");
            assertEquals(key(rows.get(Math.min(rows.size(), first + 20) - 1)), key(shown.get(shown.size() - 1)),
                    "page " + page + " ends where it should");
        }
        JsonObject last = rows.get(rows.size() - 1);
        assertEquals("RED", last.getString("light"));
        assertTrue(rows.stream().allMatch(r -> r.getString("departmentName").length() > 1 && !r.getString("officerName").isBlank()),
                "department and officer names");
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).getString("dueOn").compareTo(rows.get(i).getString("dueOn")) <= 0
                    || !rows.get(i - 1).getString("light").equals(rows.get(i).getString("light")), "soonest due first");
        }
    }

    private static String key(JsonObject matter) {
        return matter.getString("fileNo") + " " + matter.getString("categoryCode");
    }

    @Test
    void theDirectorOrdersARedMatterSupervisedAndTheOfficerIsTold() {
        String fileNo = lateProject(ServiceFileApiIT.projectCode());
        scan();
        String order = ApiClient.json("fileNo", fileNo, "categoryCode", "LAND-01", "note", "请于三个工作日内办结");
        api.as("officer1", "POST", "api/supervision/orders", order).assertProblem(403);

        JsonObject ordered = api.as("director", "POST", "api/supervision/orders", order).assertStatus(200).json();

        assertEquals(List.of("LAND-01", "国土资源局", "请于三个工作日内办结", "RED"),
                List.of(ordered.getString("categoryCode"), ordered.getString("departmentName"), ordered.getString("orderNote"),
                        ordered.getString("light")));
        assertTrue(api.as("officer1", "GET", "api/inbox", null).assertStatus(200).body().contains("请于三个工作日内办结"),
                "the officer is told");
        JsonObject file = api.as("officer1", "GET", "api/projects/" + fileNo, null).assertStatus(200).json();
        assertTrue(file.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("action").equals("SUPERVISION_ORDER") && h.getString("target").equals("LAND-01")));
        api.as("director", "POST", "api/supervision/orders",
                ApiClient.json("fileNo", fileNo, "categoryCode", "LAND-01", "note", " ")).assertProblem(422);
    }

    @Test
    void theCaseloadsComeMostUrgentFirst() throws Exception {
        lateProject(ServiceFileApiIT.projectCode());
        scan();
        List<JsonObject> caseloads = api.as("director", "GET", "api/projects/caseloads", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class);
        for (int i = 1; i < caseloads.size(); i++) {
            assertTrue(caseloads.get(i - 1).getInt("red") >= caseloads.get(i).getInt("red"), caseloads.toString());
        }
        assertTrue(caseloads.get(0).getInt("red") > 0);
        HttpResponse<byte[]> xlsx = api.bytes("api/projects/caseloads?format=xlsx", "director");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("协调服务专员", "在办项目数", "红灯", "黄灯", "已超期", "最近到期"), texts(sheet.getRow(0)));
            assertEquals(caseloads.get(0).getString("displayName"), text(sheet.getRow(1), 0));
            assertEquals(caseloads.get(0).getInt("red"), (int) sheet.getRow(1).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void theBoardsDepartmentAndTownTablesExportForThePeriodInTheReadersWords() throws Exception {
        lateProject(ServiceFileApiIT.projectCode());
        scan();
        String period = "from=" + TestClock.today().withDayOfMonth(1) + "&to=" + TestClock.today();
        JsonObject board = api.as("director", "GET", "api/supervision/board?" + period, null).assertStatus(200).json();

        HttpResponse<byte[]> xlsx = api.bytes("api/supervision/board/departments/export?format=xlsx&" + period, "director");
        assertEquals(200, xlsx.statusCode());
        assertEquals("attachment; filename=\"board-departments-" + TestClock.today().withDayOfMonth(1) + "-" + TestClock.today()
                + ".xlsx\"", xlsx.headers().firstValue("Content-Disposition").orElse(""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("各部门效能");
            assertEquals(List.of("部门", "在办", "黄灯", "红灯", "期间办结", "按时办结率（%）", "延时/加班（次）", "延时/加班（小时）", "超期难题"),
                    texts(sheet.getRow(0)));
            JsonObject land = board.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getString("code").equals("LAND")).findFirst().orElseThrow();
            Row row = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> text(r, 0).equals("国土资源局")).findFirst().orElseThrow();
            assertEquals(List.of(land.getInt("running"), land.getInt("yellow"), land.getInt("red"), land.getInt("decided")),
                    List.of(1, 2, 3, 4).stream().map(c -> (int) row.getCell(c).getNumericCellValue()).toList());
            assertTrue(land.getInt("red") > 0, "the late project's LAND-01 is red");
        }

        HttpResponse<byte[]> english = api.bytes("api/supervision/board/towns/export?format=csv&lang=en&" + period, "director");
        List<List<String>> towns = ReferenceDataBrowserIT.Csv.parse(new String(english.body(), 3, english.body().length - 3,
                StandardCharsets.UTF_8));
        assertEquals(List.of("Town", "Projects", "Investment (100 million yuan)", "In approval", "Started", "Red", "Referrals"),
                towns.get(0));
        JsonObject total = board.getJsonObject("townsTotal");
        assertEquals(List.of("City total", String.valueOf(total.getInt("projects")), String.valueOf(total.getInt("red"))),
                List.of(towns.get(towns.size() - 1).get(0), towns.get(towns.size() - 1).get(1), towns.get(towns.size() - 1).get(5)));

        HttpResponse<byte[]> own = api.bytes("api/supervision/board/towns/export?format=csv&" + period, "town-hmkfq");
        assertEquals(200, own.statusCode());
        List<List<String>> ownRows = ReferenceDataBrowserIT.Csv.parse(new String(own.body(), 3, own.body().length - 3,
                StandardCharsets.UTF_8));
        assertEquals(List.of("区镇", "海门经济技术开发区", "全市合计"), ownRows.stream().map(r -> r.get(0)).toList(),
                "a town's staff: its own town, and the city's total");
        assertEquals(400, api.bytes("api/supervision/board/towns/export?format=pdf", "director").statusCode());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
    }
}
