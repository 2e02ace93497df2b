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

/**
 * The supervision pages in a headless Chromium: the director's board shows the lights the scan
 * left, the red matter of a project taken in for the test, and each department; the
 * administrator runs the scan from the jobs page. Screenshots: target/screenshots/board.png, jobs.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionBrowserIT {

    private static final String DEMO_PASSWORD = "demo123";
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-supervision-");

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
    void theDirectorSeesTheLightsAndTheRedMatterOfAnOverdueProjectOnTheBoard() {
        String fileNo = ListsAndBoardIT.lateProject(api, ServiceFileApiIT.projectCode());
        api.as("admin", "POST", "api/admin/jobs/time-limit-scan/run", null).assertStatus(200);
        JsonObject board = api.as("director", "GET", "api/supervision/board", null).assertStatus(200).json();

        browser.open("supervision/board.xhtml");
        browser.signIn("director", DEMO_PASSWORD);

        assertEquals("电子监察", browser.driver.findElement(org.openqa.selenium.By.cssSelector("h1.pd-title")).getText());
        assertEquals("红灯 " + board.getJsonNumber("red").longValue(), browser.text("red"));
        assertEquals("黄灯 " + board.getJsonNumber("yellow").longValue(), browser.text("yellow"));
        List<List<String>> departments = browser.tableTexts("board:departments");
        assertEquals(14, departments.size(), "every department has its row, the power-supply company's too");
        assertTrue(departments.stream().anyMatch(row -> row.get(0).equals("国土资源局")), departments.toString());
        assertTrue(browser.driver.getPageSource().contains(fileNo), "the overdue project's red matter is listed");
        browser.screenshot("board");
    }

    @Test
    void theRedCountOpensItsMattersPagedAndTheDirectorOrdersOneSupervised() {
        ListsAndBoardIT.atLeastRed(api, 45);
        String fileNo = ListsAndBoardIT.lateProject(api, ServiceFileApiIT.projectCode());
        api.as("admin", "POST", "api/admin/jobs/time-limit-scan/run", null).assertStatus(200);
        List<JsonObject> red = api.as("director", "GET", "api/supervision/matters?light=RED&size=500", null).assertStatus(200)
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        int pages = (red.size() + 19) / 20;
        assertTrue(pages >= 3, "a long list: " + red.size());

        browser.open("supervision/board.xhtml");
        browser.signIn("director", DEMO_PASSWORD);
        browser.clickAjax("board:drillRed");
        assertEquals("全部部门 · 红灯", browser.text("board:drill:drillTitle"));
        for (int page : List.of(0, pages / 2, pages - 1)) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("PF('drillTable').getPaginator().setPage(arguments[0]);",
                    page);
            browser.waitForAjax();
            List<List<String>> rows = browser.tableTexts("board:drill");
            JsonObject first = red.get(page * 20);
            JsonObject last = red.get(Math.min(red.size(), page * 20 + 20) - 1);
            assertEquals(List.of(first.getString("fileNo"), first.getString("categoryCode") + " " + first.getString("categoryName"),
                            first.getString("departmentName"), first.getString("officerName"), "红灯"),
                    List.of(rows.get(0).get(0), rows.get(0).get(2), rows.get(0).get(3), rows.get(0).get(4), rows.get(0).get(5)),
                    "page " + page + " starts with the API's row");
            assertEquals(last.getString("fileNo"), rows.get(rows.size() - 1).get(0), "page " + page + " ends with the API's row");
        }
        browser.screenshot("board-drill");

        // The new project's red matter, on its page of the list behind the red count.
        int at = java.util.stream.IntStream.range(0, red.size()).filter(i -> red.get(i).getString("fileNo").equals(fileNo))
                .findFirst().orElseThrow();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("PF('drillTable').getPaginator().setPage(arguments[0]);",
                at / 20);
        browser.waitForAjax();
        String row = "//*[@id='board:drill_data']//a[text()='" + fileNo + "']/ancestor::tr[1]";
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.xpath(
                row + "//button[contains(@class, 'pd-order')]"))).click();
        browser.waitForAjax();
        browser.visible("order:note");
        browser.type("order:note", "请于三个工作日内办结");
        browser.clickAjax("order:issue");
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.xpath(row), "已督办：请于三个工作日内办结"));
        assertTrue(api.as("officer1", "GET", "api/inbox", null).assertStatus(200).body().contains("请于三个工作日内办结"),
                "the officer is told");
        browser.screenshot("board-order");
    }

    @Test
    void theDirectorGrantsTheGreenChannelOnTheServiceFileAndAWindowRecordsOvertime() {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> b.add("landStatus", "IN_TRANSFER"))).assertStatus(201)
                .json().getString("fileNo");
        api.as("officer1", "POST", "api/projects/" + fileNo + "/events",
                ApiClient.json("type", "PROPOSE_GREEN_CHANNEL", "reason", "省重大项目")).assertStatus(200);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                ApiClient.json("type", "ACCEPT", "on", "2026-06-02")).assertStatus(200);

        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        browser.signIn("director", DEMO_PASSWORD);
        assertTrue(browser.text("greenChannel").startsWith("已提请，待主任审批"), browser.text("greenChannel"));
        browser.type("green:greenReason", "列入绿色通道，争取海门速度");
        browser.clickAjax("green:grant");

        assertTrue(browser.text("greenChannel").startsWith("已列入绿色通道 · 王海燕 "), browser.text("greenChannel"));
        // First acceptance Tue 2 June 2026: the 18th working day is Mon 29 June (Dragon Boat Festival 19 June off), the 22nd Fri 3 July.
        assertTrue(browser.text("greenWindow").startsWith("2026-06-29 – 2026-07-03（18–22）"), browser.text("greenWindow"));

        browser.selectFromMenu("services:kind", "加班服务");
        browser.typeDate("services:on_input", "2026-06-06");
        browser.selectFromMenu("services:department", "国土资源局");
        browser.type("services:staff", "张三、李四");
        browser.type("services:hours_input", "3.5");
        browser.clickAjax("services:record");

        assertEquals(List.of("2026-06-06", "加班服务", "国土资源局", "张三、李四", "3.5", ""), browser.tableTexts("services:list").get(0));
        browser.screenshot("green-channel-file");
    }

    @Test
    void anAdministratorRunsTheScanFromTheJobsPage() {
        browser.open("admin/jobs.xhtml");
        browser.signIn("admin", DEMO_PASSWORD);

        List<List<String>> jobs = browser.tableTexts("jobs:list");
        assertEquals(List.of("邮件发送", "会议提醒", "专员每日提醒", "时限扫描与预警", "领导周报"), jobs.stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("每分钟（第30秒）", "每30分钟", "每天 08:00", "每15分钟", "每周一 08:00"),
                jobs.stream().map(r -> r.get(1)).toList(), "schedules in words, not cron");
        browser.clickAjax("jobs:list:3:run");

        assertTrue(browser.text("messages").startsWith("时限扫描与预警已执行：成功"), browser.text("messages"));
        browser.screenshot("jobs");
    }
}
