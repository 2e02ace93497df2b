package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.text.NumberFormat;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/**
 * The weekly report page in a headless Chromium, as a leader reads it: the title, the paragraph a leader
 * reads first (its exact words, from the report's figures), the figures with
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
        WebElement brief = browser.driver.findElement(By.id("brief"));
        assertEquals(expectedBrief(report), brief.getText());
        assertTrue(brief.getLocation().getY() < browser.driver.findElement(By.id("figures")).getLocation().getY(),
                "the paragraph above the figures");
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

    /**
     * The paragraph the page should open with, written out from the report's JSON figures: the intake and the
     * investment, the projects in approval, started and in the green channel, the matters approved, the red and
     * yellow matters with their change; problems, acceptance and referrals only when the week has some.
     */
    private static String expectedBrief(JsonObject r) {
        NumberFormat number = NumberFormat.getInstance(Locale.SIMPLIFIED_CHINESE);
        JsonObject changes = r.getJsonObject("changes");
        List<String> clauses = new ArrayList<>();
        long fresh = count(r, "projectsNew");
        clauses.add((fresh == 0 ? "本周无新受理项目" : "本周新受理项目" + number.format(fresh) + "个") + "，累计受理项目"
                + number.format(count(r, "projectsAccepted")) + "个，总投资"
                + number.format(r.getJsonNumber("totalInvestmentYi").bigDecimalValue()) + "亿元");
        clauses.add("审批中项目" + number.format(count(r, "inApproval")) + "个，已开工项目" + number.format(count(r, "constructionStarted"))
                + "个，绿色通道项目" + number.format(count(r, "greenChannelTotal")) + "个");
        long approved = count(r, "mattersApproved");
        clauses.add(approved == 0 ? "本周无办结审批事项" : "本周办结审批事项" + number.format(approved) + "项");
        clauses.add(light("红灯", count(r, "redMatters"), changes.getJsonNumber("redMatters").longValue(), number) + "，"
                + light("黄灯", count(r, "yellowMatters"), changes.getJsonNumber("yellowMatters").longValue(), number));
        if (count(r, "problemsOpened") + count(r, "problemsResolved") > 0) {
            clauses.add("新增协调难题" + number.format(count(r, "problemsOpened")) + "个，解决" + number.format(count(r, "problemsResolved")) + "个");
        }
        JsonObject acceptance = r.isNull("acceptance") ? null : r.getJsonObject("acceptance").getJsonObject("thisWeek");
        if (acceptance != null && count(acceptance, "applied") + count(acceptance, "passed") > 0) {
            clauses.add("联合竣工验收受理" + count(acceptance, "applied") + "件、通过" + count(acceptance, "passed") + "件");
        }
        if (!r.isNull("townsTotal") && count(r.getJsonObject("townsTotal"), "referrals") > 0) {
            clauses.add("各区镇推荐项目" + count(r.getJsonObject("townsTotal"), "referrals") + "个");
        }
        return String.join("；", clauses) + "。";
    }

    private static String light(String colour, long matters, long change, NumberFormat number) {
        return (matters == 0 ? "无" + colour + "事项" : colour + "事项" + number.format(matters) + "项")
                + (change > 0 ? "（较上周增加" + change + "项）" : change < 0 ? "（较上周减少" + -change + "项）" : "（与上周持平）");
    }

    private static long count(JsonObject figures, String name) {
        return figures.getJsonNumber(name).longValue();
    }
}
