package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @BeforeEach
    void newSession() {
        URI base = ProjectDeskDeployment.base(injectedBase);
        browser.at(base).forgetCookies();
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
