package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;


import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What each role sees first on the home page: its panel, each queue's heading with its count, as many
 * rows as the count (five at most) or the empty queue in words, and the first row opening its page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeQueuesBrowserIT {

    private static final int SHOWN = 5;

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-home-queues-");

    @ArquillianResource
    URL injectedBase;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    private ApiClient api;

    @BeforeEach
    void newSession() {
        URI base = ProjectDeskDeployment.base(injectedBase);
        browser.at(base).forgetCookies();
        api = new ApiClient(base);
    }

    /**
     * Seeded through the API, so that no demo data decides the rows: a new officer (祝海燕) answers for a project
     * taken in on 2026-01-05 whose on-the-spot DRC-01 was accepted that day (red since, the earliest due of all
     * red matters), and convenes a pre-review today (Monday 2026-12-28) at 00:00, inviting LAND (the earliest
     * invitation from today on). Each role's queue then opens with exactly that row, in words.
     */
    @Test
    void eachRoleSeesTheSeededRowFirstInWords() {
        String officer = "hq-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        String password = "Queue-Test-" + ThreadLocalRandom.current().nextInt(1_000_000) + "!a";
        api.createAccount(officer, "祝海燕", password, "OFFICER");
        String code = ServiceFileApiIT.projectCode();
        String name = "首页队列项目 " + code;
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(code, ServiceFileApiIT.creditCode(),
                "INDUSTRIAL", b -> b.add("name", name).add("officer", officer).add("intakeOn", "2026-01-05")))
                .assertStatus(201).json().getString("fileNo");
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                ApiClient.json("type", "ACCEPT", "on", "2026-01-05")).assertStatus(200);
        assertEquals("SUCCESS", api.as("admin", "POST", "api/admin/jobs/time-limit-scan/run", null).assertStatus(200).json()
                .getString("outcome"));
        String place = "首页队列测试会议室";
        api.send("POST", "api/meetings", officer, password, Json.createObjectBuilder().add("startsAt", "2026-12-28T00:00")
                .add("place", place).add("projects", Json.createArrayBuilder().add(fileNo))
                .add("departments", Json.createArrayBuilder().add("LAND")).build().toString(), Map.of()).assertStatus(201);
        JsonObject red = api.as("director", "GET", "api/supervision/warnings?light=RED", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(w -> w.getString("projectFileNo").equals(fileNo)).findFirst()
                .orElseThrow();
        String meetingRow = name + " · " + place + " · 2026-12-28 00:00 · 祝海燕";
        String redRow = name + " · 企业投资项目核准（备案） · 发展和改革委员会 红灯 已超期" + -red.getInt("remainingWorkingDays")
                + "个工作日 · 祝海燕";

        firstRow(officer, password, "myMeetings", meetingRow);
        assertEquals("1", browser.text("myMeetingsCount"), "the new officer's only meeting");
        firstRow("dept-land", DEMO_PASSWORD, "invitations", meetingRow);
        firstRow("director", DEMO_PASSWORD, "directorRed", redRow);
        firstRow("leader", DEMO_PASSWORD, "leaderRed", redRow);
    }

    private void firstRow(String username, String password, String queue, String expected) {
        browser.forgetCookies();
        browser.open("login.xhtml");
        browser.signIn(username, password);
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("[id='" + queue + "'] li"));
        assertTrue(!rows.isEmpty(), queue + " of " + username + " is empty");
        assertEquals(expected, rows.get(0).getText().strip(), queue + " of " + username);
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', value = {
            "officer1|我的项目|myMatters|我的即将到期和超期事项|/projects/file.xhtml?fileNo=",
            "officer1|我的项目|materials|待核对的上传材料|/projects/file.xhtml?fileNo=",
            "officer1|我的项目|myMeetings|本周会议|/meetings/meeting.xhtml?id=",
            "officer1|我的项目|myProblems|我负责项目的协调问题|/projects/file.xhtml?fileNo=",
            "dept-land|本部门审批事项|departmentMatters|本部门待办事项（待受理、待办结、待补正）|/projects/file.xhtml?fileNo=",
            "dept-land|本部门审批事项|invitations|本部门受邀的会议|/meetings/meeting.xhtml?id=",
            "dept-land|本部门审批事项|opinions|待出具的部门意见|/meetings/meeting.xhtml?id=",
            "dept-land|本部门审批事项|signatures|待签署的竣工验收事项|/acceptance/case.xhtml?id=",
            "director|办公室总览|proposals|待决定的绿色通道申请|/projects/file.xhtml?fileNo=",
            "director|办公室总览|complaints|待答复的投诉|/portal/complaints.xhtml",
            "director|办公室总览|directorRed|亮红灯的审批事项|/projects/file.xhtml?fileNo=",
            "director|办公室总览|escalated|已提请领导协调的问题|/projects/file.xhtml?fileNo=",
            "leader|每周进度报告|leaderRed|亮红灯的审批事项|/projects/file.xhtml?fileNo="})
    void eachQueueShowsItsCountItsFirstRowsAndOpensTheFirst(String username, String panelTitle, String queue, String heading,
            String opens) {
        browser.open("login.xhtml");
        browser.signIn(username, DEMO_PASSWORD);

        String panel = switch (username) {
            case "officer1" -> "officer";
            case "dept-land" -> "department";
            default -> username;
        };
        assertEquals(panelTitle, browser.driver.findElement(By.cssSelector("[id='" + panel + "'] .ui-panel-title")).getText().strip());
        long count = Long.parseLong(browser.text(queue + "Count"));
        assertEquals(heading + " " + count, browser.driver.findElement(By.cssSelector("[id='" + queue + "'] h3")).getText().strip());
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("[id='" + queue + "'] li"));
        assertEquals(Math.min(count, SHOWN), rows.size(), "the queue's first rows");
        if (username.equals("dept-land")) {
            assertEquals("国土资源局的待办事项", browser.text("departmentName"));
        }
        if (count == 0) {
            assertEquals("没有待办事项。", browser.driver.findElement(By.cssSelector("[id='" + queue + "'] .pd-empty")).getText().strip());
            return;
        }
        WebElement first = rows.get(0);
        String text = first.getText();
        assertTrue(!text.matches(".*\\b[A-Z]{2,}_[A-Z_]+\\b.*") && !text.contains("???") && !text.contains(username),
                "words, not codes or login names: " + text);
        browser.clickAndWaitForPage(first.findElement(By.tagName("a")).getAttribute("id"));
        assertTrue(browser.pathAndQuery().startsWith(opens), browser.pathAndQuery());
    }
}
