package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
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
 * The weekly report page in a headless Chromium, as a leader reads it: the title, the figures with
 * their change, the two charts drawn, the tables, the downloads and the history. Screenshot:
 * target/screenshots/weekly-report.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WeeklyReportBrowserIT {

    private static final String DEMO_PASSWORD = "demo123";
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-report-");

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
    void aLeaderReadsLastWeeksReportWithItsChartsTablesAndDownloads() {
        LocalDate day = TestClock.today().minusWeeks(1);
        String week = String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        JsonObject report = api.as("leader", "GET", "api/reports/weekly/" + week, null).assertStatus(200).json();

        browser.open("report/weekly.xhtml");
        browser.signIn("leader", DEMO_PASSWORD);

        assertEquals("重大项目推进周报 " + week + "（" + report.getString("from") + "至" + report.getString("to") + "）",
                browser.driver.findElement(By.cssSelector("h1.pd-title")).getText());
        List<String> cards = browser.driver.findElements(By.cssSelector("#figures .pd-report-figure")).stream()
                .map(e -> e.getText().replace('\n', ' ')).toList();
        assertTrue(cards.stream().anyMatch(c -> c.startsWith(report.getInt("projectsAccepted") + " ")
                && c.endsWith("受理项目（累计）")), cards.toString());
        assertEquals(19, cards.size());
        browser.waitUntil(d -> d.findElements(By.cssSelector("canvas")).size() == 2);
        // The summary, the towns, the green channel, then the departments.
        List<List<String>> departments = browser.tableTexts("tables:3:table");
        assertEquals(14, departments.size(), "every department, the power-supply company's too");
        assertTrue(browser.driver.findElement(By.id("pdf")).getAttribute("href").endsWith("/api/reports/weekly/" + week + "/pdf?lang=zh"));
        assertTrue(browser.tableTexts("history").stream().anyMatch(r -> r.get(0).equals(week)), "the report is in the history");
        browser.screenshot("weekly-report");
    }
}
