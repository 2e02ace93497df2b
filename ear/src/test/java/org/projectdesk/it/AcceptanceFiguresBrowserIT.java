package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The acceptance figures page in a headless Chromium: a leader sees the total and every department's
 * line with the same numbers as the API, and the chart drawn; a period backwards is refused beside its
 * field; a department window sees its own line only. Screenshot: target/screenshots/acceptance-figures.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AcceptanceFiguresBrowserIT {

    private static final String DEMO_PASSWORD = "demo123";
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-acceptance-figures-");

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
    void aLeaderReadsTheTableAndTheChartAndABackwardPeriodIsRefusedBesideItsField() {
        String from = TestClock.today().withDayOfYear(1).toString();
        String to = TestClock.today().toString();
        JsonObject figures = api.as("leader", "GET", "api/acceptances/figures?from=" + from + "&to=" + to, null)
                .assertStatus(200).json();

        browser.open("acceptance/figures.xhtml");
        browser.signIn("leader", DEMO_PASSWORD);

        assertEquals("联合竣工验收统计", browser.driver.findElement(By.cssSelector("h1.pd-title")).getText());
        List<String> header = browser.driver.findElements(By.cssSelector("[id='figures:table'] thead th")).stream()
                .map(th -> th.getText().strip()).toList();
        assertEquals(List.of("部门", "受理验收", "通过验收", "平均用时（工作日）", "最快用时（工作日）", "平均用时（自然日）",
                "最快用时（自然日）", "一次性通过率", "提出整改问题", "整改问题销号", "未履行承诺", "逾期承诺"), header);
        List<List<String>> rows = browser.tableTexts("figures:table");
        JsonObject total = figures.getJsonObject("total");
        assertEquals(List.of("全部（合计）", String.valueOf(total.getInt("applied")), String.valueOf(total.getInt("passed"))),
                rows.get(0).subList(0, 3));
        assertEquals(String.valueOf(total.getInt("pledgesOverdue")), rows.get(0).get(11));
        assertEquals(1 + figures.getJsonArray("departments").size(), rows.size(), "the total and every department");
        assertEquals("规划局", rows.get(1).get(0), "the departments in the order of the combined form");
        browser.waitUntil(d -> d.findElements(By.cssSelector("[id='figures:chart'] canvas")).size() == 1);
        assertEquals("容缺承诺按 " + to + " 当日情况统计。", browser.text("asOf"));
        browser.screenshot("acceptance-figures");

        browser.typeDate("figures:from_input", to);
        browser.typeDate("figures:to_input", from);
        browser.clickAjax("figures:refresh");
        assertEquals("统计期间的截止日期 " + from + " 早于起始日期 " + to, browser.text("figures:toMessage"));
        assertTrue(browser.driver.findElements(By.cssSelector("[id='figures:table']")).isEmpty(), "no figures for it");
    }

    @Test
    void aDepartmentWindowSeesItsOwnLineOnly() {
        browser.open("acceptance/figures.xhtml");
        browser.signIn("dept-fire", DEMO_PASSWORD);

        List<List<String>> rows = browser.tableTexts("figures:table");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("公安消防大队", rows.get(0).get(0));
        assertTrue(browser.present(By.cssSelector("[id='figures:chart'] canvas")) || browser.waitUntil(
                d -> !d.findElements(By.cssSelector("[id='figures:chart'] canvas")).isEmpty()));
    }
}
