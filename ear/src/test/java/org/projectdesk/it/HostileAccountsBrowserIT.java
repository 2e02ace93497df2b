package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;
import static org.projectdesk.it.ProjectDeskDeployment.uniqueUsername;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A blocked address on the pages (issue 14): the login page tells it only what it tells a wrong
 * password, and the administrator sees the block on the accounts page and lifts it there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileAccountsBrowserIT {

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-hostile-accounts-");

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

    @Test
    void aBlockedAddressReadsTheWrongPasswordMessageUntilTheAdministratorUnlocksTheAccount() {
        String username = uniqueUsername("blockedpage");
        ApiClient api = new ApiClient(base);
        api.createAccount(username, "被封的人", "secret-1", "OFFICER");
        // The browser and these calls both come from 127.0.0.1: five wrong passwords block that address.
        for (int attempt = 0; attempt < 5; attempt++) {
            api.get("api/me", username, "guess-" + attempt).assertProblem(401);
        }

        browser.open("login.xhtml");
        browser.signIn(username, "secret-1");
        assertTrue(browser.pathAndQuery().startsWith("/login.xhtml"), browser.pathAndQuery());
        assertEquals("用户名或密码错误。", errorMessage("login:messages"), "the right password, blocked");

        browser.signIn("admin", DEMO_PASSWORD);
        browser.open("admin/accounts.xhtml");
        browser.type("accounts:search", username);
        By rows = By.cssSelector("[id='accounts:table_data'] > tr");
        browser.waitUntil(d -> {
            List<WebElement> shown = d.findElements(rows);
            return shown.size() == 1 && shown.get(0).getText().contains(username);
        });
        browser.waitForAjax();
        String status = statusCell(rows);
        assertTrue(status.matches("(?s)正常 · 自 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 起锁定至 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s+"
                + "127\\.0\\.0\\.1 自 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 起登录失败 5 次"), status);
        browser.screenshot("accounts-blocked");

        browser.clickAjax("accounts:table:0:unlock");

        assertEquals("账号 " + username + " 已解锁，各地址均可重新登录。", infoMessage("messages"));
        browser.waitUntil(d -> !statusCell(rows).contains("锁定"));
        assertEquals("正常", statusCell(rows));
        assertFalse(browser.present(By.id("accounts:table:0:unlock")), "nothing left to unlock");

        browser.forgetCookies();
        browser.open("login.xhtml");
        browser.signIn(username, "secret-1");
        assertEquals("欢迎您，被封的人", browser.text("welcome"));
    }

    private String statusCell(By rows) {
        return browser.driver.findElement(rows).findElements(By.tagName("td")).get(3).getText().strip();
    }

    private String errorMessage(String messagesId) {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + messagesId + "'] .ui-messages-error-summary"))).getText().strip();
    }

    private String infoMessage(String messagesId) {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + messagesId + "'] .ui-messages-info-summary"))).getText().strip();
    }
}
