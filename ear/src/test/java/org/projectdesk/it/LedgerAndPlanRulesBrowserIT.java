package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The plan rules page and the ledger page in a headless Chromium. Plan rules: the director sees
 * which categories each project type is planned with (in Chinese and in English), a changed rule
 * is saved, stays on reload and plans the next intake, a save from a table read before someone
 * else's change is refused with its message; an officer may not open the page. Every test puts the
 * rules back as shipped (only an infrastructure cell is ever changed, and only while the test runs).
 * Ledger: the export is a CSV with a byte-order mark in the ledger layout; a file with problems in
 * several projects lists each by line and column and takes in nothing; a good file with one new
 * project (fresh project and credit codes) is previewed, then imported, and the project is on the
 * list and in the API. Screenshots: target/screenshots/plan-rules.png, ledger-problems.png, ledger-preview.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgerAndPlanRulesBrowserIT {

    private static final String APP = "重大项目代办服务台";
    private static final List<String> TYPES_ZH = List.of("工业项目", "公共建筑", "商住项目", "基础设施");
    private static final int INFRASTRUCTURE = 3;
    /** The shipped rules (config/catalogue/plan-rules.csv) where they are not "every type". */
    private static final Map<String, List<Boolean>> NOT_FOR_EVERY_TYPE = Map.of(
            "EIC-01", List.of(true, false, false, false),
            "SAFETY-01", List.of(true, false, false, false),
            "SAFETY-02", List.of(true, false, false, false),
            "CAD-01", List.of(true, true, true, false));
    private static final List<String> LEDGER_COLUMNS = List.of("file_no", "project_code", "project_name", "enterprise_name",
            "credit_code", "type", "town", "land_status", "investment", "officer", "intake_on", "category", "matter_status",
            "accepted_on", "decided_on", "document_no", "external_due_on", "simulated_on", "simulated_document_no",
            "step_on", "note", "suspension", "pledge", "procedure_type", "land_held_on");
    private static final String SAVED = "审批计划规则已保存。";
    private static final String STALE = "该记录已被他人修改，列表已刷新，请重新操作。";

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    /** The words the ledger writes for the codes (ledger-terms.properties). */
    private static final Map<String, String> MATTER_STATES = Map.of("PLANNED", "计划中", "MATERIALS_IN_PREPARATION", "材料准备中",
            "ACCEPTED", "已受理", "IN_REVIEW", "审查中", "SUSPENDED", "暂停计时", "SIMULATED", "模拟审批", "APPROVED", "已批准",
            "RETURNED", "已退回", "DROPPED", "已取消", "HALTED", "已中止");
    private static final Map<String, String> PROJECT_TYPES = Map.of("INDUSTRIAL", "工业项目", "PUBLIC_BUILDING", "公共建筑",
            "COMMERCIAL_RESIDENTIAL", "商住项目", "INFRASTRUCTURE", "基础设施");

    private String townName(String code) {
        return api.as("officer1", "GET", "api/towns/" + code, null).assertStatus(200).json().getString("name");
    }

    /** A failed test leaves target/screenshots/failed-ledger-rules-{test}.png behind. */
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-ledger-rules-");

    @ArquillianResource
    URL injectedBase;

    private URI base;
    private ApiClient api;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    @BeforeEach
    void newSession() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
        browser.at(base).forgetCookies();
    }

    // ---------------------------------------------------------------- plan rules

    @Test
    void theDirectorSeesWhichCategoriesEachProjectTypeIsPlannedWith() {
        signInTo("reference/plan-rules.xhtml", "director");
        assertEquals("审批计划规则 · " + APP, browser.driver.getTitle());
        assertEquals("审批计划规则", browser.driver.findElement(By.cssSelector("h1.pd-title")).getText().strip());
        assertEquals("受理时按项目类型自动纳入审批计划的事项。修改只影响此后受理的项目，已有计划不变；专员可针对单个项目增减事项。",
                browser.driver.findElement(By.cssSelector("main > p")).getText().strip());
        List<String> headers = new ArrayList<>(List.of("代码", "名称"));
        headers.addAll(TYPES_ZH);
        assertEquals(headers, columnHeaders());
        assertEquals("保存", browser.text("rules:save"));

        List<JsonObject> categories = categoriesInForce();
        List<List<String>> rows = browser.tableTexts("rules:table");
        assertEquals(categories.stream().map(c -> List.of(c.getString("code"), c.getString("name"))).toList(),
                rows.stream().map(r -> r.subList(0, 2)).toList(), "every category in force, in the catalogue's order");
        assertEquals(shippedRules(categories), planned());
        browser.screenshot("plan-rules");
    }

    @Test
    void thePlanRulesInEnglish() {
        signInTo("reference/plan-rules.xhtml", "admin");
        browser.clickAndWaitForPage("shell:language");
        try {
            assertEquals("Plan rules · Project Desk", browser.driver.getTitle());
            assertEquals(List.of("Code", "Name", "Industrial", "Public building", "Commercial and residential", "Infrastructure"),
                    columnHeaders());
            assertEquals(categoriesInForce().stream().map(c -> List.of(c.getString("code"), c.getString("nameEn"))).toList(),
                    browser.tableTexts("rules:table").stream().map(r -> r.subList(0, 2)).toList(), "the categories' English names");
            assertEquals("Save", browser.text("rules:save"));
        } finally {
            browser.clickAndWaitForPage("shell:language");
        }
        assertEquals("审批计划规则 · " + APP, browser.driver.getTitle());
    }

    @Test
    void aChangedRuleIsSavedStaysOnReloadAndPlansTheNextIntake() {
        signInTo("reference/plan-rules.xhtml", "director");
        assertTrue(planned().get("QUAKE-01").get(INFRASTRUCTURE), "as shipped, infrastructure is planned with QUAKE-01");
        try {
            toggle("QUAKE-01", INFRASTRUCTURE);
            assertFalse(planned().get("QUAKE-01").get(INFRASTRUCTURE), "the box is cleared before saving");
            save();
            assertEquals(SAVED, infoMessage());
            assertEquals(List.of(true, true, true, false), planned().get("QUAKE-01"));

            browser.open("reference/plan-rules.xhtml");
            assertEquals(List.of(true, true, true, false), planned().get("QUAKE-01"), "kept on reload");
            List<String> infrastructure = plannedCategories("INFRASTRUCTURE");
            assertEquals(17, infrastructure.size(), infrastructure.toString());
            assertFalse(infrastructure.contains("QUAKE-01"), infrastructure.toString());
            assertTrue(plannedCategories("INDUSTRIAL").contains("QUAKE-01"), "other types unchanged");
        } finally {
            restoreShippedRules();
        }
        assertEquals(List.of(true, true, true, true), planned().get("QUAKE-01"));
        List<String> infrastructure = plannedCategories("INFRASTRUCTURE");
        assertEquals(18, infrastructure.size(), infrastructure.toString());
        assertTrue(infrastructure.contains("QUAKE-01"), infrastructure.toString());
    }

    @Test
    void aSaveFromATableReadBeforeSomeoneElsesChangeIsRefused() {
        signInTo("reference/plan-rules.xhtml", "director");
        String stale = browser.driver.getWindowHandle();
        try {
            // Meanwhile, in another tab, the rule for TRANS-01 changes.
            browser.driver.switchTo().newWindow(WindowType.TAB);
            browser.open("reference/plan-rules.xhtml");
            toggle("TRANS-01", INFRASTRUCTURE);
            save();
            assertEquals(SAVED, infoMessage());
            browser.driver.close();
            browser.driver.switchTo().window(stale);

            // The first tab still shows the rules as they were; its change is refused and the table reloaded.
            assertTrue(planned().get("TRANS-01").get(INFRASTRUCTURE), "the first tab was read before the change");
            toggle("QUAKE-01", INFRASTRUCTURE);
            save();
            assertEquals(STALE, errorMessage());
            assertFalse(browser.present(By.cssSelector("[id='messages'] .ui-messages-info")), "not saved");
            assertEquals(List.of(true, true, true, false), planned().get("TRANS-01"), "the other change is shown");
            assertEquals(List.of(true, true, true, true), planned().get("QUAKE-01"), "the refused change is not kept");
            List<String> infrastructure = plannedCategories("INFRASTRUCTURE");
            assertTrue(infrastructure.contains("QUAKE-01") && !infrastructure.contains("TRANS-01"), infrastructure.toString());
        } finally {
            if (browser.driver.getWindowHandles().size() > 1) {
                for (String handle : browser.driver.getWindowHandles()) {
                    if (!handle.equals(stale)) {
                        browser.driver.switchTo().window(handle).close();
                    }
                }
                browser.driver.switchTo().window(stale);
            }
            restoreShippedRules();
        }
        assertEquals(shippedRules(categoriesInForce()), planned());
    }

    @Test
    void anOfficerMayNotOpenThePlanRules() {
        signInTo("reference/plan-rules.xhtml", "officer1");
        assertEquals("无权访问 · " + APP, browser.driver.getTitle());
        assertEquals("无权访问", browser.text("errorTitle"));
        assertFalse(browser.present(By.id("rules:table")));
        assertFalse(browser.present(By.id("rules:save")));
    }

    // ---------------------------------------------------------------- ledger

    @Test
    void theExportIsACsvWithAByteOrderMarkInTheLedgerLayout() throws Exception {
        signInTo("projects/ledger.xhtml", "officer1");
        assertEquals("项目台账 · " + APP, browser.driver.getTitle());
        assertEquals("导出台账（CSV）", browser.text("export:download"));
        assertEquals("检查文件", browser.text("upload:preview"));
        assertFalse(browser.present(By.id("importPreview")), "no preview before a file is checked");

        Path exported = browser.download("export:download", workDir().resolve("export-" + System.nanoTime()));
        assertEquals("ledger.csv", exported.getFileName().toString());
        byte[] bytes = Files.readAllBytes(exported);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF,
                "the export starts with a byte-order mark for Excel");
        List<List<String>> table = ReferenceDataBrowserIT.Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(LEDGER_COLUMNS, table.get(0));
        assertTrue(table.stream().allMatch(r -> r.size() == LEDGER_COLUMNS.size()), "every row has every column");

        // A demo project's rows are its matters, as the API reads them.
        JsonObject file = api.as("officer1", "GET", "api/projects/XF-2026-0001", null).assertStatus(200).json();
        List<List<String>> expected = file.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .map(m -> List.of(m.getString("categoryCode"), MATTER_STATES.get(m.getString("status")), orEmpty(m, "acceptedOn"),
                        orEmpty(m, "decidedOn"), orEmpty(m, "documentNo")))
                .sorted(java.util.Comparator.comparing(r -> r.get(0))).toList();
        List<List<String>> rows = table.stream().skip(1).filter(r -> r.get(0).equals("XF-2026-0001")).toList();
        assertEquals(expected, rows.stream().map(r -> List.of(r.get(11), r.get(12), r.get(13), r.get(14), r.get(15))).toList());
        // Types, towns and states in the words the office knows, as the import reads them back.
        assertEquals(List.of(file.getString("projectCode"), file.getString("name"), file.getJsonObject("enterprise").getString("name"),
                        file.getJsonObject("enterprise").getString("creditCode"), PROJECT_TYPES.get(file.getString("type")),
                        townName(file.getString("town")), file.getString("intakeOn")),
                List.of(rows.get(0).get(1), rows.get(0).get(2), rows.get(0).get(3), rows.get(0).get(4), rows.get(0).get(5),
                        rows.get(0).get(6), rows.get(0).get(10)));
    }

    @Test
    void aLedgerWithProblemsListsEachByLineAndColumnAndTakesInNothing() throws Exception {
        String wrongCheck = ServiceFileApiIT.creditCode();
        char expectedCheck = wrongCheck.charAt(17);
        char typed = expectedCheck == '0' ? '1' : '0';
        wrongCheck = wrongCheck.substring(0, 17) + typed;
        String a = ServiceFileApiIT.projectCode();
        String b = ServiceFileApiIT.projectCode();
        String c = ServiceFileApiIT.projectCode();
        String d = ServiceFileApiIT.projectCode();
        String e = ServiceFileApiIT.projectCode();
        String credit = ServiceFileApiIT.creditCode();
        String taken = api.as("officer1", "GET", "api/projects/XF-2026-0001", null).assertStatus(200).json().getString("projectCode");
        List<List<String>> lines = List.of(
                ledgerLine(a, "台账测试甲", wrongCheck, "INDUSTRIAL", "8000", "DRC-01", "PLANNED", "", "", ""),
                ledgerLine(b, "台账测试乙", credit, "INDUSTRIAL", "8000", "PLAN-03", "APPROVED", "2026-06-02", "2026-06-03", "海规〔2026〕9号"),
                ledgerLine(b, "台账测试乙", credit, "INDUSTRIAL", "8000", "LAND-01", "ACCEPTED", "2026-13-01", "", ""),
                ledgerLine(c, "台账测试丙", credit, "FACTORY", "8000", "DRC-01", "PLANNED", "", "", ""),
                ledgerLine(d, "台账测试丁", credit, "INDUSTRIAL", "八千", "DRC-01", "PLANNED", "", "", ""),
                ledgerLine(e, "台账测试戊", credit, "PUBLIC_BUILDING", "8000", "EIC-01", "PLANNED", "", "", ""),
                ledgerLine(e, "台账测试戊", credit, "PUBLIC_BUILDING", "8000", "DRC-01", "DONE", "", "", ""),
                ledgerLine(taken, "台账测试己", credit, "INDUSTRIAL", "8000", "DRC-01", "PLANNED", "", "", ""));
        Path bad = writeLedger("ledger-problems.csv", lines);

        signInTo("projects/ledger.xhtml", "officer1");
        preview(bad);
        assertEquals("检查结果： ledger-problems.csv", browser.text("importPreview:summary_header"));
        assertEquals("发现以下问题，未做任何修改", browser.driver.findElement(
                By.cssSelector("[id='importPreview:problems'] .ui-datatable-header")).getText().strip());
        assertEquals(List.of("行", "列", "问题"), browser.driver.findElements(
                By.cssSelector("[id='importPreview:problems'] thead th")).stream().map(th -> th.getText().strip()).toList());
        assertEquals(List.of(
                List.of("2", "credit_code", "校验码为“" + typed + "”，按GB 32100前17位应为“" + expectedCheck + "”，代码有录入错误"),
                List.of("3", "matter_status", "PLAN-03须在前置事项LAND-02, PLAN-02批准后才能批准"),
                List.of("4", "accepted_on", "“2026-13-01”不是YYYY-MM-DD格式的日期"),
                List.of("5", "type", "“FACTORY”必须是以下之一：工业项目, 公共建筑, 商住项目, 基础设施"),
                List.of("6", "investment", "“八千”不是数字"),
                List.of("7", "category", "该服务档案中没有事项EIC-01"),
                List.of("8", "matter_status", "“DONE”必须是以下之一：计划中, 材料准备中, 已受理, 审查中, 暂停计时, 模拟审批, 已批准, 已退回, 已取消, 已中止"),
                List.of("9", "project_code", "项目代码" + taken + "已受理过")), browser.tableTexts("importPreview:problems"));
        assertFalse(browser.present(By.id("importPreview:apply")), "no import button for a file with problems");
        assertFalse(browser.present(By.id("willImport")));
        screenshotOfPreview("ledger-problems");

        for (String code : List.of(a, b, c, d, e)) {
            assertEquals(0, projects("search=" + code).getInt("total"), code + " was not taken in");
        }
        assertEquals(1, projects("search=" + taken).getInt("total"), "the demo project is still the only one with its code");
    }

    @Test
    void checkingWithoutAFileAsksForOne() {
        signInTo("projects/ledger.xhtml", "director");
        browser.clickAndWaitForPage("upload:preview");
        assertEquals("请选择要检查的台账CSV文件", browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='messages'] .ui-messages-error-summary"))).getText().strip());
        assertFalse(browser.present(By.id("importPreview")));
    }

    @Test
    void aGoodLedgerIsPreviewedThenImportedAndTheProjectIsListed() throws Exception {
        String code = ServiceFileApiIT.projectCode();
        String credit = ServiceFileApiIT.creditCode();
        String name = "台账导入项目 " + code.substring(18);
        String enterprise = "台账导入企业 " + credit.substring(10, 17);
        List<List<String>> lines = List.of(
                ledgerLine(code, name, enterprise, credit, "INDUSTRIAL", "6600.5", "DRC-01", "APPROVED", "2026-06-02", "2026-06-03",
                        "海发改备〔2026〕88号"),
                ledgerLine(code, name, enterprise, credit, "INDUSTRIAL", "6600.5", "LAND-01", "ACCEPTED", "2026-06-04", "", ""),
                ledgerLine(code, name, enterprise, credit, "INDUSTRIAL", "6600.5", "PLAN-01", "PLANNED", "", "", ""));
        Path good = writeLedger("ledger-good.csv", lines);

        signInTo("projects/ledger.xhtml", "officer1");
        preview(good);
        assertEquals("检查结果： ledger-good.csv", browser.text("importPreview:summary_header"));
        assertEquals("文件检查通过：共1个项目，3个审批事项。", browser.text("willImport"));
        assertEquals("导入", browser.text("importPreview:apply"));
        assertFalse(browser.present(By.id("importPreview:problems")));
        screenshotOfPreview("ledger-preview");
        assertEquals(0, projects("search=" + code).getInt("total"), "the preview takes nothing in");

        browser.clickAndWaitForPage("importPreview:apply");
        assertEquals("已导入1个项目，3个审批事项。", browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='messages'] .ui-messages-info-summary"))).getText().strip());
        assertFalse(browser.present(By.id("importPreview")), "the preview is gone");

        // In the API: a new service file with the ledger's states.
        JsonObject page = projects("search=" + code);
        assertEquals(1, page.getInt("total"), page.toString());
        String fileNo = page.getJsonArray("items").getJsonObject(0).getString("fileNo");
        JsonObject file = api.as("officer1", "GET", "api/projects/" + fileNo, null).assertStatus(200).json();
        assertEquals(code, file.getString("projectCode"));
        assertEquals(name, file.getString("name"));
        assertEquals(enterprise, file.getJsonObject("enterprise").getString("name"));
        assertEquals(credit, file.getJsonObject("enterprise").getString("creditCode"));
        assertEquals("INDUSTRIAL", file.getString("type"));
        assertEquals("HMKFQ", file.getString("town"));
        assertEquals("2026-06-01", file.getString("intakeOn"));
        assertEquals("officer1", file.getString("officer"));
        assertEquals("IN_APPROVAL", file.getString("status"));
        assertEquals(0, file.getJsonNumber("investment").bigDecimalValue().compareTo(new java.math.BigDecimal("6600.5")));
        Map<String, JsonObject> matters = file.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(m -> m.getString("categoryCode"), m -> m));
        assertEquals(22, matters.size(), "the whole industrial plan");
        assertEquals(List.of("APPROVED", "2026-06-02", "2026-06-03", "海发改备〔2026〕88号"), List.of(matters.get("DRC-01").getString("status"),
                orEmpty(matters.get("DRC-01"), "acceptedOn"), orEmpty(matters.get("DRC-01"), "decidedOn"),
                orEmpty(matters.get("DRC-01"), "documentNo")));
        assertEquals(List.of("ACCEPTED", "2026-06-04"), List.of(matters.get("LAND-01").getString("status"),
                orEmpty(matters.get("LAND-01"), "acceptedOn")));
        assertEquals("PLANNED", matters.get("PLAN-01").getString("status"));

        // On the project list.
        browser.open("projects/list.xhtml");
        browser.type("projects:search", code);
        browser.waitBriefly(d -> browser.tableTexts("projects:table").size() == 1
                && browser.tableTexts("projects:table").get(0).get(0).equals(fileNo));
        List<String> row = browser.tableTexts("projects:table").get(0);
        assertEquals(List.of(fileNo, name, enterprise), row.subList(0, 3));

        // The same file again: its project code is taken now.
        browser.open("projects/ledger.xhtml");
        preview(good);
        assertEquals(List.of(List.of("2", "project_code", "项目代码" + code + "已受理过")), browser.tableTexts("importPreview:problems"));
        assertFalse(browser.present(By.id("importPreview:apply")));
    }

    @Test
    void theDirectorsImportTellsTheOfficerOnceAndTheNoticeOpensTheirProjects() throws Exception {
        List<String> codes = List.of(ServiceFileApiIT.projectCode(), ServiceFileApiIT.projectCode());
        String credit = ServiceFileApiIT.creditCode();
        List<List<String>> lines = new ArrayList<>();
        for (String code : codes) {
            List<String> line = new ArrayList<>(ledgerLine(code, "台账交办项目 " + code.substring(18), credit, "INDUSTRIAL", "5000",
                    "DRC-01", "PLANNED", "", "", ""));
            line.set(9, "officer2");
            lines.add(line);
        }
        Path file = writeLedger("ledger-officer2.csv", lines);
        signInTo("projects/ledger.xhtml", "director");
        preview(file);
        browser.clickAndWaitForPage("importPreview:apply");
        assertEquals("已导入2个项目，2个审批事项。", browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='messages'] .ui-messages-info-summary"))).getText().strip());
        List<String> fileNos = codes.stream().map(code -> projects("search=" + code).getJsonArray("items").getJsonObject(0)
                .getString("fileNo")).toList();

        browser.forgetCookies();
        signInTo("inbox.xhtml", "officer2");
        String said = "台账导入的2个项目已交由您负责协调服务：" + fileNos.get(0) + "、" + fileNos.get(1)
                + "。全部项目可在“服务档案”中按专员筛选查看。";
        WebElement notice = browser.driver.findElement(By.linkText(said));
        notice.click();
        browser.waitUntil(ExpectedConditions.urlContains("projects/list.xhtml"));
        assertEquals("/projects/list.xhtml?officer=officer2", browser.pathAndQuery());
        String officerName = api.as("director", "GET", "api/projects/caseloads", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("officer").equals("officer2")).findFirst()
                .orElseThrow().getString("displayName");
        assertEquals(officerName, browser.text("projects:officer_label"), "the list opens narrowed to the officer");
        browser.type("projects:search", codes.get(1));
        browser.waitBriefly(d -> browser.tableTexts("projects:table").size() == 1
                && browser.tableTexts("projects:table").get(0).get(0).equals(fileNos.get(1)));
    }

    // ---------------------------------------------------------------- helpers

    private void signInTo(String page, String username) {
        browser.open(page);
        assertEquals("/login.xhtml?continue=" + java.net.URLEncoder.encode("/" + page, StandardCharsets.UTF_8),
                browser.pathAndQuery());
        browser.signIn(username, DEMO_PASSWORD);
        assertEquals("/" + page, browser.pathAndQuery());
    }

    private List<String> columnHeaders() {
        return browser.driver.findElements(By.cssSelector("[id='rules:table'] thead th")).stream()
                .map(th -> th.getText().strip()).toList();
    }

    /** Each category's row: whether each project type (in the table's order) is planned with it. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Boolean>> planned() {
        List<List<Object>> rows = (List<List<Object>>) ((JavascriptExecutor) browser.driver).executeScript(
                "return Array.from(document.getElementById('rules:table_data').children).map(function (tr) {"
                        + " return [tr.children[0].innerText.trim()].concat(Array.from(tr.querySelectorAll('input[type=checkbox]'))"
                        + ".map(function (box) { return box.checked; })); });");
        Map<String, List<Boolean>> planned = new LinkedHashMap<>();
        rows.forEach(r -> planned.put((String) r.get(0), r.subList(1, r.size()).stream().map(Boolean.class::cast).toList()));
        return planned;
    }

    private static Map<String, List<Boolean>> shippedRules(List<JsonObject> categories) {
        Map<String, List<Boolean>> rules = new LinkedHashMap<>();
        categories.forEach(c -> rules.put(c.getString("code"),
                NOT_FOR_EVERY_TYPE.getOrDefault(c.getString("code"), List.of(true, true, true, true))));
        return rules;
    }

    /** Clicks the checkbox of the category's row in the type's column (0 = industrial … 3 = infrastructure). */
    private void toggle(String category, int type) {
        List<String> codes = List.copyOf(planned().keySet());
        int row = codes.indexOf(category);
        assertTrue(row >= 0, category + " in " + codes);
        boolean before = planned().get(category).get(type);
        browser.waitBriefly(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "[id='rules:table_data'] > tr:nth-child(" + (row + 1) + ") > td:nth-child(" + (type + 3) + ") .ui-chkbox-box"))).click();
        browser.waitBriefly(d -> planned().get(category).get(type) != before);
    }

    private void save() {
        browser.clickAjax("rules:save");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='messages'] .ui-messages-info, [id='messages'] .ui-messages-error")));
    }

    /** Puts every rule back as shipped through the page, if a test changed one. */
    private void restoreShippedRules() {
        browser.open("reference/plan-rules.xhtml");
        Map<String, List<Boolean>> shipped = shippedRules(categoriesInForce());
        Map<String, List<Boolean>> shown = planned();
        if (shown.equals(shipped)) {
            return;
        }
        shipped.forEach((code, types) -> {
            for (int type = 0; type < types.size(); type++) {
                if (!shown.get(code).get(type).equals(types.get(type))) {
                    toggle(code, type);
                }
            }
        });
        save();
        assertEquals(SAVED, infoMessage());
        assertEquals(shipped, planned());
    }

    /** The categories an intake of this type is planned with now: a project taken in through the API. */
    private List<String> plannedCategories(String type) {
        return api.as("officer1", "POST", "api/projects",
                        ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(), ServiceFileApiIT.creditCode(), type, b -> { }))
                .assertStatus(201).json().getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("categoryCode")).sorted().toList();
    }

    private String infoMessage() {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='messages'] .ui-messages-info-summary"))).getText().strip();
    }

    private String errorMessage() {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='messages'] .ui-messages-error-summary"))).getText().strip();
    }

    private List<JsonObject> categoriesInForce() {
        return api.get("api/catalogue/categories", "admin", DEMO_PASSWORD).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class);
    }

    private JsonObject projects(String query) {
        return api.as("director", "GET", "api/projects?" + query, null).assertStatus(200).json();
    }

    /** Chooses the file in the upload form and checks it (a full-page submit). */
    private void preview(Path file) {
        browser.chooseFile("upload:file_input", file);
        browser.clickAndWaitForPage("upload:preview");
        browser.visible("importPreview:summary");
    }

    private void screenshotOfPreview(String name) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.visible("importPreview:summary"));
        browser.screenshot(name);
    }

    /** One line of a ledger in the export's layout, for a project taken in on 2026-06-01 by officer1 in HMKFQ. */
    private static List<String> ledgerLine(String projectCode, String name, String creditCode, String type, String investment,
            String category, String status, String acceptedOn, String decidedOn, String documentNo) {
        return ledgerLine(projectCode, name, "台账企业 " + creditCode, creditCode, type, investment, category, status, acceptedOn,
                decidedOn, documentNo);
    }

    private static List<String> ledgerLine(String projectCode, String name, String enterprise, String creditCode, String type,
            String investment, String category, String status, String acceptedOn, String decidedOn, String documentNo) {
        return List.of("", projectCode, name, enterprise, creditCode, type, "HMKFQ", "HELD", investment, "officer1", "2026-06-01",
                category, status, acceptedOn, decidedOn, documentNo, "");
    }

    /** The header and the lines as a UTF-8 CSV file (no byte-order mark) under target/. */
    private static Path writeLedger(String name, List<List<String>> lines) throws IOException {
        List<List<String>> table = new ArrayList<>();
        // An office's own spreadsheet need not carry the export's simulated-approval columns.
        table.add(LEDGER_COLUMNS.subList(0, LEDGER_COLUMNS.indexOf("simulated_on")));
        table.addAll(lines);
        Path dir = Files.createDirectories(workDir().resolve("upload-" + System.nanoTime()));
        return Files.writeString(dir.resolve(name), ReferenceDataBrowserIT.Csv.write(table), StandardCharsets.UTF_8);
    }

    /** Files the tests download or make for upload, under target/. */
    private static Path workDir() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("projectdesk.it.screenshots", "target/screenshots"))
                .resolveSibling("ledger-uploads"));
    }

    private static String orEmpty(JsonObject object, String field) {
        String value = ApiClient.stringOrNull(object, field);
        return value == null ? "" : value;
    }
}
