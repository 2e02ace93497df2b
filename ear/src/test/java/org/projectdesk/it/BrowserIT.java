package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;
import static org.projectdesk.it.ProjectDeskDeployment.uniqueUsername;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages of the deployed EAR in a headless Chromium: sign-in per role, language, session handling,
 * access rules, error pages and the administrator's accounts page. One browser for the class; each
 * test starts without cookies, so in a new session. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String APP = "重大项目代办服务台";
    private static final List<String> ROLE_PANELS = List.of("admin", "director", "officer", "department", "investor", "leader", "town");
    /** The accounts entry of the header menu (the admin panel's own link is not in the header). */
    private static final By ACCOUNTS_MENU = By.cssSelector("header a[href$='/admin/accounts.xhtml']");

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    /** A failed test leaves target/screenshots/failed-{test}.png behind. */
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-");

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

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "admin, 系统管理员, admin",
            "director, 王海燕, director",
            "officer1, 李明, officer",
            "officer2, 周晓燕, officer",
            "leader, 陈建国, leader",
            "investor1, 黄志强, investor",
            "investor2, 施雨婷, investor",
            "town-hmkfq, 海门经济技术开发区工作人员, town"})
    void eachRoleSeesItsOwnHomePage(String username, String displayName, String panel) {
        browser.open("login.xhtml");
        browser.signIn(username, DEMO_PASSWORD);

        assertEquals("/", browser.pathAndQuery());
        assertEquals("首页 · " + APP, browser.driver.getTitle());
        assertEquals("欢迎您，" + displayName, browser.text("welcome"));
        assertEquals(displayName, browser.text("shell:user"));
        assertAll(ROLE_PANELS.stream().map(id -> (Executable) () -> assertEquals(id.equals(panel), browser.present(By.id(id)),
                "panel #" + id + " for " + username)));
        assertEquals(username.equals("admin"), browser.present(ACCOUNTS_MENU), "accounts menu for " + username);
        if (username.equals("admin")) {
            assertEquals("账号管理", browser.driver.findElement(ACCOUNTS_MENU).getText().strip());
        }
        browser.screenshot("home-" + username);
    }

    @Test
    void chineseByDefaultAndEnglishOnRequestAlsoAfterSignIn() {
        browser.open("login.xhtml");
        assertEquals("登录 · " + APP, browser.driver.getTitle());
        assertEquals("English", browser.text("language:switch"));
        assertEquals("演示环境 可用账号：officer1（协调服务专员）、director（项服办主任）、leader（领导）、investor1（投资企业）、"
                + "dept-drc（部门窗口）、town-hmkfq（区镇）、admin（系统管理员） 演示账号的密码均为 demo123。",
                browser.text("login:demoHint").replaceAll("\\s+", " "), "the test server is a demo installation");

        browser.clickAndWaitForPage("language:switch");
        assertEquals("Sign in · Project Desk", browser.driver.getTitle());
        assertEquals("中文", browser.text("language:switch"));

        browser.signIn("director", DEMO_PASSWORD);
        assertEquals("Home · Project Desk", browser.driver.getTitle());
        assertEquals("Welcome, 王海燕", browser.text("welcome"));
        assertEquals("中文", browser.text("shell:language"));
        browser.screenshot("home-director-english");
        assertEquals("stateless", viewState(), "the home keeps no view state, and its header's switch still works");

        browser.clickAndWaitForPage("shell:language");
        assertEquals("首页 · " + APP, browser.driver.getTitle());
        assertEquals("欢迎您，王海燕", browser.text("welcome"));

        browser.open("report/weekly.xhtml?week=2026-W50");
        assertNotEquals("stateless", viewState(), "a page that has not said stateless keeps its state");
        browser.clickAndWaitForPage("shell:language");
        assertEquals("/report/weekly.xhtml?week=2026-W50", browser.pathAndQuery(), "the switch keeps the page's parameters");
        assertTrue(browser.driver.getTitle().startsWith("Weekly progress report 2026-W50"), browser.driver.getTitle());
        browser.clickAndWaitForPage("shell:language");
        assertEquals("/report/weekly.xhtml?week=2026-W50", browser.pathAndQuery());
    }

    private String viewState() {
        return browser.driver.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        String username = uniqueUsername("browserpw");
        api().createAccount(username, "密码错误", "secret-1", "OFFICER");

        browser.open("login.xhtml");
        browser.signIn(username, "not-the-password");
        assertTrue(browser.pathAndQuery().startsWith("/login.xhtml"), browser.pathAndQuery());
        assertEquals("用户名或密码错误。", errorMessage("login:messages"));

        browser.clickAndWaitForPage("language:switch");
        browser.signIn(username, "still-not-it");
        assertEquals("Unknown user name or wrong password.", errorMessage("login:messages"));
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        browser.open("login.xhtml");
        String before = browser.cookie("JSESSIONID");
        assertNotNull(before, "the login page opens a session");

        browser.signIn("officer1", DEMO_PASSWORD);
        assertEquals("欢迎您，李明", browser.text("welcome"));
        String after = browser.cookie("JSESSIONID");
        assertNotNull(after);
        assertNotEquals(before, after, "session id after sign-in");

        // The id from before sign-in is worth nothing now; the new one is signed in.
        assertEquals(302, pageStatus("index.xhtml", before).statusCode());
        assertTrue(pageStatus("index.xhtml", before).headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        assertEquals(200, pageStatus("index.xhtml", after).statusCode());
    }

    @Test
    void signingOutEndsTheSession() {
        browser.open("login.xhtml");
        browser.signIn("leader", DEMO_PASSWORD);
        assertEquals("欢迎您，陈建国", browser.text("welcome"));

        browser.clickAndWaitForPage("shell:signOut");
        assertEquals("/login.xhtml?signedOut=true", browser.pathAndQuery());
        assertEquals("您已退出登录。", browser.text("login:signedOut"));

        browser.open("index.xhtml");
        assertEquals("/login.xhtml?continue=%2Findex.xhtml", browser.pathAndQuery());
        assertEquals("登录 · " + APP, browser.driver.getTitle());
    }

    @Test
    void signingInContinuesToThePageAskedFor() {
        browser.open("admin/accounts.xhtml");
        assertEquals("/login.xhtml?continue=%2Fadmin%2Faccounts.xhtml", browser.pathAndQuery());

        browser.signIn("admin", DEMO_PASSWORD);
        assertEquals("/admin/accounts.xhtml", browser.pathAndQuery());
        assertEquals("账号管理 · " + APP, browser.driver.getTitle());
        browser.visible("accounts:table");
    }

    @Test
    void anOfficerMayNotOpenTheAccountsPage() {
        browser.open("login.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
        assertEquals(false, browser.present(ACCOUNTS_MENU));

        browser.open("admin/accounts.xhtml");
        assertEquals("无权访问 · " + APP, browser.driver.getTitle());
        assertEquals("无权访问", browser.text("errorTitle"));
        assertEquals(false, browser.present(By.id("accounts:table")));
    }

    @Test
    void aTownsHomeCountsItsOwnProjectsAndShowsItsReferralsInItsLanguage() {
        ApiClient api = new ApiClient(base);
        String referred = "常乐镇首页推荐项目" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000);
        api.as("town-clz", "POST", "api/referrals", jakarta.json.Json.createObjectBuilder().add("enterpriseName", "常乐精密机械有限公司")
                .add("projectName", referred).add("investment", 12000).add("landStatus", "IN_TRANSFER")
                .add("contactName", "顾强").add("contactPhone", "13962800000").build().toString()).assertStatus(201);
        long projects = townTotal(api, "");
        long inApproval = townTotal(api, "&status=IN_APPROVAL");
        long red = townTotal(api, "&light=RED");
        assertTrue(projects > 0, "the demo data has a project in Changle Town");

        browser.open("login.xhtml");
        browser.signIn("town-clz", DEMO_PASSWORD);

        assertEquals("本区镇项目", browser.driver.findElement(By.cssSelector("[id='town'] .ui-panel-title")).getText().strip());
        assertTrue(browser.text("townText").startsWith("您是常乐镇的工作人员："), browser.text("townText"));
        assertEquals(String.valueOf(projects), browser.text("townProjects"), "the town's projects, as its API counts them");
        assertEquals(String.valueOf(inApproval), browser.text("townInApproval"));
        assertEquals(String.valueOf(red), browser.text("townRed"));
        assertTrue(browser.text("waitingReferrals").matches("有[1-9]\\d*个推荐项目等待服务中心受理。"), browser.text("waitingReferrals"));
        String latest = browser.driver.findElement(By.id("latestReferrals")).getText();
        assertTrue(latest.contains(referred + " · 待受理"), latest);
        assertEquals(true, browser.present(By.cssSelector("header a[href$='/projects/list.xhtml']")), "its town's projects in the menu");
        browser.screenshot("home-town");

        browser.clickAndWaitForPage("shell:language");
        assertTrue(browser.text("townText").startsWith("You work for Changle Town:"), browser.text("townText"));
        assertTrue(browser.driver.findElement(By.id("latestReferrals")).getText().contains(referred + " · Waiting"),
                browser.driver.findElement(By.id("latestReferrals")).getText());
        browser.clickAndWaitForPage("shell:language");

        browser.clickAndWaitForPage("newReferral");
        assertTrue(browser.driver.getCurrentUrl().contains("/referrals/new.xhtml"), browser.driver.getCurrentUrl());
        assertEquals("常乐镇", browser.text("referralForm:ownTown"), "the form is the town's own");

        for (String page : List.of("projects/intake.xhtml", "meetings/list.xhtml", "admin/accounts.xhtml")) {
            browser.open(page);
            assertEquals("无权访问", browser.text("errorTitle"), page);
        }
    }

    /** How many of Changle Town's projects its own account finds through the API with these filters. */
    private static long townTotal(ApiClient api, String filters) {
        return api.as("town-clz", "GET", "api/towns/CLZ/projects?size=1" + filters, null).assertStatus(200).json()
                .getJsonNumber("total").longValue();
    }

    @Test
    void anAdministratorGivesAnAccountTheTownRoleAndItsTown() {
        String username = uniqueUsername("town");
        browser.open("admin/accounts.xhtml");
        browser.signIn("admin", DEMO_PASSWORD);

        browser.clickAjax("accounts:new");
        browser.visible("accountDialog");
        browser.type("accountForm:username", username);
        browser.type("accountForm:displayName", "悦来镇工作人员");
        browser.type("accountForm:password", "secret-1");
        checkRole("TOWN");
        browser.selectFromMenu("accountForm:townCode", "悦来镇");
        browser.clickAjax("accountForm:save");

        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("accountDialog")));
        assertEquals("账号 " + username + " 已创建。", infoMessage("messages"));
        browser.type("accounts:search", username);
        By rows = By.cssSelector("[id='accounts:table_data'] > tr");
        browser.waitUntil(d -> {
            List<WebElement> shown = d.findElements(rows);
            return shown.size() == 1 && shown.get(0).getText().contains(username);
        });
        browser.waitForAjax();
        assertEquals("区镇 (悦来镇)", browser.driver.findElement(rows).findElements(By.tagName("td")).get(2).getText().strip());

        JsonObject account = api().asAdmin("GET", "api/accounts?search=" + username, null).assertStatus(200).json()
                .getJsonArray("rows").getJsonObject(0);
        assertEquals("YLZ", account.getString("townCode"));
    }

    @Test
    void anUnknownPageShowsTheNotFoundPage() {
        browser.open("login.xhtml");
        browser.signIn("investor1", DEMO_PASSWORD);

        browser.open("no-such-page.xhtml");
        assertEquals("页面不存在 · " + APP, browser.driver.getTitle());
        assertEquals("页面不存在", browser.text("errorTitle"));
    }

    @Test
    void anAdministratorOpensAnAccountInTheDialogAndFindsIt() {
        String username = uniqueUsername("dialog");
        browser.open("admin/accounts.xhtml");
        browser.signIn("admin", DEMO_PASSWORD);
        assertEquals("/admin/accounts.xhtml", browser.pathAndQuery());

        browser.clickAjax("accounts:new");
        browser.visible("accountDialog");
        browser.type("accountForm:username", username);
        browser.type("accountForm:displayName", "赵新");
        browser.type("accountForm:password", "secret-1");
        checkRole("OFFICER");
        browser.screenshot("accounts-new");
        browser.clickAjax("accountForm:save");

        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("accountDialog")));
        assertEquals("账号 " + username + " 已创建。", infoMessage("messages"));

        browser.type("accounts:search", username);
        By rows = By.cssSelector("[id='accounts:table_data'] > tr");
        browser.waitUntil(d -> {
            List<WebElement> shown = d.findElements(rows);
            return shown.size() == 1 && shown.get(0).getText().contains(username);
        });
        browser.waitForAjax();
        List<WebElement> cells = browser.driver.findElement(rows).findElements(By.tagName("td"));
        assertEquals(username, cells.get(0).getText().strip());
        assertEquals("赵新", cells.get(1).getText().strip());
        assertEquals("协调服务专员", cells.get(2).getText().strip());
        browser.screenshot("accounts");

        JsonObject page = api().asAdmin("GET", "api/accounts?search=" + username, null).assertStatus(200).json();
        assertEquals(1, page.getInt("total"));
        assertEquals("OFFICER", page.getJsonArray("rows").getJsonObject(0).getJsonArray("roles").getString(0));
        assertEquals(200, api().get("api/me", username, "secret-1").status());
    }

    private void checkRole(String role) {
        WebElement input = browser.driver.findElement(
                By.cssSelector("[id='accountForm:roles'] input[type=checkbox][value='" + role + "']"));
        WebElement box = input.findElement(By.xpath("ancestor::div[contains(@class,'ui-chkbox')][1]"
                + "/div[contains(@class,'ui-chkbox-box')]"));
        box.click();
        browser.waitUntil(d -> input.isSelected());
    }

    /** The single error summary of a p:messages. */
    private String errorMessage(String messagesId) {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + messagesId + "'] .ui-messages-error-summary"))).getText().strip();
    }

    private String infoMessage(String messagesId) {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + messagesId + "'] .ui-messages-info-summary"))).getText().strip();
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    /** A page fetched outside the browser with the given session id, redirects not followed. */
    private HttpResponse<Void> pageStatus(String path, String sessionId) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Cookie", "JSESSIONID=" + sessionId).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
