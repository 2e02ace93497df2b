package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

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

/**
 * Provisional dates in a headless Chromium: the banner asking the administrators and the director to
 * import next year's holiday schedule (and nobody else), the mark 暂定 beside a service file's dates
 * counted into 2027 and not beside those of 2026, in Chinese and in English, the same on the investor's
 * status page on a phone, and the calendar page's provisional years. The banner's year follows from the test servers' today, which lies between
 * 1 November 2026 (the warning day) and the end of 2027: 2027 has no official schedule there. The
 * project is taken in on the fixed day 2026-11-20. Screenshots: target/screenshots/provisional-file.png,
 * provisional-portal-phone.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisionalDatesBrowserIT {

    private static final String BANNER = "2027年法定节假日安排尚未导入：涉及2027年的日期均按法定节日推算，在导入国务院办公厅通知之前均为暂定。";
    private static final String TITLE = "2027年法定节假日安排尚未公布，此日期按法定节日推算，导入正式安排后可能调整";

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    /** A failed test leaves target/screenshots/failed-provisional-{test}.png behind. */
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-provisional-");

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
    void theAdministratorAndTheDirectorAreAskedToImportTheYearAndAnOfficerIsNot() {
        for (String user : List.of("admin", "director")) {
            browser.forgetCookies();
            browser.open("index.xhtml");
            browser.signIn(user, DEMO_PASSWORD);
            assertEquals(BANNER, browser.text("calendarBannerText"), user);
            WebElement link = browser.visible("calendarBannerLink");
            assertEquals("导入节假日安排", link.getText().strip());
            assertTrue(link.getAttribute("href").endsWith("/reference/calendar.xhtml#import"), link.getAttribute("href"));
        }
        // The director's board says it too.
        browser.open("supervision/board.xhtml");
        assertEquals(BANNER, browser.text("calendarBannerText"));

        browser.forgetCookies();
        browser.open("index.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
        assertTrue(browser.present(By.id("welcome")), "the officer's home page");
        assertFalse(browser.present(By.id("calendarBanner")), "an officer imports nothing");
    }

    @Test
    void aServiceFileMarksItsDatesIn2027AndNotThoseIn2026() {
        String fileNo = ProvisionalDatesApiIT.takeIn(api).getString("fileNo");

        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        browser.signIn("officer1", DEMO_PASSWORD);
        // Planned: FIRE-02 from 29 December 2026 to 4 January 2027, HUD-04 on 4 January, DRC-01 on the day of intake.
        assertEquals("2026-12-29 – 2027-01-04 暂定", plannedCell("FIRE-02").getText().strip());
        assertEquals("2027-01-04 暂定 – 2027-01-04 暂定", plannedCell("HUD-04").getText().strip());
        assertEquals("2026-12-29 – 2026-12-31", plannedCell("PLAN-04").getText().strip());
        assertEquals("2026-11-20 – 2026-11-20", plannedCell("DRC-01").getText().strip());

        // Beside the 2027 date, not beside the 2026 one: the mark follows the date it belongs to, with its explanation.
        List<WebElement> parts = plannedCell("FIRE-02").findElements(By.cssSelector(".pd-date, .pd-provisional"));
        assertEquals(List.of("pd-date:2026-12-29", "pd-date:2027-01-04", "pd-provisional:暂定"),
                parts.stream().map(e -> e.getAttribute("class") + ":" + e.getText().strip()).toList());
        assertEquals(TITLE, parts.get(2).getAttribute("title"));
        assertEquals("标有“暂定”的日期按法定节日推算：2027年法定节假日安排尚未公布，导入正式安排后可能调整。",
                browser.text("provisionalNote"));
        browser.screenshot("provisional-file");

        browser.clickAndWaitForPage("shell:language");
        assertEquals("2026-12-29 – 2027-01-04 provisional", plannedCell("FIRE-02").getText().strip());
        assertEquals("The official holiday schedule for 2027 has not been published: this date counts the statutory holidays"
                        + " only and may change once the official schedule is imported",
                plannedCell("FIRE-02").findElement(By.className("pd-provisional")).getAttribute("title"));
        assertEquals("2026-12-29 – 2026-12-31", plannedCell("PLAN-04").getText().strip());
    }

    @Test
    void anInvestorReadsTheMarkAndWhatItMeansOnAPhone() {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.INVESTOR1_CODE, "INDUSTRIAL", b -> b.add("intakeOn", ProvisionalDatesApiIT.INTAKE_ON)))
                .assertStatus(201).json().getString("fileNo");
        browser.resize(390, 844);
        try {
            browser.open("portal/status.xhtml?fileNo=" + fileNo);
            browser.signIn("investor1", DEMO_PASSWORD);
            // Taken in, not filed: the matters fold (the materials come first) and show their plan, not a promise.
            browser.driver.findElement(By.cssSelector("#mattersSection > summary")).click();
            assertEquals("计划 2027-01-04 暂定 前办结（尚未申报）", promise("建设工程消防验收"));
            assertEquals("计划 2026-12-31 前办结（尚未申报）", promise("建设工程规划核实"));
            // Without a pointer to hover over the mark, the page says in words what it means.
            assertEquals("标有“暂定”的日期按法定节日推算：2027年法定节假日安排尚未公布，导入正式安排后可能调整。",
                    browser.text("provisionalNote"));
            WebElement mark = browser.driver.findElement(By.cssSelector("#matters .pd-provisional"));
            assertTrue(Double.parseDouble(mark.getCssValue("font-size").replace("px", "")) >= 12, mark.getCssValue("font-size"));
            assertFalse(browser.overflowsHorizontally(), "the page fits a phone's width");
            browser.screenshot("provisional-portal-phone");
        } finally {
            browser.resize(1280, 900);
        }
    }

    @Test
    void theCalendarPageShowsTheProvisionalYearsWithTheLawsHolidays() {
        browser.open("reference/calendar.xhtml");
        browser.signIn("director", DEMO_PASSWORD);
        List<List<String>> rows = browser.tableRows("years:loaded");
        List<String> row2026 = rows.stream().filter(r -> r.get(0).startsWith("2026")).findFirst().orElseThrow();
        List<String> row2027 = rows.stream().filter(r -> r.get(0).startsWith("2027")).findFirst().orElseThrow();
        assertEquals("2026", row2026.get(0), "an official year has no mark");
        // The law's 2027 holidays: New Year's Day; Spring Festival eve and days one to three (5–8 February), the two
        // on the weekend made up on 9 and 10 February; Qingming; 1 and 2 May, a weekend, made up on 3 and 4 May;
        // the Dragon Boat and Mid-Autumn Festivals; 1–3 October, 2 and 3 made up on 4 and 5 October: 19 days off.
        assertEquals(List.of("2027 暂定", "248", "19", "0", "按《全国年节及纪念日放假办法》（国务院令第795号）推算", ""), row2027);
        assertEquals(BANNER, browser.text("calendarBannerText"));

        int index = rows.indexOf(row2027);
        browser.clickAjax("years:loaded:" + index + ":show");
        assertEquals("2027", browser.text("shownYear"));
        assertTrue(browser.text("provisionalYear").startsWith("2027年为暂定年份"), browser.text("provisionalYear"));
        assertEquals(19, browser.driver.findElements(By.cssSelector("#months td.pd-cal-statutory")).size());
        assertEquals(0, browser.driver.findElements(By.cssSelector("#months td.pd-cal-makeup")).size(), "no make-up days");
        WebElement february = browser.driver.findElements(By.cssSelector("#months table.pd-cal-month")).get(1);
        List<WebElement> festival = february.findElements(By.cssSelector("td.pd-cal-statutory"));
        assertEquals(List.of("5", "6", "7", "8", "9", "10"), festival.stream().map(td -> td.getText().strip()).toList());
        assertEquals("春节 · 法定节日（推算）", festival.get(4).getAttribute("title"));
    }

    /** The promise on the portal's card of the matter so named ("承诺 … 前办结"). */
    private static String promise(String matterName) {
        for (WebElement card : browser.driver.findElements(By.cssSelector("#matters > li"))) {
            if (card.findElement(By.className("pd-portal-card-title")).getText().startsWith(matterName + " ·")) {
                return card.findElements(By.tagName("div")).get(2).getText().strip();
            }
        }
        throw new AssertionError("no card for " + matterName);
    }

    /** The "planned" cell (7th) of a matter's row in the service file's matters table. */
    private static WebElement plannedCell(String category) {
        for (WebElement row : browser.driver.findElements(By.cssSelector("[id='matters:table_data'] > tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.get(0).getText().strip().equals(category)) {
                return cells.get(6);
            }
        }
        throw new AssertionError("no row for " + category);
    }
}
