package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The service-file pages in a headless Chromium: an officer walks the intake wizard (a mistyped
 * credit code keeps the first step) onto the new file, records acceptance and approval in the step
 * dialog and sees a refused step explained in the dialog; an investor meets the 404 page on another
 * enterprise's file and lists only their own projects. Takes in its own project; the demo projects
 * are only read. Screenshots: target/screenshots/intake.png and service-file.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceFileBrowserIT {

    private static final String APP = "重大项目代办服务台";
    private static final Pattern FILE_PAGE = Pattern.compile("/projects/file\\.xhtml\\?fileNo=(XF-2026-\\d{4})");

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    /** A failed test leaves target/screenshots/failed-service-file-{test}.png behind. */
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-service-file-");

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

    @Test
    void anOfficerTakesInThroughTheWizardAndRecordsStepsOnTheNewFile() {
        String projectCode = ServiceFileApiIT.projectCode();
        String creditCode = ServiceFileApiIT.creditCode();
        String wrongCode = creditCode.substring(0, 17) + (creditCode.charAt(17) == '0' ? '1' : '0');
        String name = "浏览器测试项目 " + projectCode.substring(18);
        String enterprise = "浏览器测试企业 " + creditCode.substring(10, 17);

        browser.open("projects/intake.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
        assertEquals("/projects/intake.xhtml", browser.pathAndQuery());
        assertEquals("一口受理 · " + APP, browser.driver.getTitle());

        // Step 1, the enterprise: a mistyped credit code keeps the wizard here with a message.
        browser.type("intake:enterpriseName", enterprise);
        browser.type("intake:creditCode", wrongCode);
        browser.type("intake:contactName", "王五");
        browser.type("intake:contactPhone", "13800000000");
        next();
        assertTrue(browser.text("intake:enterpriseMessages").contains("校验码为“" + wrongCode.charAt(17) + "”"),
                browser.text("intake:enterpriseMessages"));
        assertTrue(browser.visible("intake:enterpriseName").isDisplayed());
        assertFalse(browser.present(By.id("intake:name")), "still on the first step");
        browser.type("intake:creditCode", creditCode);
        next();

        // Step 2, the project.
        browser.type("intake:name", name);
        browser.type("intake:projectCode", projectCode.replace("-", ""));
        browser.type("intake:investment_input", "8800.5");
        browser.type("intake:industry", "新材料");
        assertEquals("工业项目", browser.text("intake:type_label"));
        next();

        // Step 3, the site.
        browser.selectFromMenu("intake:town", "海门港新区");
        browser.selectFromMenu("intake:land", "出让中");
        browser.typeDate("intake:groundbreaking_input", "2026-12-15");
        browser.type("intake:notes", "经由向导受理");
        next();

        // Step 4, the officer (the officer taking in is proposed) and the day of intake.
        assertTrue(browser.text("intake:officerChoice_label").startsWith("李明"), browser.text("intake:officerChoice_label"));
        browser.typeDate("intake:intakeOn_input", ServiceFileApiIT.INTAKE_ON);
        browser.screenshot("intake");
        next();
        browser.clickAndWaitForPage("intake:takeIn");

        Matcher page = FILE_PAGE.matcher(browser.pathAndQuery());
        assertTrue(page.matches(), browser.pathAndQuery());
        String fileNo = page.group(1);
        assertEquals(fileNo + " " + name + " · " + APP, browser.driver.getTitle());
        assertEquals("已受理", browser.text("status"));
        assertEquals("李明", browser.text("officer"));
        assertEquals("30", browser.text("criticalPath"));
        browser.visible("timeline");
        List<List<String>> rows = browser.tableTexts("matters:table");
        assertEquals(22, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get(3).equals("计划中")), rows.toString());

        // What the wizard took in, as the API reads it.
        JsonObject file = api.as("officer1", "GET", "api/projects/" + fileNo, null).assertStatus(200).json();
        assertEquals(projectCode, file.getString("projectCode"));
        assertEquals(name, file.getString("name"));
        assertEquals(enterprise, file.getJsonObject("enterprise").getString("name"));
        assertEquals(creditCode, file.getJsonObject("enterprise").getString("creditCode"));
        assertEquals("王五", file.getJsonObject("enterprise").getString("contactName"));
        assertEquals(0, file.getJsonNumber("investment").bigDecimalValue().compareTo(new java.math.BigDecimal("8800.5")));
        assertEquals("INDUSTRIAL", file.getString("type"));
        assertEquals("HMGXQ", file.getString("town"));
        assertEquals("IN_TRANSFER", file.getString("landStatus"));
        assertEquals("2026-12-15", file.getString("targetGroundbreaking"));
        assertEquals(ServiceFileApiIT.INTAKE_ON, file.getString("intakeOn"));
        assertEquals("officer1", file.getString("officer"));

        // 受理 on DRC-01, then 批准 with a document number.
        recordStep(fileNo, "DRC-01", "受理", "2026-06-02", null);
        assertEquals("DRC-01：已登记“受理”。", browser.text("messages"));
        assertEquals("已受理", row("DRC-01").get(3));
        assertEquals("2026-06-02", row("DRC-01").get(7));
        assertEquals("审批中", browser.text("status"));

        recordStep(fileNo, "DRC-01", "批准", "2026-06-02", "海发改备〔2026〕7号");
        assertEquals("DRC-01：已登记“批准”。", browser.text("messages"));
        List<String> approved = row("DRC-01");
        assertEquals("已批准", approved.get(3));
        assertEquals("2026-06-02 海发改备〔2026〕7号", approved.get(9));
        assertEquals("审批中", browser.text("status"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("service-file");

        // A matter only planned is not offered 批准; 取消事项 without its reason is explained in the dialog, nothing changes.
        int historyBefore = api.as("officer1", "GET", "api/projects/" + fileNo, null).json().getJsonArray("history").size();
        openStepDialog("PLAN-01");
        assertEquals(List.of("准备材料", "受理", "取消事项"), offeredSteps());
        browser.selectFromMenu("eventForm:type", "取消事项");
        browser.typeDate("eventForm:on_input", "2026-06-02");
        browser.clickAjaxBriefly("eventForm:save");
        String error = browser.text("eventForm:eventMessages");
        assertEquals("请填写原因", error);
        assertTrue(browser.driver.findElement(By.id("eventDialog")).isDisplayed(), "the dialog stays open");
        assertEquals("计划中", row("PLAN-01").get(3));
        JsonObject after = api.as("officer1", "GET", "api/projects/" + fileNo, null).json();
        assertEquals(historyBefore, after.getJsonArray("history").size());
        assertEquals("PLANNED", after.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("categoryCode").equals("PLAN-01")).findFirst().orElseThrow().getString("status"));
        assertEquals("IN_APPROVAL", after.getString("status"));
    }

    @Test
    void anInvestorOpeningAnotherEnterprisesFileGetsTheNotFoundPage() throws Exception {
        browser.open("login.xhtml");
        browser.signIn("investor2", DEMO_PASSWORD);

        browser.open("projects/file.xhtml?fileNo=XF-2026-0004");
        assertEquals("页面不存在 · " + APP, browser.driver.getTitle());
        assertEquals("页面不存在", browser.text("errorTitle"));
        assertFalse(browser.driver.getPageSource().contains("宝钢"), "nothing of the project shows");
        assertEquals(404, status("projects/file.xhtml?fileNo=XF-2026-0004"));

        // Their own file opens, without the step buttons of the office.
        browser.open("projects/file.xhtml?fileNo=XF-2026-0001");
        assertEquals("XF-2026-0001 新能源天下光伏组件项目 · " + APP, browser.driver.getTitle());
        assertEquals("已办结", browser.text("status"));
        assertEquals(22, browser.tableTexts("matters:table").size());
        assertFalse(browser.present(By.id("matters:table:0:step")));
    }

    @Test
    void anInvestorListsOnlyTheirOwnProjects() {
        List<String> expected = api.as("investor1", "GET", "api/projects?size=20", null).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(p -> p.getString("fileNo")).toList();

        browser.open("projects/list.xhtml");
        browser.signIn("investor1", DEMO_PASSWORD);
        assertEquals("/projects/list.xhtml", browser.pathAndQuery());
        List<List<String>> rows = browser.tableTexts("projects:table");
        assertEquals(expected, rows.stream().map(r -> r.get(0)).toList());
        assertTrue(rows.stream().allMatch(r -> r.get(2).equals(ServiceFileApiIT.INVESTOR1_ENTERPRISE)), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.get(0).equals("XF-2026-0001")), rows.toString());
        assertFalse(browser.present(By.id("projects:intake")), "investors take nothing in");

        // Another enterprise's project is not found by name either.
        browser.type("projects:search", "新能源天下");
        browser.waitBriefly(d -> browser.tableTexts("projects:table").isEmpty());
        assertEquals("没有符合条件的项目。", browser.driver.findElement(By.cssSelector("[id='projects:table_data'] > tr")).getText().strip());
        browser.type("projects:search", "宝钢");
        browser.waitBriefly(d -> browser.tableTexts("projects:table").size() >= 2
                && browser.tableTexts("projects:table").stream().allMatch(r -> r.get(1).contains("宝钢")));
        List<String> baogang = browser.tableTexts("projects:table").stream().map(r -> r.get(0)).toList();
        assertTrue(baogang.containsAll(List.of("XF-2026-0004", "XF-2026-0005")), baogang.toString());

        // The first column links to the file.
        WebElement link = browser.waitBriefly(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='projects:table_data']//a[normalize-space(.)='XF-2026-0004']")));
        assertTrue(link.getAttribute("href").endsWith("/projects/file.xhtml?fileNo=XF-2026-0004"), link.getAttribute("href"));
        link.click();
        browser.waitBriefly(ExpectedConditions.titleIs("XF-2026-0004 宝钢海宝码头一期工程 · " + APP));
        browser.waitForAjaxBriefly();
        assertEquals(ServiceFileApiIT.INVESTOR1_ENTERPRISE + " (" + ServiceFileApiIT.INVESTOR1_CODE + ")",
                browser.driver.findElement(By.cssSelector(".pd-facts dd")).getText().strip());
    }

    @Test
    void theGanttChartSpeaksThePagesLanguageWithNamedRowsAndALegend() {
        // The test browser is set to Chinese, as the office's are: the chart's script once read the browser's
        // languages and drew Ukrainian months for zh-CN.
        theGanttChartSpeaksThePagesLanguage("zh-CN");
    }

    @Test
    void theGanttChartSpeaksThePagesLanguageToABrowserSetToEnglish() throws Exception {
        // The page's language is the user's choice, not the browser's: an English browser gets a Chinese chart first.
        try (AutoCloseable english = browser.asking("en-US,en")) {
            theGanttChartSpeaksThePagesLanguage("en-US");
        }
    }

    private void theGanttChartSpeaksThePagesLanguage(String browserLanguage) {
        String fileNo = takeIn(b -> { });
        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        browser.signIn("officer1", DEMO_PASSWORD);
        assertEquals(browserLanguage, ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("return navigator.languages[0]"));

        List<String> axis = axisLabels();
        assertTrue(axis.contains("6月"), axis.toString());
        assertFalse(axis.stream().anyMatch(t -> t.matches(".*[\\u0400-\\u04FF].*")), "no Cyrillic: " + axis);
        List<String> rows = timelineRows();
        assertEquals(22, rows.size(), rows.toString());
        assertTrue(rows.contains("DRC-01 企业投资项目核准（备案）"), rows.toString());
        assertEquals(List.of("红框：关键路径上的事项（决定预计办结日期）", "计划中、材料准备中", "已受理、审查中", "暂停计时", "已批准",
                "已退回", "虚线：日期暂定"), legend());
        assertEquals(List.of("DRC-01", "企业投资项目核准（备案）", "发展和改革委员会"), row("DRC-01").subList(0, 3));

        browser.clickAndWaitForPage("shell:language");
        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        List<String> english = axisLabels();
        assertTrue(english.contains("Jun"), english.toString());
        assertTrue(timelineRows().contains("DRC-01 Enterprise investment project approval or filing"), timelineRows().toString());
        assertEquals("Red outline: on the critical path (decides the projected finish)", legend().get(0));
        assertEquals(List.of("DRC-01", "Enterprise investment project approval or filing", "Development and Reform Commission"),
                row("DRC-01").subList(0, 3));
        assertEquals("李明", browser.text("officer"), "a name, not the login officer1");
    }

    @Test
    void theStepDialogOffersTheStepsTheMattersStateAllowsWithOnlyTheirFields() {
        String fileNo = takeIn(b -> { });
        step(fileNo, "DRC-01", "{\"type\":\"ACCEPT\",\"on\":\"2026-06-02\"}");
        step(fileNo, "LAND-01", "{\"type\":\"ACCEPT\",\"on\":\"2026-06-03\"}");
        step(fileNo, "LAND-01", "{\"type\":\"REQUEST_SUPPLEMENT\",\"on\":\"2026-06-04\",\"materials\":[\"用地红线图\"]}");
        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        browser.signIn("officer1", DEMO_PASSWORD);

        openStepDialog("DRC-01");
        assertEquals(List.of("开始审查", "一次性告知补正", "特别程序开始", "批准", "退回"), offeredSteps());
        assertEquals(List.of("步骤", "日期"), dialogFields());
        browser.selectFromMenu("eventForm:type", "批准");
        assertEquals(List.of("步骤", "日期", "批准文号"), dialogFields());
        browser.selectFromMenu("eventForm:type", "退回");
        assertEquals(List.of("步骤", "日期", "原因"), dialogFields());
        browser.selectFromMenu("eventForm:type", "一次性告知补正");
        assertEquals(List.of("步骤", "日期", "需补正材料（每行一项）"), dialogFields());

        closeStepDialog();
        openStepDialog("LAND-01");
        assertEquals(List.of("补正完成"), offeredSteps());

        closeStepDialog();
        openStepDialog("PLAN-01");
        assertEquals(List.of("准备材料", "受理", "取消事项"), offeredSteps());
        browser.selectFromMenu("eventForm:type", "受理");
        assertEquals(List.of("步骤", "日期", "办件类型", "上级机关办结期限"), dialogFields());
    }

    @Test
    void aDepartmentWindowHasTheStepButtonOnlyOnItsOwnDepartmentsMatters() {
        String fileNo = takeIn(b -> { });
        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        browser.signIn("dept-land", DEMO_PASSWORD);

        List<String> codes = browser.tableTexts("matters:table").stream().map(r -> r.get(0)).toList();
        List<String> withButton = codes.stream()
                .filter(c -> browser.present(By.id("matters:table:" + codes.indexOf(c) + ":step"))).toList();
        assertEquals(List.of("LAND-01", "LAND-02"), withButton);
        assertTrue(row("LAND-01").get(2).equals("国土资源局"), row("LAND-01").toString());
    }

    @Test
    void thePrintViewHoldsTheFileOnOnePageForItsReadersOnly() {
        String fileNo = takeIn(b -> { });
        step(fileNo, "DRC-01", "{\"type\":\"ACCEPT\",\"on\":\"2026-06-02\"}");
        step(fileNo, "DRC-01", "{\"type\":\"APPROVE\",\"on\":\"2026-06-02\",\"documentNo\":\"海发改备〔2026〕9号\"}");
        api.as("officer1", "POST", "api/projects/" + fileNo + "/progress",
                "{\"on\":\"2026-06-03\",\"kind\":\"MILESTONE\",\"text\":\"取得项目备案证\"}").assertStatus(200);
        JsonObject file = api.as("officer1", "GET", "api/projects/" + fileNo, null).assertStatus(200).json();

        browser.open("projects/print.xhtml?fileNo=" + fileNo);
        browser.signIn("officer1", DEMO_PASSWORD);
        assertEquals("项目服务档案 · " + file.getString("name"), browser.text("printTitle"));
        assertEquals(fileNo, browser.text("fileNo"));
        assertEquals("海门经济技术开发区", browser.text("town"));
        assertTrue(browser.text("officer").startsWith("李明"), browser.text("officer"));
        assertEquals("审批中", browser.text("stage"));
        assertEquals("1/22", browser.text("approved"));
        assertEquals(file.isNull("projectedFinish") ? "需导入下一年度节假日安排" : printed(file, "projectedFinish"),
                browser.text("projectedFinish"), "the plan's projected finish");
        List<List<String>> matters = printedRows("matters");
        assertEquals(22, matters.size());
        JsonObject drc = matter(file, "DRC-01");
        assertEquals(List.of("DRC-01", "企业投资项目核准（备案）", "发展和改革委员会", "已批准",
                        printed(drc, "plannedStart") + " – " + printed(drc, "plannedFinish"), "2026-06-02", "2026-06-02", ""),
                matters.stream().filter(r -> r.get(0).equals("DRC-01")).findFirst().orElseThrow());
        JsonObject works = matter(file, "HUD-03");
        assertEquals(printed(works, "plannedStart") + " – " + printed(works, "plannedFinish"),
                matters.stream().filter(r -> r.get(0).equals("HUD-03")).findFirst().orElseThrow().get(4),
                "a matter still to come, on its planned dates as the file page shows them");
        assertEquals(List.of(List.of("2026-06-03", "取得项目备案证")), printedRows("milestones"));
        assertEquals("打印日期 " + TestClock.today(), browser.text("printedOn"));
        browser.screenshot("service-file-print");

        // An investor of another enterprise: not found, as the file itself.
        browser.forgetCookies();
        browser.open("login.xhtml");
        browser.signIn("investor2", DEMO_PASSWORD);
        browser.open("projects/print.xhtml?fileNo=" + fileNo);
        assertEquals("页面不存在 · " + APP, browser.driver.getTitle());
    }

    // ---------------------------------------------------------------- helpers

    private static JsonObject matter(JsonObject file, String category) {
        return file.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("categoryCode").equals(category)).findFirst().orElseThrow();
    }

    /** A date of the view as a page prints it: the day, and 暂定 beside it when the view names it provisional. */
    private static String printed(JsonObject view, String field) {
        boolean provisional = view.getJsonArray("provisional").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(p -> p.getString().equals(field));
        return view.getString(field) + (provisional ? " 暂定" : "");
    }

    private void next() {
        browser.waitBriefly(ExpectedConditions.elementToBeClickable(By.cssSelector("#intake .ui-wizard-nav-next"))).click();
        browser.waitForAjaxBriefly();
    }

    /** The cells of the matter's row in the file's table. */
    private List<String> row(String category) {
        return browser.tableTexts("matters:table").stream().filter(r -> r.get(0).equals(category)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + category));
    }

    private void openStepDialog(String category) {
        List<List<String>> rows = browser.tableTexts("matters:table");
        int index = rows.stream().map(r -> r.get(0)).toList().indexOf(category);
        assertTrue(index >= 0, category + " in " + rows);
        browser.clickAjaxBriefly("matters:table:" + index + ":step");
        browser.visible("eventDialog");
        browser.waitBriefly(ExpectedConditions.textToBePresentInElementLocated(By.id("eventDialog_title"), category));
    }

    /** Records a step in the dialog and waits until the dialog closes. */
    private void recordStep(String fileNo, String category, String step, String on, String documentNo) {
        openStepDialog(category);
        browser.selectFromMenu("eventForm:type", step);
        browser.typeDate("eventForm:on_input", on);
        if (documentNo != null) {
            browser.type("eventForm:documentNo", documentNo);
        }
        browser.clickAjaxBriefly("eventForm:save");
        List<String> errors = browser.driver.findElements(By.cssSelector("[id='eventForm:eventMessages'] .ui-messages-error"))
                .stream().map(e -> e.getText().strip()).toList();
        assertEquals(List.of(), errors, "the dialog refused " + step + " on " + category);
        browser.waitBriefly(ExpectedConditions.invisibilityOfElementLocated(By.id("eventDialog")));
        assertEquals("/projects/file.xhtml?fileNo=" + fileNo, browser.pathAndQuery());
    }

    /** Takes in a new industrial project for officer1 on 2026-06-01 through the API; its file number. */
    private String takeIn(java.util.function.Consumer<jakarta.json.JsonObjectBuilder> change) {
        return api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", change)).assertStatus(201).json().getString("fileNo");
    }

    private void step(String fileNo, String category, String event) {
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/" + category + "/events", event).assertStatus(200);
    }

    private void closeStepDialog() {
        browser.waitBriefly(ExpectedConditions.elementToBeClickable(By.cssSelector("#eventDialog .ui-dialog-titlebar-close"))).click();
        browser.waitBriefly(ExpectedConditions.invisibilityOfElementLocated(By.id("eventDialog_modal")));
    }

    /** The labels of the steps the open dialog offers (without the empty choice). */
    private List<String> offeredSteps() {
        return browser.driver.findElements(By.cssSelector("[id='eventForm:type_input'] option")).stream()
                .map(o -> o.getAttribute("textContent").strip()).filter(t -> !t.equals("-")).toList();
    }

    /** The labels of the fields the open dialog shows, without the mark of a required one. */
    private List<String> dialogFields() {
        return browser.driver.findElements(By.cssSelector("[id='eventForm:fields'] > label")).stream()
                .map(l -> l.getText().replace("*", "").strip()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> axisLabels() {
        browser.waitBriefly(d -> !d.findElements(By.cssSelector("#timeline .vis-time-axis .vis-text")).isEmpty());
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return Array.from(document.querySelectorAll('#timeline .vis-time-axis .vis-text:not(.vis-measure)'))"
                        + ".map(function (e) { return e.textContent.trim(); }).filter(function (t) { return t.length > 0; });");
    }

    @SuppressWarnings("unchecked")
    private List<String> timelineRows() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return Array.from(document.querySelectorAll('#timeline .vis-labelset .vis-label'))"
                        + ".map(function (e) { return e.textContent.trim(); });");
    }

    private List<String> legend() {
        return browser.driver.findElements(By.cssSelector("#timelineLegend li")).stream().map(l -> l.getText().strip()).toList();
    }

    /** The cells of each row of a plain table of the print view. */
    private List<List<String>> printedRows(String tableId) {
        return browser.driver.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList()).toList();
    }

    /** The HTTP status of a page in the browser's session. */
    private int status(String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
