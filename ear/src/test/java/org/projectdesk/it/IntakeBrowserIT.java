package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
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
 * The intake wizard as the single window uses it for an enterprise already on file: found by part of
 * its name, its details filled in; an incomplete project code said to be incomplete; everything
 * checked on a summary before the file is made; the new file then names the project taken in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeBrowserIT {

    private static final String DEMO_PASSWORD = "demo123";
    private static final Pattern FILE_PAGE = Pattern.compile("/projects/file\\.xhtml\\?fileNo=(XF-2026-\\d{4})");

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-intake-");

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

    @Test
    void aKnownEnterpriseIsFoundAndTheIntakeCheckedBeforeTheFileIsMade() {
        String creditCode = ServiceFileApiIT.creditCode();
        String serial = creditCode.substring(10, 17);
        api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(), creditCode, "INDUSTRIAL",
                body -> body.add("enterprise", ServiceFileApiIT.enterprise("已登记" + serial + "精密机械有限公司", creditCode)))).assertStatus(201);
        String projectCode = ServiceFileApiIT.projectCode();
        String name = "二期扩建项目 " + serial;

        browser.open("projects/intake.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);

        // The enterprise on file, found by part of its name: its name, code and contact fill the step in.
        browser.type("intake:lookup_input", "登记" + serial + "精密");
        WebElement suggestion = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='intake:lookup_panel'] li.ui-autocomplete-item")));
        assertEquals("已登记" + serial + "精密机械有限公司（" + creditCode + "）", suggestion.getText().strip());
        suggestion.click();
        browser.waitUntil(d -> creditCode.equals(d.findElement(By.id("intake:creditCode")).getAttribute("value")));
        assertEquals("已登记" + serial + "精密机械有限公司", browser.visible("intake:enterpriseName").getAttribute("value"));
        assertEquals("张三", browser.visible("intake:contactName").getAttribute("value"));
        assertEquals("0513-82000000", browser.visible("intake:contactPhone").getAttribute("value"));
        next();

        // Half a project code is called incomplete, not missing.
        browser.type("intake:name", name);
        browser.type("intake:projectCode", projectCode.replace("-", "").substring(0, 10));
        browser.type("intake:investment_input", "3200");
        next();
        assertEquals("投资项目统一代码不完整：应为24位，如 2026-320684-34-03-123456", browser.text("intake:projectMessages"));
        browser.type("intake:projectCode", projectCode.replace("-", ""));
        next();

        browser.selectFromMenu("intake:town", "海门港新区");
        next();
        assertTrue(browser.text("intake:officerChoice_label").startsWith("李明"), browser.text("intake:officerChoice_label"));
        next();

        // The summary, in the words the office uses: names, not codes.
        assertEquals(List.of("已登记" + serial + "精密机械有限公司（" + creditCode + "）", "张三 0513-82000000", name, projectCode,
                        "3,200.00", "工业项目", "海门港新区", "已取得", "李明"),
                List.of("sumEnterprise", "sumContact", "sumName", "sumCode", "sumInvestment", "sumType", "sumTown", "sumLand",
                        "sumOfficer").stream().map(id -> browser.text(id)).toList());
        assertFalse(browser.driver.getPageSource().contains("???"));
        browser.screenshot("intake-summary");
        browser.clickAndWaitForPage("intake:takeIn");

        Matcher page = FILE_PAGE.matcher(browser.pathAndQuery());
        assertTrue(page.matches(), browser.pathAndQuery());
        assertEquals("已受理：" + name + "，服务档案号 " + page.group(1), browser.text("messages"));
        assertEquals(creditCode, api.as("officer1", "GET", "api/projects/" + page.group(1), null).assertStatus(200).json()
                .getJsonObject("enterprise").getString("creditCode"), "the enterprise on file, not a new one");
    }

    private void next() {
        browser.waitBriefly(ExpectedConditions.elementToBeClickable(By.cssSelector("#intake .ui-wizard-nav-next"))).click();
        browser.waitForAjaxBriefly();
    }
}
