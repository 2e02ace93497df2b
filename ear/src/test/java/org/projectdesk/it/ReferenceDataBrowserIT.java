package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reference-data pages in a headless Chromium: the public five disclosures, the catalogue (totals,
 * import preview of bad, mis-encoded and valid files, export round trip, a far-future version) and the
 * working-day calendar (2026's grid, import preview, loading 2036). Changes only what no other test
 * relies on: a catalogue version effective 2050 or later with the latest version's content, and the year 2036.
 * Screenshots go to target/screenshots (disclosure.png, catalogue-preview.png, calendar.png).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceDataBrowserIT {

    private static final String APP = "重大项目代办服务台";
    private static final String PROBLEMS_HEADER = "发现以下问题，未做任何修改";
    private static final LocalDate FAR_FUTURE = LocalDate.of(2050, 1, 1);
    private static final By ARTICLES = By.cssSelector("#results article.pd-disclosure");
    private static final List<String> STAGE_ORDER = List.of("I", "II", "III", "IV", "ALONGSIDE");

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    /** A failed test leaves target/screenshots/failed-reference-{test}.png behind. */
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-reference-");

    @ArquillianResource
    URL injectedBase;

    private URI base;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    @BeforeEach
    void newSession() {
        base = ProjectDeskDeployment.base(injectedBase);
        browser.at(base).forgetCookies();
    }

    // ---------------------------------------------------------------- five disclosures (public)

    @Test
    void anAnonymousVisitorReadsTheFiveDisclosuresOfEveryCategory() throws Exception {
        assertEquals(200, anonymousStatus("public/disclosure.xhtml"), "no redirect to the login page");

        browser.open("public/disclosure.xhtml");
        assertEquals("/public/disclosure.xhtml", browser.pathAndQuery());
        assertEquals("审批服务五公开 · " + APP, browser.driver.getTitle());
        assertEquals("审批服务五公开", browser.driver.findElement(By.cssSelector("h1.pd-title")).getText().strip());
        assertEquals("English", browser.text("publicShell:language"));
        assertEquals("共22类审批事项", browser.text("count"));

        List<JsonObject> categories = categoriesInForce();
        List<WebElement> articles = browser.driver.findElements(ARTICLES);
        assertEquals(22, articles.size());
        // Ordered by stage, then code.
        List<String> expectedOrder = categories.stream()
                .sorted(Comparator.comparing((JsonObject c) -> STAGE_ORDER.indexOf(c.getString("stage")))
                        .thenComparing(c -> c.getString("code")))
                .map(c -> c.getString("code")).toList();
        assertEquals(expectedOrder, articles.stream().map(a -> a.getAttribute("id")).toList());

        Map<String, JsonObject> byCode = categories.stream().collect(Collectors.toMap(c -> c.getString("code"), Function.identity()));
        assertAll(articles.stream().map(article -> (Executable) () -> {
            JsonObject c = byCode.get(article.getAttribute("id"));
            String code = c.getString("code");
            assertEquals(c.getString("name") + " " + code, article.findElement(By.tagName("h2")).getText().strip(), code);
            assertEquals(c.getString("departmentName") + " · " + limitZh(c),
                    article.findElement(By.cssSelector(":scope > p.pd-muted")).getText().strip(), code);
            assertEquals(List.of("服务内容", "办事程序", "申报材料", "办理时限", "收费标准", "法律依据"),
                    texts(article.findElements(By.tagName("dt"))), code);
            List<WebElement> dd = article.findElements(By.cssSelector("dl > dd"));
            assertEquals(c.getString("serviceContent"), dd.get(0).getText().strip(), code);
            assertEquals(c.getString("procedure"), dd.get(1).getText().strip(), code);
            assertEquals(c.getJsonArray("materials").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                    texts(article.findElements(By.cssSelector("dl ol > li"))), code + " materials");
            assertEquals(limitZh(c) + " (法定时限" + c.getInt("statutoryDays") + "个工作日)", dd.get(3).getText().strip(), code);
            assertEquals(c.getString("fee"), dd.get(4).getText().strip(), code);
            assertEquals(c.getString("legalBasis"), dd.get(5).getText().strip(), code);
        }));
        assertEquals("发展和改革委员会 · 即到即办",
                browser.driver.findElement(By.cssSelector("article[id='DRC-01'] > p.pd-muted")).getText().strip());

        // The print button prints the page (window.print is replaced, a headless print dialog would hang).
        WebElement print = browser.visible("search:print");
        assertEquals("打印", print.getText().strip());
        ((JavascriptExecutor) browser.driver).executeScript(
                "window.projectDeskPrinted = 0; window.print = function () { window.projectDeskPrinted++; };");
        print.click();
        assertEquals(1L, ((Number) ((JavascriptExecutor) browser.driver).executeScript("return window.projectDeskPrinted;")).longValue());
        browser.screenshot("disclosure");
    }

    @Test
    void searchingNarrowsTheDisclosuresToThoseMentioningTheWord() {
        browser.open("public/disclosure.xhtml");
        assertEquals("共22类审批事项", browser.text("count"));

        String word = "消防";
        List<String> expected = categoriesInForce().stream().filter(c -> mentions(c, word)).map(c -> c.getString("code"))
                .sorted().toList();
        assertTrue(expected.size() > 0 && expected.size() < 22, expected.toString());

        browser.type("search:text", word);
        browser.clickAjax("search:find");
        browser.waitUntil(ExpectedConditions.textToBe(By.id("count"), "共" + expected.size() + "类审批事项"));
        List<WebElement> articles = browser.driver.findElements(ARTICLES);
        assertEquals(expected, articles.stream().map(a -> a.getAttribute("id")).sorted().toList());
        assertAll(articles.stream().map(a -> () -> assertTrue(a.getText().contains(word), a.getAttribute("id") + ": " + a.getText())));
        browser.screenshot("disclosure-search");

        // By code, case-insensitively.
        browser.type("search:text", "hud-0");
        browser.clickAjax("search:find");
        browser.waitUntil(ExpectedConditions.textToBe(By.id("count"),
                "共" + categoriesInForce().stream().filter(c -> c.getString("code").startsWith("HUD-0")).count() + "类审批事项"));
        assertTrue(browser.driver.findElements(ARTICLES).stream().allMatch(a -> a.getAttribute("id").startsWith("HUD-0")));

        browser.type("search:text", "没有这样的事项");
        browser.clickAjax("search:find");
        browser.waitUntil(ExpectedConditions.textToBe(By.id("count"), "共0类审批事项"));
        assertEquals(0, browser.driver.findElements(ARTICLES).size());

        browser.type("search:text", "");
        browser.clickAjax("search:find");
        browser.waitUntil(ExpectedConditions.textToBe(By.id("count"), "共22类审批事项"));
    }

    @Test
    void theDisclosuresInEnglish() {
        browser.open("public/disclosure.xhtml");
        browser.clickAndWaitForPage("publicShell:language");

        assertEquals("Five disclosures of approval services · Project Desk", browser.driver.getTitle());
        assertEquals("中文", browser.text("publicShell:language"));
        assertEquals("22 approval categories", browser.text("count"));
        Map<String, JsonObject> byCode = categoriesInForce().stream()
                .collect(Collectors.toMap(c -> c.getString("code"), Function.identity()));
        List<WebElement> articles = browser.driver.findElements(ARTICLES);
        assertEquals(22, articles.size());
        assertAll(articles.stream().map(article -> (Executable) () -> {
            JsonObject c = byCode.get(article.getAttribute("id"));
            String code = c.getString("code");
            assertEquals(c.getString("nameEn") + " " + code, article.findElement(By.tagName("h2")).getText().strip(), code);
            String limit = c.getBoolean("immediate") ? "Done on the spot"
                    : "Promised within " + c.getInt("promisedDays") + " working days";
            assertEquals(c.getString("departmentNameEn") + " · " + limit,
                    article.findElement(By.cssSelector(":scope > p.pd-muted")).getText().strip(), code);
            assertEquals(List.of("Service content", "Procedure", "Required materials", "Time limit", "Fees", "Legal basis"),
                    texts(article.findElements(By.tagName("dt"))), code);
        }));
        assertEquals("Print", browser.text("search:print"));
        browser.screenshot("disclosure-english");

        browser.clickAndWaitForPage("publicShell:language");
        assertEquals("审批服务五公开 · " + APP, browser.driver.getTitle());
        assertEquals("共22类审批事项", browser.text("count"));
    }

    @Test
    void theLoginPageLinksToTheDisclosures() {
        browser.open("login.xhtml");
        WebElement link = browser.visible("language:disclosure");
        assertEquals("五公开", link.getText().strip());
        assertTrue(link.getAttribute("href").endsWith("/public/disclosure.xhtml"), link.getAttribute("href"));
        browser.clickAndWaitForPage("language:disclosure");
        assertEquals("/public/disclosure.xhtml", browser.pathAndQuery());
        assertEquals("审批服务五公开 · " + APP, browser.driver.getTitle());
        assertEquals("共22类审批事项", browser.text("count"));
    }

    // ---------------------------------------------------------------- catalogue

    @Test
    void theDirectorSeesTheCatalogueInForceWithItsTotals() {
        browser.open("reference/catalogue.xhtml");
        assertEquals("/login.xhtml?continue=%2Freference%2Fcatalogue.xhtml", browser.pathAndQuery());
        browser.signIn("director", DEMO_PASSWORD);
        assertEquals("/reference/catalogue.xhtml", browser.pathAndQuery());
        assertEquals("审批事项目录 · " + APP, browser.driver.getTitle());

        assertEquals("22类事项，涉及13个部门 · 法定时限合计358个工作日 · 承诺时限合计64个工作日 · 即到即办6项"
                + " · 说明: 随系统提供", browser.text("totals"));
        assertEquals("第1版，2011-09-01起生效（现行）", browser.text("catalogue:version_label"));
        List<List<String>> rows = browser.tableRows("catalogue:categories");
        assertEquals(22, rows.size());
        assertEquals(categoriesInForce().stream().map(c -> c.getString("code")).sorted().toList(),
                rows.stream().map(r -> r.get(0)).sorted().toList());
        List<String> hud03 = rows.stream().filter(r -> r.get(0).equals("HUD-03")).findFirst().orElseThrow();
        assertTrue(hud03.get(1).contains("施工许可"), hud03.toString());
        assertEquals(14, browser.tableRows("departments:table").size(), "the 13 approving departments and the power-supply company");
        assertFalse(browser.present(By.id("importPreview")), "no preview before a file is checked");
    }

    @Test
    void theCatalogueTableListsEachCategorysPrerequisites() {
        signInTo("reference/catalogue.xhtml", "director");
        Map<String, List<String>> shown = browser.tableRows("catalogue:categories").stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> r.get(9).isEmpty() ? List.of() : List.of(r.get(9).split(" "))));
        Map<String, List<String>> expected = categoriesInForce().stream().collect(Collectors.toMap(c -> c.getString("code"),
                c -> c.getJsonArray("prerequisites").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        assertEquals(expected, shown);
        assertTrue(shown.get("HUD-03").contains("HUD-01"), shown.toString());
    }

    @Test
    void aBadCatalogueFileIsRefusedWithEveryProblemByLineAndColumn() throws Exception {
        signInTo("reference/catalogue.xhtml", "director");

        preview(fixture("bad-catalogue.csv"));
        assertTrue(browser.text("importPreview:summary").startsWith("检查结果："), browser.text("importPreview:summary"));
        assertTrue(browser.text("importPreview:summary").contains("bad-catalogue.csv"));
        assertEquals(PROBLEMS_HEADER, problemsHeader());
        assertEquals(List.of(
                List.of("2", "department", "不存在部门“NOPE”"),
                List.of("3", "promised_days", "承诺时限（25个工作日）超过法定时限（20个工作日）"),
                List.of("4", "statutory_days", "“x”不是整数"),
                List.of("5", "prerequisites", "前置事项“NOPE-99”不在本目录中"),
                List.of("6", "code", "“T-01”重复出现（首次在第2行）")), problemRows());
        assertFalse(browser.present(By.id("importPreview:apply")), "no apply button for a bad file");
        assertFalse(browser.present(By.id("changes")));
        screenshotOfPreview("catalogue-preview");

        // The same file saved as GBK (as Excel does by default) is refused at its first Chinese line.
        Path gbk = uploadDir().resolve("catalogue-gbk.csv");
        Files.write(gbk, Files.readString(fixture("bad-catalogue.csv"), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK")));
        preview(gbk);
        assertTrue(browser.text("importPreview:summary").contains("catalogue-gbk.csv"));
        assertEquals(PROBLEMS_HEADER, problemsHeader());
        assertEquals(List.of(List.of("2", "", "文件不是UTF-8编码（此行含第一个无效字节），请另存为“CSV UTF-8”后重新导入")),
                problemRows());
        assertFalse(browser.present(By.id("importPreview:apply")));

        // Nothing changed.
        assertEquals(22, categoriesInForce().size());
        assertEquals("22类事项，涉及13个部门 · 法定时限合计358个工作日 · 承诺时限合计64个工作日 · 即到即办6项"
                + " · 说明: 随系统提供", browser.text("totals"));
    }

    @Test
    void anExportedCatalogueReimportsAndBecomesAFarFutureVersion() throws Exception {
        ApiClient api = new ApiClient(base);
        List<JsonObject> versions = api.get("api/catalogue/versions", "admin", DEMO_PASSWORD).assertStatus(200)
                .jsonArray().getValuesAs(JsonObject.class);
        JsonObject latest = versions.get(0);
        int latestNumber = latest.getInt("number");
        // Other suites sharing a PostgreSQL database may have made far-future versions of other sizes.
        int categories = api.get("api/catalogue/versions/" + latestNumber, "admin", DEMO_PASSWORD).assertStatus(200)
                .json().getJsonArray("categories").size();

        signInTo("reference/catalogue.xhtml", "admin");
        if (!browser.text("catalogue:version_label").startsWith("第" + latestNumber + "版")) {
            // Another test made a newer (future) version: an import is compared with the latest one.
            browser.selectFromMenu("catalogue:version", "第" + latestNumber + "版");
        }
        Path exported = browser.download("catalogue:export", uploadDir().resolve("export-" + System.nanoTime()));
        assertEquals("catalogue-v" + latestNumber + ".csv", exported.getFileName().toString());
        byte[] bytes = Files.readAllBytes(exported);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF,
                "the export starts with a byte-order mark for Excel");
        List<List<String>> table = Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("code", "name", "name_en", "department", "stage", "statutory_days", "promised_days",
                "green_channel_days", "immediate", "case_type", "prerequisites", "simulatable", "materials",
                "service_content", "procedure", "fee", "legal_basis"), table.get(0));
        assertEquals(categories + 1, table.size(), "the header and every category of the version");

        // One row's promised limit raised by a day (still within its statutory limit): one change.
        List<List<String>> changed = new ArrayList<>();
        table.forEach(row -> changed.add(new ArrayList<>(row)));
        List<String> row = changed.stream().skip(1)
                .filter(r -> r.get(8).equals("false") && Integer.parseInt(r.get(6)) < Integer.parseInt(r.get(5)))
                .findFirst().orElseThrow();
        String changedCode = row.get(0);
        row.set(6, String.valueOf(Integer.parseInt(row.get(6)) + 1));
        Path changedFile = uploadDir().resolve("catalogue-changed.csv");
        Files.writeString(changedFile, Csv.write(changed), StandardCharsets.UTF_8);
        preview(changedFile);
        assertEquals("文件检查通过：共" + categories + "类事项。新增无，变更" + changedCode + "，删除无。", browser.text("changes"));
        assertTrue(browser.present(By.id("importPreview:apply")));
        assertFalse(browser.present(By.id("importPreview:problems")));
        screenshotOfPreview("catalogue-preview-valid");

        // The export as it is: nothing changes, and it may become a version (far in the future, so no
        // other test sees it in force, and with the latest content, so any later import compares alike).
        preview(exported);
        assertEquals("文件检查通过：共" + categories + "类事项。新增无，变更无，删除无。", browser.text("changes"));
        LocalDate effective = LocalDate.parse(latest.getString("effectiveFrom")).plusDays(1);
        if (effective.isBefore(FAR_FUTURE)) {
            effective = FAR_FUTURE;
        }
        LocalDate proposed = LocalDate.parse(browser.driver.findElement(By.id("importPreview:importEffective_input")).getAttribute("value"));
        assertEquals(TestClock.today(), proposed, "today is proposed");
        browser.typeDate("importPreview:importEffective_input", effective.toString());
        assertEquals(effective.toString(), browser.driver.findElement(By.id("importPreview:importEffective_input")).getAttribute("value"));
        browser.clickAndWaitForPage("importPreview:apply");

        int created = latestNumber + 1;
        assertEquals("已生成第" + created + "版目录，" + effective + "起生效。", infoMessage());
        assertFalse(browser.present(By.id("importPreview")), "the preview is gone");
        assertEquals("第" + created + "版，" + effective + "起生效", browser.text("catalogue:version_label"));
        List<String> options = browser.driver.findElements(By.cssSelector("[id='catalogue:version_input'] option")).stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
        assertEquals("第" + created + "版，" + effective + "起生效", options.get(0), options.toString());
        assertTrue(options.contains("第1版，2011-09-01起生效（现行）"), options.toString());

        JsonObject newest = api.get("api/catalogue/versions", "admin", DEMO_PASSWORD).assertStatus(200)
                .jsonArray().getJsonObject(0);
        assertEquals(created, newest.getInt("number"), newest.toString());
        assertEquals(effective.toString(), newest.getString("effectiveFrom"));
        assertEquals(exported.getFileName().toString(), newest.getString("note"));
        assertEquals("admin", newest.getString("createdBy"));
        // Export and import lose nothing: the new version's categories are the exported version's.
        JsonObject version = api.get("api/catalogue/versions/" + created, "admin", DEMO_PASSWORD).assertStatus(200).json();
        JsonObject exportedVersion = api.get("api/catalogue/versions/" + latestNumber, "admin", DEMO_PASSWORD).assertStatus(200).json();
        assertEquals(byCode(exportedVersion), byCode(version));
        assertEquals(358, version.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .mapToInt(c -> c.getInt("statutoryDays")).sum());
        // Today's catalogue is untouched; on the effective day the new version is in force.
        assertEquals(64, categoriesInForce().stream().mapToInt(c -> c.getInt("promisedDays")).sum());
        assertEquals(22, api.get("api/catalogue/categories?on=" + effective, "admin", DEMO_PASSWORD).assertStatus(200)
                .jsonArray().size());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "officer1, reference/catalogue.xhtml",
            "dept-land, reference/catalogue.xhtml",
            "investor1, reference/calendar.xhtml",
            "leader, reference/calendar.xhtml"})
    void onlyTheAdministratorAndTheDirectorOpenTheReferencePages(String username, String page) {
        signInTo(page, username);
        assertEquals("无权访问 · " + APP, browser.driver.getTitle());
        assertEquals("无权访问", browser.text("errorTitle"));
        assertFalse(browser.present(By.id("catalogue:categories")));
        assertFalse(browser.present(By.id("years:loaded")));
        assertFalse(browser.present(By.id("upload:file_input")));
    }

    // ---------------------------------------------------------------- calendar

    @Test
    void theCalendarShowsTheLoadedYearsAnd2026sHolidays() {
        signInTo("reference/calendar.xhtml", "director");
        assertEquals("工作日历 · " + APP, browser.driver.getTitle());

        List<List<String>> rows = browser.tableRows("years:loaded");
        List<List<String>> shipped = rows.stream().filter(r -> List.of("2024", "2025", "2026").contains(r.get(0))).toList();
        assertEquals(List.of(
                List.of("2024", "251", "28", "8", "随系统提供", "系统"),
                List.of("2025", "248", "28", "5", "随系统提供", "系统"),
                List.of("2026", "248", "33", "6", "随系统提供", "系统")), shipped, rows.toString());
        assertFalse(rows.toString().contains("config/"), "no file paths: " + rows);
        // 2027 has no official schedule: listed with the provisional mark (more in ProvisionalDatesBrowserIT).
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("2027 暂定")), rows.toString());

        showYear(2026);
        assertEquals(12, browser.driver.findElements(By.cssSelector("#months table.pd-cal-month")).size());
        assertEquals(33, browser.driver.findElements(By.cssSelector("#months td.pd-cal-holiday")).size());
        assertEquals(6, browser.driver.findElements(By.cssSelector("#months td.pd-cal-makeup")).size());
        WebElement october = browser.driver.findElements(By.cssSelector("#months table.pd-cal-month")).get(9);
        assertEquals("十月", october.findElement(By.tagName("caption")).getText().strip());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), texts(october.findElements(By.cssSelector("td.pd-cal-holiday"))));
        List<WebElement> makeUp = october.findElements(By.cssSelector("td.pd-cal-makeup"));
        assertEquals(List.of("10"), texts(makeUp));
        assertEquals("国庆节 · 调休上班", makeUp.get(0).getAttribute("title"));
        browser.screenshot("calendar");
    }

    @Test
    void aBadCalendarFileIsRefusedWithItsProblemsByLine() throws Exception {
        signInTo("reference/calendar.xhtml", "admin");
        preview(fixture("bad-calendar.csv"));
        assertEquals(PROBLEMS_HEADER, problemsHeader());
        assertFalse(browser.present(By.id("importPreview:apply")));
        assertFalse(browser.present(By.id("willLoad")));
        List<List<String>> problems = problemRows();
        assertEquals(5, problems.size(), problems.toString());
        assertEquals(List.of("3", "kind"), problems.get(0).subList(0, 2), problems.toString());
        assertEquals("2036-10-06是工作日，调休上班日必须是周六或周日", problems.get(0).get(2));
        assertEquals(List.of(
                List.of("4", "date", "“2036-02-30”不是YYYY-MM-DD格式的日期"),
                List.of("5", "kind", "“holday”必须是以下之一：holiday, workday"),
                List.of("6", "date", "“2036-01-01”重复出现（首次在第2行）"),
                List.of("7", "name", "此项必填")), problems.subList(1, 5));
        screenshotOfPreview("calendar-preview");
        assertFalse(new ApiClient(base).get("api/calendar/years", "admin", DEMO_PASSWORD).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().anyMatch(y -> y.getInt("year") == 2036 && y.getString("source").equals("bad-calendar.csv")));
    }

    @Test
    void the2036ScheduleIsImportedAndUsed() throws Exception {
        ApiClient api = new ApiClient(base);
        boolean loadedBefore = api.get("api/calendar/years", "admin", DEMO_PASSWORD).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().anyMatch(y -> y.getInt("year") == 2036);

        signInTo("reference/calendar.xhtml", "admin");
        preview(fixture("calendar-2036.csv"));
        assertEquals("文件检查通过：将导入2036年，共2个特殊日期。", browser.text("willLoad"));
        assertEquals(loadedBefore, browser.present(By.id("importPreview:willReplace")), "replacing a loaded 2036");
        assertFalse(browser.present(By.id("importPreview:problems")));
        browser.clickAndWaitForPage("importPreview:apply");

        assertEquals("已导入2036年，共2个特殊日期。", infoMessage());
        assertFalse(browser.present(By.id("importPreview")));
        int workingDays = weekdays(2036) - 1 + 1; // 01-01 is a Tuesday off, Saturday 10-04 is worked
        List<String> row2036 = browser.tableRows("years:loaded").stream().filter(r -> r.get(0).equals("2036")).findFirst()
                .orElseThrow(() -> new AssertionError("2036 is not listed: " + browser.tableRows("years:loaded")));
        assertEquals(List.of("2036", String.valueOf(workingDays), "1", "1", "calendar-2036.csv", "系统管理员"), row2036);
        assertEquals("2036", browser.text("shownYear"));
        assertEquals(1, browser.driver.findElements(By.cssSelector("#months td.pd-cal-holiday")).size());
        assertEquals(1, browser.driver.findElements(By.cssSelector("#months td.pd-cal-makeup")).size());

        // The loaded year computes.
        assertEquals("2036-10-04", api.get("api/calendar/add-working-days?from=2036-10-03&days=1", "officer1", DEMO_PASSWORD)
                .assertStatus(200).json().getString("due"));
        assertEquals(workingDays, api.get("api/calendar/working-days?from=2036-01-01&to=2036-12-31", "officer1", DEMO_PASSWORD)
                .assertStatus(200).json().getInt("count"));
        JsonObject year = api.get("api/calendar/years", "officer1", DEMO_PASSWORD).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(y -> y.getInt("year") == 2036).findFirst().orElseThrow();
        assertEquals(workingDays, year.getInt("workingDays"));
        assertEquals("admin", year.getString("loadedBy"));
        // The years between (2027–2035) are provisional: counted on the law's holidays, not refused.
        assertEquals("2027-01-18", api.get("api/calendar/add-working-days?from=2026-12-20&days=20", "officer1", DEMO_PASSWORD)
                .assertStatus(200).json().getString("due"));
    }

    // ---------------------------------------------------------------- helpers

    private void signInTo(String page, String username) {
        browser.open(page);
        assertEquals("/login.xhtml?continue=" + java.net.URLEncoder.encode("/" + page, StandardCharsets.UTF_8),
                browser.pathAndQuery());
        browser.signIn(username, DEMO_PASSWORD);
        assertEquals("/" + page, browser.pathAndQuery());
    }

    /** Chooses the file in the upload form and checks it (a full-page submit). */
    private void preview(Path file) {
        browser.chooseFile("upload:file_input", file);
        browser.clickAndWaitForPage("upload:preview");
        browser.visible("importPreview:summary");
    }

    /** A screenshot with the preview panel scrolled into view. */
    private void screenshotOfPreview(String name) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.visible("importPreview:summary"));
        browser.screenshot(name);
    }

    private String problemsHeader() {
        return browser.driver.findElement(By.cssSelector("[id='importPreview:problems'] .ui-datatable-header")).getText().strip();
    }

    private List<List<String>> problemRows() {
        return browser.tableRows("importPreview:problems");
    }

    private void showYear(int year) {
        WebElement link = browser.driver.findElement(By.xpath(
                "//*[@id='years:loaded_data']/tr/td[1]//a[normalize-space()='" + year + "']"));
        browser.clickAjax(link.getAttribute("id"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("shownYear"), String.valueOf(year)));
    }

    private String infoMessage() {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='messages'] .ui-messages-info-summary"))).getText().strip();
    }

    private List<JsonObject> categoriesInForce() {
        return new ApiClient(base).get("api/catalogue/categories", "admin", DEMO_PASSWORD).assertStatus(200)
                .jsonArray().getValuesAs(JsonObject.class);
    }

    private static Map<String, JsonObject> byCode(JsonObject version) {
        return version.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("code"), Function.identity()));
    }

    private static String limitZh(JsonObject category) {
        return category.getBoolean("immediate") ? "即到即办" : "承诺" + category.getInt("promisedDays") + "个工作日内办结";
    }

    /** As the disclosure search matches: code, names, department names or materials contain the text. */
    private static boolean mentions(JsonObject c, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return String.join(" ", c.getString("code"), c.getString("name"), c.getString("nameEn"), c.getString("departmentName"),
                        c.getString("departmentNameEn"), c.getJsonArray("materials").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString).collect(Collectors.joining(" ")))
                .toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(e -> e.getText().strip()).toList();
    }

    private static int weekdays(int year) {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    private static Path fixture(String name) throws URISyntaxException {
        URL url = ReferenceDataBrowserIT.class.getResource("/reference/" + name);
        if (url == null) {
            throw new IllegalStateException("no test resource reference/" + name);
        }
        return Path.of(url.toURI());
    }

    /** Files made by the tests for upload, under target/. */
    private static Path uploadDir() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("projectdesk.it.screenshots", "target/screenshots"))
                .resolveSibling("reference-uploads"));
    }

    /** An HTTP status of a page fetched without cookies and without following redirects. */
    private int anonymousStatus(String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Just enough RFC 4180 for the exported catalogue: quoted fields with commas, quotes and line breaks. */
    static final class Csv {

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\r' || ch == '\n') {
                    if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(ch);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }

        static String write(List<List<String>> rows) {
            StringBuilder out = new StringBuilder();
            for (List<String> row : rows) {
                out.append(row.stream().map(Csv::quote).collect(Collectors.joining(","))).append("\r\n");
            }
            return out.toString();
        }

        private static String quote(String field) {
            return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                    ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
        }
    }
}
