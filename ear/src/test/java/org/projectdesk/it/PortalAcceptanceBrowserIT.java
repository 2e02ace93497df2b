package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.AcceptanceCases.FINDINGS;
import static org.projectdesk.it.AcceptanceCases.id;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The investor's joint completion acceptance on a phone (390 × 844): investor1 reads the case in plain
 * words and a rectification list of three findings, and uploads evidence for the first, the last and the
 * middle finding in turn, each reported with a note through its own row; each then reads 已报告整改 and the
 * office downloads exactly what was uploaded. Nothing is wider than the screen. The case is set up over
 * REST as the office and the departments' windows make it ({@link AcceptanceCases}). Screenshot:
 * target/screenshots/portal-acceptance.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAcceptanceBrowserIT {

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-portal-acceptance-");

    @ArquillianResource
    URL injectedBase;

    private ApiClient api;
    private URI base;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    @BeforeEach
    void newSession() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
        browser.at(base).forgetCookies();
        browser.resize(390, 844);
    }

    @AfterEach
    void desktopAgain() {
        browser.resize(1280, 900);
    }

    @Test
    void anInvestorReportsEachFindingOfTheRectificationListWithEvidenceOnAPhone() throws Exception {
        JsonObject acceptance = AcceptanceCases.rectifying(api, 3);
        long id = id(acceptance);
        String fileNo = acceptance.getString("fileNo");
        List<JsonObject> findings = AcceptanceCases.findings(acceptance);
        assertEquals(3, findings.size(), acceptance.toString());
        Map<String, String> departments = api.as("officer1", "GET", "api/catalogue/departments", null).assertStatus(200)
                .jsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(d -> d.getString("code"), d -> d.getString("name")));
        String today = TestClock.today().toString();

        browser.open("index.xhtml");
        browser.signIn("investor1", "demo123");
        browser.open("portal/status.xhtml?fileNo=" + fileNo);
        assertEquals("竣工联合验收：申请、进度与整改", browser.text("acceptanceLink"));
        browser.clickAndWaitForPage("acceptanceLink");
        assertTrue(browser.pathAndQuery().contains("portal/acceptance.xhtml"), browser.pathAndQuery());

        assertEquals("竣工联合验收 · 限期整改中（第 1 轮）", browser.text("acceptanceStatus"));
        assertEquals("请整改下方 3 项问题，上传整改证明并报告；最早一项须在 " + findings.get(0).getString("dueOn")
                + " 前完成。", browser.text("next"));
        assertEquals("等您办理：整改并报告 3 项问题。", browser.text("waiting"));
        assertEquals("限期整改通知书（PDF）", browser.text("notice"));
        assertTrue(browser.driver.findElement(By.id("notice")).getAttribute("href")
                .endsWith("/api/acceptances/" + id + "/rectification-notice.pdf"));
        for (int n = 0; n < 3; n++) {
            JsonObject finding = findings.get(n);
            String row = "rectify:finding:" + n + ":";
            String item = AcceptanceCases.items(acceptance).stream()
                    .filter(i -> i.getJsonArray("findings").getValuesAs(JsonObject.class).stream().anyMatch(f -> id(f) == id(finding)))
                    .findFirst().orElseThrow().getString("name");
            assertEquals(item + " · " + departments.get(AcceptanceCases.departmentOf(acceptance, finding)), browser.text(row + "item"));
            assertEquals(FINDINGS.get(n), browser.text(row + "text"));
            String due = finding.getString("dueOn");
            int overdue = api.as("officer1", "GET", "api/calendar/working-days?from=" + due + "&to=" + today, null)
                    .assertStatus(200).json().getInt("count");
            assertEquals("整改期限 " + due + (overdue > 0 ? "，已逾期 " + overdue + " 个工作日" : "，今天到期"),
                    browser.text(row + "due"));
            assertEquals("待整改", browser.text(row + "state"));
        }
        assertFalse(browser.overflowsHorizontally(), "the page fits a phone's width");

        // The first, the last and the middle finding, each through its own row.
        for (int n : List.of(0, 2, 1)) {
            String row = "rectify:finding:" + n + ":";
            Path photo = Files.createTempFile("整改证明" + n + "-", ".pdf");
            Files.write(photo, PortalApiIT.PDF);
            browser.chooseFile(row + "file_input", photo);
            browser.type(row + "note", "已整改：" + FINDINGS.get(n));
            browser.clickAndWaitForPage(row + "report");
            assertTrue(browser.text("messages").contains("已报告整改：" + FINDINGS.get(n)), browser.text("messages"));
            assertEquals("已报告整改", browser.text(row + "state"));
            assertEquals("整改期限 " + findings.get(n).getString("dueOn"), browser.text(row + "due"));
            assertEquals(today + " 报告：已整改：" + FINDINGS.get(n), browser.text(row + "reported"));
            assertTrue(browser.text(row + "evidence:0:download").endsWith(photo.getFileName().toString()),
                    browser.text(row + "evidence:0:download"));
            assertFalse(browser.present(By.id(row + "report")), "a reported finding takes no more reports");

            String evidencePath = "api/acceptances/" + id + "/findings/" + id(findings.get(n)) + "/evidence";
            List<JsonObject> evidence = api.as("officer1", "GET", evidencePath, null).assertStatus(200).jsonArray()
                    .getValuesAs(JsonObject.class);
            assertEquals(List.of(photo.getFileName().toString()), evidence.stream().map(e -> e.getString("fileName")).toList());
            assertEquals("investor1", evidence.get(0).getString("uploadedBy"));
            assertEquals(PortalApiIT.PDF.length, api.bytes(evidencePath + "/" + id(evidence.get(0)), "officer1").body().length);
        }
        for (int n = 0; n < 3; n++) {
            assertEquals("已报告整改", browser.text("rectify:finding:" + n + ":state"), "finding " + n);
        }

        JsonObject reported = AcceptanceCases.read(api, id);
        AcceptanceCases.findings(reported).forEach(f -> assertEquals("REPORTED_DONE", f.getString("status"), f.toString()));
        JsonObject reinspection = reported.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals("REINSPECTION")).findFirst().orElseThrow();
        // Counted from today, the re-inspection's day may lie in a year whose holidays are not yet official: marked so.
        JsonObject counted = api.as("officer1", "GET", "api/calendar/add-working-days?from=" + today + "&days="
                + reinspection.getInt("limitDays"), null).assertStatus(200).json();
        assertEquals(reinspection.getString("dueOn"), counted.getString("due"));
        String mark = counted.getJsonArray("provisional").isEmpty() ? "" : " 暂定";
        assertEquals("整改已全部报告，项服办将在 " + reinspection.getString("dueOn") + mark + " 前安排复验。", browser.text("next"));
        assertEquals("目前没有等您办理的事项。", browser.text("waiting"));
        assertFalse(browser.overflowsHorizontally(), "the page still fits a phone's width");
        browser.screenshot("portal-acceptance");
    }
}
