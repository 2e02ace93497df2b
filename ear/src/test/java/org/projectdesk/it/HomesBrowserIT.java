package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 17's review gaps on the home pages and the lists behind them, each against what the API says: the board's
 * drill-down exported over REST and from the pages' buttons with a filter set (the downloaded file read back), the
 * investor's waiting lines, the leader's figures and the director's caseloads box, and the caseload page's lights,
 * days left and overdue marking in urgency order. Seeded over REST with an officer of its own, so that the rows it
 * asserts exactly are its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomesBrowserIT {

    private static final String XLSX_HEADER = "档案号 项目名称 事项 部门 协调服务专员 预警 剩余工作日 承诺到期日 已超期 超法定时限 督办";

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-homes-");

    @ArquillianResource
    URL injectedBase;

    @TempDir
    Path downloads;

    private ApiClient api;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    @BeforeEach
    void newSession() {
        URI base = ProjectDeskDeployment.base(injectedBase);
        browser.at(base).forgetCookies();
        api = new ApiClient(base);
    }

    /** A new officer of this test, with the name given; the login. */
    private String officer(String displayName) {
        String officer = ProjectDeskDeployment.uniqueUsername("homes");
        api.createAccount(officer, displayName, "Homes-Test-" + ThreadLocalRandom.current().nextInt(1_000_000) + "!a", "OFFICER");
        return officer;
    }

    /**
     * A project of the officer's with DRC-01 approved on 2026-06-02 and LAND-01 accepted on the day given (red and
     * overdue once scanned: its promised limit ran out months before 2026-12-28); its file number.
     */
    private String lateProject(String officer, String code, String landAcceptedOn) {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(code, ServiceFileApiIT.creditCode(),
                "INDUSTRIAL", b -> b.add("name", "首页测试项目 " + code).add("officer", officer))).assertStatus(201).json()
                .getString("fileNo");
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                ApiClient.json("type", "ACCEPT", "on", "2026-06-02")).assertStatus(200);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                ApiClient.json("type", "APPROVE", "on", "2026-06-02", "documentNo", "海发改备〔2026〕91号")).assertStatus(200);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/LAND-01/events",
                ApiClient.json("type", "ACCEPT", "on", landAcceptedOn)).assertStatus(200);
        return fileNo;
    }

    private void scan() {
        assertEquals("SUCCESS", api.as("admin", "POST", "api/admin/jobs/time-limit-scan/run", null).assertStatus(200).json()
                .getString("outcome"));
    }

    private List<JsonObject> matters(String query) {
        return api.as("director", "GET", "api/supervision/matters?size=500&" + query, null).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** A matter of the board as its exported row reads, in Chinese. */
    private static List<String> exported(JsonObject m) {
        String remaining = text(m, "remainingWorkingDays");
        return List.of(m.getString("fileNo"), m.getString("projectName"), m.getString("categoryCode") + " " + m.getString("categoryName"),
                m.getString("departmentName"), m.getString("officerName"), light(m), remaining, text(m, "dueOn"),
                remaining.startsWith("-") ? "是" : "", m.getBoolean("statutoryOverdue") ? "是" : "", text(m, "orderNote"));
    }

    /** A member's text, empty when it is null or left out. */
    private static String text(JsonObject m, String member) {
        if (!m.containsKey(member) || m.isNull(member)) {
            return "";
        }
        return m.get(member) instanceof jakarta.json.JsonString s ? s.getString() : m.get(member).toString();
    }

    private static String light(JsonObject m) {
        return text(m, "light").isEmpty() ? "" : switch (m.getString("light")) {
            case "RED" -> "红灯";
            case "YELLOW" -> "黄灯";
            default -> "绿灯";
        };
    }

    private static String key(JsonObject m) {
        return m.getString("fileNo") + " " + m.getString("categoryCode");
    }

    @Test
    void theBoardsDrillDownExportsTheFilteredMattersOverRestAsXlsxAndCsv() throws Exception {
        String officer = officer("钱卫东");
        String earlier = lateProject(officer, ServiceFileApiIT.projectCode(), "2026-06-03");
        String later = lateProject(officer, ServiceFileApiIT.projectCode(), "2026-06-10");
        lateProject("officer1", ServiceFileApiIT.projectCode(), "2026-06-03");
        scan();
        List<JsonObject> red = matters("light=RED&officer=" + officer);
        assertEquals(List.of(earlier + " LAND-01", later + " LAND-01"), red.stream().map(HomesBrowserIT::key).toList(),
                "the officer's two red matters, the sooner due first");

        HttpResponse<byte[]> xlsx = api.bytes("api/supervision/matters/export?format=xlsx&light=RED&officer=" + officer, "director");
        assertEquals(200, xlsx.statusCode());
        assertEquals("attachment; filename=\"board.xlsx\"", xlsx.headers().firstValue("Content-Disposition").orElse(""));
        List<List<String>> sheet = xlsx(xlsx.body());
        assertEquals(XLSX_HEADER, String.join(" ", sheet.get(0)));
        assertEquals(3, sheet.size(), "the heading and the filter's two matters: " + sheet);
        assertEquals(exported(red.get(0)), sheet.get(1));
        assertEquals(exported(red.get(1)), sheet.get(2));
        assertEquals("钱卫东", sheet.get(1).get(4));
        assertEquals(List.of("红灯", "是"), List.of(sheet.get(2).get(5), sheet.get(2).get(8)));

        HttpResponse<byte[]> csv = api.bytes("api/supervision/matters/export?format=csv&light=RED&department=LAND&officer=" + officer,
                "director");
        assertEquals(200, csv.statusCode());
        assertEquals("attachment; filename=\"board.csv\"", csv.headers().firstValue("Content-Disposition").orElse(""));
        List<List<String>> table = csv(csv.body());
        assertEquals(XLSX_HEADER, String.join(" ", table.get(0)));
        assertEquals(List.of(exported(red.get(0)), exported(red.get(1))), table.subList(1, table.size()));
        assertEquals(List.of(XLSX_HEADER), csv(api.bytes("api/supervision/matters/export?format=csv&light=RED&department=PLAN&officer="
                + officer, "director").body()).stream().map(r -> String.join(" ", r)).toList(), "no PLAN matter: the heading only");
    }

    @Test
    void thePagesExportButtonsDownloadTheRowsTheFilterKeeps() throws Exception {
        String code = ServiceFileApiIT.projectCode();
        String fileNo = lateProject("officer1", code, "2026-06-05");
        scan();

        browser.open("login.xhtml");
        browser.signIn("director", DEMO_PASSWORD);
        browser.open("projects/list.xhtml");
        browser.type("projects:search", code);
        browser.waitForAjax();
        Path listXlsx = browser.download("projects:exportXlsx", downloads.resolve("list-xlsx"));
        assertEquals("projects.xlsx", listXlsx.getFileName().toString());
        List<List<String>> rows = xlsx(Files.readAllBytes(listXlsx));
        assertEquals(2, rows.size(), "the heading and the one project the search keeps: " + rows);
        assertEquals(List.of("档案号", fileNo, "首页测试项目 " + code, "审批中"),
                List.of(rows.get(0).get(0), rows.get(1).get(0), rows.get(1).get(1), rows.get(1).get(4)));
        Path listCsv = browser.download("projects:exportCsv", downloads.resolve("list-csv"));
        assertEquals("projects.csv", listCsv.getFileName().toString());
        List<List<String>> csvRows = csv(Files.readAllBytes(listCsv));
        // The text columns (file number to town); the investment is a number in the workbook, a text in the file.
        assertEquals(rows.stream().map(r -> r.subList(0, 7)).toList(), csvRows.stream().map(r -> r.subList(0, 7)).toList(),
                "the same rows as the workbook");

        browser.open("supervision/board.xhtml");
        WebElement landRed = browser.driver.findElement(By.xpath(
                "//*[@id='board:departments_data']/tr[td[1][normalize-space()='国土资源局']]//a[contains(@id, ':red')]"));
        browser.clickAjax(landRed.getAttribute("id"));
        assertEquals("国土资源局 · 红灯", browser.text("board:drill:drillTitle"));
        List<JsonObject> landRedMatters = matters("light=RED&department=LAND");
        assertTrue(landRedMatters.stream().anyMatch(m -> m.getString("fileNo").equals(fileNo)), "the late project's LAND-01");
        List<String> expected = landRedMatters.stream().map(HomesBrowserIT::key).toList();
        Path drillXlsx = browser.download("board:drill:drillXlsx", downloads.resolve("drill-xlsx"));
        assertEquals("board.xlsx", drillXlsx.getFileName().toString());
        List<List<String>> drilled = xlsx(Files.readAllBytes(drillXlsx));
        assertEquals(XLSX_HEADER, String.join(" ", drilled.get(0)));
        assertEquals(expected, drilled.subList(1, drilled.size()).stream().map(r -> r.get(0) + " " + r.get(2).split(" ")[0]).toList(),
                "LAND's red matters, most urgent first, and no other");
        assertEquals(exported(landRedMatters.get(0)), drilled.get(1));
        assertEquals(exported(landRedMatters.get(landRedMatters.size() - 1)), drilled.get(drilled.size() - 1));
        Path drillCsv = browser.download("board:drill:drillCsv", downloads.resolve("drill-csv"));
        assertEquals("board.csv", drillCsv.getFileName().toString());
        assertEquals(drilled, csv(Files.readAllBytes(drillCsv)));
    }

    /**
     * A new enterprise's investor with two projects: one with every matter approved (the service awaits a rating), one
     * taken in later, accepted on LAND-01 on a pledge (容缺受理) to bring the red-line map by 2027-01-15.
     */
    @Test
    void theInvestorSeesThePledgeDueAndTheRatingAwaitedInWords() {
        String enterprise = ServiceFileApiIT.creditCode();
        String approvedCode = ServiceFileApiIT.projectCode();
        String approved = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(approvedCode, enterprise, "INDUSTRIAL",
                b -> b.add("name", "评价测试项目 " + approvedCode).add("intakeOn", "2026-06-01"))).assertStatus(201).json()
                .getString("fileNo");
        HostileLedgerIT.approveEveryMatter(api, approved);
        assertEquals("APPROVALS_COMPLETED", api.as("officer1", "GET", "api/projects/" + approved, null).json().getString("status"));
        String pledgedCode = ServiceFileApiIT.projectCode();
        String pledged = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(pledgedCode, enterprise, "INDUSTRIAL",
                b -> b.add("name", "承诺测试项目 " + pledgedCode).add("intakeOn", "2026-06-02"))).assertStatus(201).json()
                .getString("fileNo");
        long meeting = api.as("officer1", "POST", "api/meetings", Json.createObjectBuilder().add("startsAt", "2026-06-03T09:30")
                .add("place", "首页测试会议室").add("projects", Json.createArrayBuilder().add(pledged))
                .add("departments", Json.createArrayBuilder().add("LAND")).build().toString()).assertStatus(201).json()
                .getJsonNumber("id").longValue();
        api.as("dept-land", "POST", "api/meetings/" + meeting + "/opinions", Json.createObjectBuilder().add("projectFileNo", pledged)
                .add("departmentCode", "LAND").add("verdict", "FEASIBLE").add("materials", Json.createArrayBuilder().add("用地红线图"))
                .build().toString()).assertStatus(200);
        api.as("officer1", "POST", "api/projects/" + pledged + "/notification/partial-acceptances",
                ApiClient.json("categoryCode", "LAND-01", "pledge", "十个工作日内补齐用地红线图", "deadline", "2027-01-15")).assertStatus(201);
        // The notification lists what the matters ahead need (the catalogue's materials with the opinion's): all of it is
        // still to hand in.
        long toHandIn = api.as("officer1", "GET", "api/projects/" + pledged + "/notification", null).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(i -> i.getString("state").equals("OUTSTANDING"))
                .count();
        assertTrue(toHandIn > 0, "the red-line map at least");
        String investor = ProjectDeskDeployment.uniqueUsername("homes-investor");
        api.asAdmin("POST", "api/accounts", Json.createObjectBuilder().add("username", investor).add("displayName", "首页测试投资方")
                .add("password", "homes-investor-1").add("roles", Json.createArrayBuilder().add("INVESTOR"))
                .add("enterpriseCode", enterprise).build().toString()).assertStatus(201);

        browser.open("login.xhtml");
        browser.signIn(investor, "homes-investor-1");

        assertEquals("贵企业共 2 个项目", browser.text("investorProjects"));
        List<String> waiting = browser.driver.findElements(By.cssSelector("#investorWaiting li")).stream()
                .map(li -> li.getText().strip()).toList();
        assertEquals(List.of("承诺测试项目 " + pledgedCode + "：待提交材料 " + toHandIn + " 份",
                "承诺测试项目 " + pledgedCode + "：承诺 1 项待履行，最早 2027-01-15 到期",
                "评价测试项目 " + approvedCode + "：审批已全部办结，请评价服务"), waiting, "the newest project first");
        browser.clickAndWaitForPage(browser.driver.findElement(By.cssSelector("#investorWaiting a[id$='rating']")).getAttribute("id"));
        assertTrue(browser.pathAndQuery().startsWith("/portal/status.xhtml?fileNo=" + approved), browser.pathAndQuery());
    }

    /**
     * The leader's four figures are the board's for this week (the test clock's today, Monday 2026-12-28, is the
     * week's first day), and the director's caseloads box says each officer's open projects as the caseloads do.
     */
    @Test
    void theLeadersFiguresAndTheDirectorsCaseloadsAreTheApis() {
        String officer = officer("孙晓梅");
        String first = lateProject(officer, ServiceFileApiIT.projectCode(), "2026-06-04");
        lateProject(officer, ServiceFileApiIT.projectCode(), "2026-06-11");
        scan();

        java.time.LocalDate today = TestClock.today();
        java.time.LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        JsonObject board = api.as("leader", "GET", "api/supervision/board?from=" + monday + "&to=" + today, null).assertStatus(200)
                .json();
        browser.open("login.xhtml");
        browser.signIn("leader", DEMO_PASSWORD);
        JsonObject total = board.getJsonObject("townsTotal");
        List<String> figures = browser.driver.findElements(By.cssSelector("#leader .pd-figures li")).stream()
                .map(li -> li.getText().strip()).toList();
        assertEquals(List.of(total.getInt("projects") + " 个在档项目", total.getInt("inApproval") + " 个审批中",
                total.getInt("started") + " 个已开工", board.getJsonNumber("yellow").longValue() + " 个审批事项亮黄灯"), figures);
        assertTrue(total.getInt("inApproval") > 0, "the seeded projects are in approval");

        List<JsonObject> caseloads = api.as("director", "GET", "api/projects/caseloads", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject ours = caseloads.stream().filter(c -> c.getString("officer").equals(officer)).findFirst().orElseThrow();
        assertEquals(List.of(2, 2, 2), List.of(ours.getInt("openProjects"), ours.getInt("red"), ours.getInt("overdue")));
        String firstDue = api.as("officer1", "GET", "api/projects/" + first, null).json().getJsonArray("matters")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("categoryCode").equals("LAND-01")).findFirst()
                .orElseThrow().getString("dueOn");
        assertEquals(firstDue, ours.getString("nextDueOn"), "the sooner of the two LAND-01s' due dates");

        browser.forgetCookies();
        browser.open("login.xhtml");
        browser.signIn("director", DEMO_PASSWORD);
        List<String> box = browser.driver.findElements(By.cssSelector("#caseloads li")).stream().map(li -> li.getText().strip()).toList();
        assertEquals(caseloads.stream().sorted(Comparator.comparing(c -> c.getString("officer")))
                .map(c -> c.getString("displayName") + "：" + c.getInt("openProjects") + "个在办项目").toList(), box,
                "every officer, by login, with the caseloads' count");
        assertTrue(box.contains("孙晓梅：2个在办项目"), box.toString());
    }

    /** The caseload page: most urgent first, each light and overdue count marked, and an officer's matters with days left. */
    @Test
    void theCaseloadPageMarksLightsDaysLeftAndOverdueMostUrgentFirst() {
        String officer = officer("周建国");
        for (int i = 0; i < 3; i++) {
            lateProject(officer, ServiceFileApiIT.projectCode(), "2026-06-0" + (3 + i));
        }
        scan();
        List<JsonObject> caseloads = api.as("director", "GET", "api/projects/caseloads", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class);

        browser.open("login.xhtml");
        browser.signIn("director", DEMO_PASSWORD);
        browser.open("projects/caseload.xhtml");
        List<List<String>> rows = browser.tableTexts("caseload:officers");
        assertEquals(caseloads.size(), rows.size());
        for (int i : List.of(0, rows.size() / 2, rows.size() - 1)) {
            JsonObject c = caseloads.get(i);
            String due = text(c, "nextDueOn").isEmpty() ? "" : c.getString("nextDueOn")
                    + (c.getJsonArray("provisional").toString().contains("nextDueOn") ? " 暂定" : "");
            assertEquals(List.of(c.getString("displayName"), String.valueOf(c.getInt("openProjects")), String.valueOf(c.getInt("red")),
                    String.valueOf(c.getInt("yellow")), String.valueOf(c.getInt("overdue")), due), rows.get(i), "row " + i);
            List<WebElement> cells = browser.driver.findElements(By.cssSelector("[id='caseload:officers_data'] > tr")).get(i)
                    .findElements(By.tagName("td"));
            assertEquals(c.getInt("red") > 0, present(cells.get(2), ".pd-light-RED"), "row " + i + " red marked");
            assertEquals(c.getInt("yellow") > 0, present(cells.get(3), ".pd-light-YELLOW"), "row " + i + " yellow marked");
            assertEquals(c.getInt("overdue") > 0, present(cells.get(4), ".pd-overdue"), "row " + i + " overdue marked");
        }
        int ours = caseloads.stream().map(c -> c.getString("officer")).toList().indexOf(officer);
        assertEquals(List.of("周建国", "3", "3", "0", "3"), rows.get(ours).subList(0, 5));

        browser.clickAjax(browser.driver.findElements(By.cssSelector("[id='caseload:officers_data'] > tr")).get(ours)
                .findElement(By.cssSelector("a[id$=':show']")).getAttribute("id"));
        assertEquals("在办事项（按紧急程度）：周建国", browser.text("caseload:mine:mineTitle"));
        List<JsonObject> mine = matters("officer=" + officer);
        List<List<String>> shown = browser.tableTexts("caseload:mine");
        assertEquals(mine.size(), shown.size());
        for (int i : List.of(0, shown.size() - 1)) {
            JsonObject m = mine.get(i);
            assertEquals(List.of(m.getString("fileNo"), "LAND-01 " + m.getString("categoryName"), "红灯",
                    m.getInt("remainingWorkingDays") + " 已超期"), List.of(shown.get(i).get(0), shown.get(i).get(2), shown.get(i).get(5),
                    shown.get(i).get(6)), "matter row " + i);
        }
        assertTrue(mine.get(0).getString("dueOn").compareTo(mine.get(mine.size() - 1).getString("dueOn")) < 0, "the sooner due first");
    }

    private static boolean present(WebElement cell, String css) {
        return !cell.findElements(By.cssSelector(css)).isEmpty();
    }

    private static List<List<String>> xlsx(byte[] file) throws IOException {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            int columns = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** A CSV file as the exports write it: a UTF-8 byte order mark, then the rows. */
    private static List<List<String>> csv(byte[] file) {
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(file[0], file[1], file[2]), "a byte order mark");
        return ReferenceDataBrowserIT.Csv.parse(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)).stream()
                .filter(r -> !(r.size() == 1 && r.get(0).isEmpty())).toList();
    }
}
