package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * Scripts stored in names, in a headless Chromium: a department renamed on the catalogue page, a project
 * and an enterprise taken in, a meeting's place, each {@code </script><script>document.title='PWNED'</script>}.
 * On the weekly report (where department names go into the charts' script), the service file, the board,
 * the meeting page and the investor's status page the title stays the page's own, the payload is shown
 * as the text it is, the charts are drawn, and the content security policy reports no violation. The main
 * pages run under that policy without a violation while they are used (Ajax dialogs included), and every
 * kind of page answer carries the security headers. The weekly report CSV writes a department's formula
 * name as text. The department's names are put back at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileBrowserIT {

    private static final String PAYLOAD = "</script><script>document.title='PWNED'</script>";
    /** Where a column is long enough, an event handler in markup too. */
    private static final String MARKUP = "<img src=x onerror=\"document.title='PWNED'\">";
    private static final String FORMULA = "=HYPERLINK(\"http://x.example/\",\"国土\")";
    private static final String DEPARTMENT = "LAND";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-hostile-browser-");

    @ArquillianResource
    URL injectedBase;

    private URI base;
    private ApiClient api;

    @BeforeAll
    static void recordViolations() {
        browser = SESSION.browser();
        browser.recordCspViolations();
    }

    @BeforeEach
    void newSession() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
        browser.at(base).forgetCookies();
    }

    private static String thisWeek() {
        var today = TestClock.today();
        return String.format("%04d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private void signIn(String page, String user) {
        browser.open(page);
        browser.signIn(user, ProjectDeskDeployment.DEMO_PASSWORD);
    }

    private String title() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return document.title;");
    }

    private String visibleText() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return document.body.innerText;");
    }

    /** The page shown: its own title, the payload shown {@code times} times or more as text, no policy violated. */
    private void assertShownAsText(String page, String expectedTitle, long times) {
        assertEquals(expectedTitle, title(), page + ": the title the page gave itself");
        String text = visibleText();
        long shown = text.split(java.util.regex.Pattern.quote(PAYLOAD), -1).length - 1;
        assertTrue(shown >= times, page + ": the payload is shown as text " + times + " times or more, not " + shown);
        assertTrue(browser.driver.findElements(By.cssSelector("img[src=x]")).isEmpty(), page + ": no markup from a stored value");
        assertEquals(List.of(), browser.cspViolations(), page);
    }

    /** The title a page gives itself: its heading and the application's name (in Chinese, the first language). */
    private static String titleOf(String heading) {
        return heading + " · 重大项目代办服务台";
    }

    /** Renames a department on the catalogue page, as the director does. */
    private void renameDepartment(String code, String name, String nameEn) {
        browser.open("reference/catalogue.xhtml");
        List<List<String>> rows = browser.tableRows("departments:table");
        int row = rows.stream().map(r -> r.get(0)).toList().indexOf(code);
        assertTrue(row >= 0, code + " in " + rows);
        browser.clickAjax("departments:table:" + row + ":edit");
        browser.type("departmentForm:name", name);
        browser.type("departmentForm:nameEn", nameEn);
        browser.clickAjax("departmentForm:save");
        browser.waitUntil(d -> !d.findElement(By.id("departmentDialog")).isDisplayed());
        assertEquals(List.of(), browser.cspViolations(), "the catalogue page");
    }

    private JsonObject department(String code) {
        return api.as("director", "GET", "api/catalogue/departments", null).assertStatus(200).jsonArray().stream()
                .map(d -> d.asJsonObject()).filter(d -> d.getString("code").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void scriptsStoredInNamesAreShownAsTextOnEveryPageAndNeverRun() throws java.io.IOException {
        JsonObject before = department(DEPARTMENT);
        String credit = ServiceFileApiIT.creditCode();
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(), credit,
                        "INDUSTRIAL", b -> b.add("name", PAYLOAD + MARKUP).add("enterprise", ServiceFileApiIT.enterprise(PAYLOAD + MARKUP, credit))))
                .assertStatus(201).json().getString("fileNo");
        String investorsFileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                        ServiceFileApiIT.INVESTOR1_CODE, "INDUSTRIAL", b -> b.add("name", PAYLOAD)))
                .assertStatus(201).json().getString("fileNo");
        long meeting = api.as("officer1", "POST", "api/meetings", Json.createObjectBuilder().add("startsAt", TestClock.today().plusDays(7) + "T09:30")
                        .add("place", PAYLOAD + MARKUP).add("projects", Json.createArrayBuilder().add(fileNo))
                        .add("departments", Json.createArrayBuilder().add(DEPARTMENT)).build().toString())
                .assertStatus(201).json().getJsonNumber("id").longValue();

        signIn("reference/catalogue.xhtml", "director");
        renameDepartment(DEPARTMENT, PAYLOAD, FORMULA);
        try {
            assertEquals(PAYLOAD, department(DEPARTMENT).getString("name"));

            browser.open("report/weekly.xhtml?week=" + thisWeek());
            browser.waitUntil(d -> d.findElements(By.cssSelector("canvas")).size() == 2);
            assertShownAsText("the weekly report", titleOf(browser.driver.findElement(By.cssSelector("h1.pd-title")).getText()), 1);
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                    "return Chart.getChart(document.querySelector('canvas')).data.labels;");
            assertTrue(labels.contains(PAYLOAD), "the chart's label is the name as stored: " + labels);

            browser.open("projects/file.xhtml?fileNo=" + fileNo);
            assertShownAsText("the service file", titleOf(browser.driver.findElement(By.cssSelector("h1.pd-title")).getText()), 2);
            assertTrue(visibleText().contains(PAYLOAD + MARKUP), "the project's and enterprise's names as typed");

            browser.open("supervision/board.xhtml");
            assertShownAsText("the board", titleOf(browser.driver.findElement(By.cssSelector("h1.pd-title")).getText()), 1);

            browser.open("meetings/meeting.xhtml?id=" + meeting);
            assertShownAsText("the meeting", titleOf(browser.driver.findElement(By.cssSelector("h1.pd-title")).getText()), 2);
            assertEquals(PAYLOAD + MARKUP, browser.text("place"));

            // The report's CSV in English names the department by its English name, a formula, written as text.
            HttpResponse<byte[]> download = api.bytes("api/reports/weekly/" + thisWeek() + "/csv?lang=en", "director");
            assertEquals(200, download.statusCode());
            String csv = new String(download.body(), StandardCharsets.UTF_8);
            assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x.example/\"\",\"\"国土\"\")\""), csv);
            // A change such as +3 or -2 is a plain number, not a formula; anything else beginning so is one.
            java.util.regex.Pattern formula = java.util.regex.Pattern.compile("(^|,)\"?([=@]|[+-](?![0-9]+(\\.[0-9]+)?\"?(,|$)))");
            assertFalse(csv.lines().anyMatch(l -> formula.matcher(l).find()), "no cell starts a formula");

            // The report's PDF draws the department's name as the text it is (in its chart, on one line).
            HttpResponse<byte[]> pdf = api.bytes("api/reports/weekly/" + thisWeek() + "/pdf", "director");
            assertEquals(200, pdf.statusCode());
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                assertTrue(text.contains(PAYLOAD), "the chart's label: " + text);
            }

            browser.forgetCookies();
            signIn("portal/status.xhtml?fileNo=" + investorsFileNo, "investor1");
            assertShownAsText("the investor's status page", titleOf(browser.driver.findElement(By.cssSelector("h1.pd-title")).getText()), 1);
        } finally {
            browser.forgetCookies();
            signIn("reference/catalogue.xhtml", "director");
            renameDepartment(DEPARTMENT, before.getString("name"), before.getString("nameEn"));
        }
        assertEquals(before.getString("name"), department(DEPARTMENT).getString("name"));
    }

    @Test
    void theMainPagesRunUnderTheContentSecurityPolicyWithoutAViolation() {
        List<String> violations = new ArrayList<>();
        browser.open("login.xhtml");
        violations.addAll(browser.cspViolations());
        browser.signIn("director", ProjectDeskDeployment.DEMO_PASSWORD);
        violations.addAll(browser.cspViolations());

        browser.open("projects/list.xhtml");
        violations.addAll(browser.cspViolations());
        String fileNo = browser.driver.findElement(By.cssSelector("[id='projects:table_data'] a[href*='file.xhtml?fileNo=']"))
                .getAttribute("href").replaceAll(".*fileNo=", "");

        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        browser.clickAjax("matters:table:0:step");
        browser.waitUntil(d -> d.findElement(By.id("eventDialog")).isDisplayed());
        violations.addAll(browser.cspViolations());

        browser.open("report/weekly.xhtml");
        browser.waitUntil(d -> d.findElements(By.cssSelector("canvas")).size() == 2);
        violations.addAll(browser.cspViolations());

        browser.open("supervision/board.xhtml");
        browser.clickAjax("board:refresh");
        violations.addAll(browser.cspViolations());

        browser.open("meetings/list.xhtml");
        violations.addAll(browser.cspViolations());
        long meeting = api.as("officer1", "POST", "api/meetings", Json.createObjectBuilder().add("startsAt", TestClock.today().plusDays(7) + "T09:30")
                .add("place", "三楼会议室").add("projects", Json.createArrayBuilder().add(fileNo)).build().toString())
                .assertStatus(201).json().getJsonNumber("id").longValue();
        browser.open("meetings/meeting.xhtml?id=" + meeting);
        violations.addAll(browser.cspViolations());

        browser.forgetCookies();
        signIn("portal/projects.xhtml", "investor1");
        violations.addAll(browser.cspViolations());
        String status = browser.driver.findElement(By.cssSelector("a[href*='status.xhtml?fileNo=']")).getAttribute("href");
        browser.driver.get(status);
        browser.waitForAjax();
        violations.addAll(browser.cspViolations());

        assertEquals(List.of(), violations);
    }

    private HttpResponse<String> get(String path, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyKindOfPageAnswerCarriesTheSecurityHeadersAndAPageItsScriptNonce() {
        signIn("index.xhtml", "investor1");
        String session = browser.cookie("JSESSIONID");
        HttpResponse<String> login = get("login.xhtml", null);
        String stylesheet = browser.driver.findElements(By.cssSelector("link[rel=stylesheet]")).get(0).getAttribute("href");

        Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
        answers.put("the login page", login);
        answers.put("a page", get("index.xhtml", session));
        answers.put("a page refused (403)", get("report/weekly.xhtml", session));
        answers.put("no such page (404)", get("no-such-page.xhtml", session));
        answers.put("a stylesheet", get(URI.create(stylesheet).getRawPath().substring(1) + "?" + URI.create(stylesheet).getRawQuery(), null));
        answers.put("the public disclosure", get("public/disclosure.xhtml", null));
        assertEquals(List.of(200, 200, 403, 404, 200, 200),
                answers.values().stream().map(HttpResponse::statusCode).toList(), answers.keySet().toString());
        answers.values().forEach(HostileCrossSiteIT::assertSecurityHeaders);

        // A page's policy carries the nonce that its own scripts carry, and only those run.
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(login.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the policy's nonce");
        assertFalse(login.body().matches("(?s).*<script(?![^>]*nonce=)[^>]*>[^<]+</script>.*"), "no inline script without the nonce");
    }
}
