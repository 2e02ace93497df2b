package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The coordination pages in a headless Chromium: an officer records an on-site guidance visit with
 * a follow-up action, then raises a problem on the visited project and resolves it, reading the
 * exact Chinese texts the pages show. Screenshots: target/screenshots/visits.png, problems.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoordinationBrowserIT {

    private static final String DEMO_PASSWORD = "demo123";
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-coordination-");

    @ArquillianResource
    URL injectedBase;

    private ApiClient api;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    @BeforeEach
    void newSession() {
        URI base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
        browser.at(base).forgetCookies();
    }

    /** Ticks the item of a p:selectCheckboxMenu labelled so and closes its panel. */
    private void tick(String menuId, String label) {
        browser.waitBriefly(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        By panel = By.id(menuId + "_panel");
        // The panel is aligned while its opening transition runs: a click before it ends can land on another item.
        browser.waitBriefly(d -> d.findElement(panel).getAttribute("class").contains("ui-connected-overlay-enter-done"));
        By item = By.xpath("//*[@id='" + menuId + "_panel']//li[.//label[normalize-space(.)='" + label + "']]");
        browser.waitBriefly(ExpectedConditions.elementToBeClickable(
                item.findElement(browser.driver).findElement(By.cssSelector("div.ui-chkbox-box")))).click();
        browser.waitBriefly(ExpectedConditions.attributeContains(item, "class", "ui-selectcheckboxmenu-checked"));
        browser.driver.findElement(By.cssSelector("[id='" + menuId + "_panel'] .ui-selectcheckboxmenu-close")).click();
        browser.waitBriefly(ExpectedConditions.invisibilityOfElementLocated(panel));
    }

    private void chip(String chipsId, String value) {
        browser.waitBriefly(ExpectedConditions.elementToBeClickable(By.id(chipsId + "_input"))).sendKeys(value, Keys.ENTER);
    }

    private String shownMessage() {
        return browser.waitBriefly(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='messages'] .ui-messages-info-summary, [id='messages'] .ui-messages-error-summary")))
                .getText().strip();
    }

    private static int rowOf(List<List<String>> rows, int column, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(column).startsWith(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " is not in " + rows);
    }

    @Test
    void anOfficerRecordsAVisitThenRaisesAndResolvesAProblemOnTheVisitedProject() {
        String creditCode = ServiceFileApiIT.creditCode();
        String projectCode = ServiceFileApiIT.projectCode();
        JsonObject file = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(projectCode, creditCode,
                "INDUSTRIAL", b -> { })).assertStatus(201).json();
        String fileNo = file.getString("fileNo");
        String today = TestClock.today().toString();
        String due = TestClock.today().plusDays(7).toString();

        browser.open("coordination/visits.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
        assertEquals("上门指导", browser.driver.findElement(By.cssSelector("h1.pd-title")).getText());
        browser.clickAjax("visits:new");
        browser.visible("visitForm:issues");
        chip("visitForm:projects", fileNo);
        chip("visitForm:staff", "李明");
        chip("visitForm:staff", "王海燕");
        tick("visitForm:present", "国土资源局");
        browser.type("visitForm:issues", "企业反映用地红线与规划不一致");
        browser.type("visitForm:actions:0:action", "核定用地红线");
        browser.type("visitForm:actions:0:owner", "国土资源局窗口");
        browser.typeDate("visitForm:actions:0:dueOn_input", due);
        browser.clickAjax("visitForm:save");

        assertEquals("上门指导已记录", shownMessage());
        List<List<String>> visits = browser.tableTexts("visits:table");
        List<String> visit = visits.get(rowOf(visits, 2, fileNo));
        assertEquals(List.of(today, "新建企业 " + creditCode, fileNo + " 测试项目 " + projectCode, "李明、王海燕", "国土资源局",
                "企业反映用地红线与规划不一致", "核定用地红线 · 国土资源局窗口 · " + due), visit.subList(0, 7));
        browser.screenshot("visits");

        browser.open("coordination/problems.xhtml");
        assertEquals("协调难题", browser.driver.findElement(By.cssSelector("h1.pd-title")).getText());
        browser.selectFromMenu("problems:department", "气象局");
        browser.clickAjax("problems:raise");
        browser.visible("raiseForm:description");
        browser.type("raiseForm:fileNo", fileNo);
        browser.type("raiseForm:description", "雷电防护装置设计审核意见迟迟未出");
        tick("raiseForm:responsible", "气象局");
        browser.clickAjax("raiseForm:save");

        assertEquals("难题已提出", shownMessage());
        List<List<String>> problems = browser.tableTexts("problems:table");
        int row = rowOf(problems, 1, "雷电防护装置设计审核意见迟迟未出");
        assertEquals(List.of(fileNo + " 测试项目 " + projectCode, "雷电防护装置设计审核意见迟迟未出", "气象局", "协调服务专员"),
                problems.get(row).subList(0, 4));
        assertEquals("待办理", problems.get(row).get(5));

        browser.clickAjax("problems:table:" + row + ":act");
        browser.visible("actForm:text");
        browser.selectFromMenu("actForm:step", "解决");
        browser.type("actForm:text", "气象局已出具审核意见");
        browser.clickAjax("actForm:save");

        assertEquals("难题已解决", shownMessage());
        List<String> resolved = browser.tableTexts("problems:table").get(row);
        assertEquals("已解决", resolved.get(5));
        assertEquals("气象局已出具审核意见", resolved.get(6));
        browser.screenshot("problems");
    }
}
