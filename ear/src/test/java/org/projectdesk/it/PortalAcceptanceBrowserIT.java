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
 * The investor's joint completion acceptance on a phone (390 × 844): investor1 applies on a completed
 * project (a missing phase name refused beside its field), then reads a case in plain words and a
 * rectification list of three findings, signs the builder's pledge, and uploads evidence for the first, the
 * last and the middle finding in turn, each reported with a note through its own row; each then reads
 * 已报告整改 and the office downloads exactly what was uploaded. Nothing is wider than the screen. The case is set up over
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
    void anInvestorAppliesOnceTheProjectIsCompletedAndARefusalIsShownBesideItsField() {
        String fileNo = AcceptanceCases.completedProject(api);
        String today = TestClock.today().toString();
        browser.open("index.xhtml");
        browser.signIn("investor1", "demo123");
        browser.open("portal/acceptance.xhtml?fileNo=" + fileNo);
        assertEquals("本项目还没有申请竣工联合验收。", browser.text("none"));

        browser.selectFromMenu("apply:scope", "分期或部分楼栋");
        browser.typeDate("apply:completedOn_input", AcceptanceCases.COMPLETED_ON);
        browser.type("apply:contact", "建设单位 王工 13800000000");
        browser.clickAndWaitForPage("apply:send");
        assertEquals("请写明验收的分期或单体", browser.text("apply:scopeTextRefusal"));
        assertEquals(0, api.as("investor1", "GET", "api/projects/" + fileNo + "/acceptances", null).assertStatus(200)
                .jsonArray().size(), "nothing applied");
        assertFalse(browser.overflowsHorizontally(), "the form fits a phone's width");

        browser.type("apply:scopeText", "一期1#、2#厂房");
        browser.clickAndWaitForPage("apply:send");
        assertTrue(browser.text("messages").contains("竣工联合验收申请已提交。"), browser.text("messages"));
        JsonObject applied = api.as("investor1", "GET", "api/projects/" + fileNo + "/acceptances", null).assertStatus(200)
                .jsonArray().getJsonObject(0);
        JsonObject acceptance = AcceptanceCases.read(api, id(applied));
        assertEquals("PHASE", acceptance.getString("scope"));
        assertEquals("竣工联合验收 · 已受理，待预审", browser.text("acceptanceStatus"));
        JsonObject counted = api.as("officer1", "GET", "api/calendar/add-working-days?from=" + today + "&days=5", null)
                .assertStatus(200).json();
        assertEquals(counted.getString("due"), acceptance.getString("preReviewDueOn"));
        assertEquals("项服办将在 " + counted.getString("due") + (counted.getJsonArray("provisional").isEmpty() ? "" : " 暂定")
                + " 前召开联合验收预审会。", browser.text("next"));
        int materials = acceptance.getJsonArray("materials").size();
        assertEquals("等您办理：补齐 " + materials + " 份材料。", browser.text("waiting"));
        assertEquals("还缺 " + materials + " 份材料，共 " + materials + " 份", browser.text("missing"));
        assertEquals(today + " 申请，" + AcceptanceCases.COMPLETED_ON + " 竣工，验收范围：一期1#、2#厂房，联系人：建设单位 王工 13800000000",
                browser.text("application"));
        assertFalse(browser.present(By.id("apply:send")), "one open case a project");
        assertFalse(browser.overflowsHorizontally(), "the page fits a phone's width");
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

        // The builder's pledge on an item still to pass: a day not after today is refused beside its field.
        JsonObject pledged = AcceptanceCases.items(acceptance).stream().limit(3)
                .filter(i -> i.getJsonArray("checks").getValuesAs(JsonObject.class).stream().anyMatch(c -> !c.getBoolean("critical")))
                .findFirst().orElseThrow(() -> new AssertionError("a failed item with a check not critical: " + acceptance));
        browser.selectFromMenu("pledge:pledgeItem", pledged.getString("name"));
        browser.type("pledge:pledgeText", "三十日内补齐竣工测量资料");
        browser.typeDate("pledge:pledgeDueOn_input", "2026-11-01");
        browser.clickAndWaitForPage("pledge:sign");
        assertEquals("承诺完成日期须在今天（" + today + "）之后、一年以内，不能为2026-11-01", browser.text("pledge:pledgeDueOnRefusal"));
        String dueOn = TestClock.today().plusDays(30).toString();
        browser.typeDate("pledge:pledgeDueOn_input", dueOn);
        browser.clickAndWaitForPage("pledge:sign");
        assertTrue(browser.text("messages").contains("建设单位承诺已签署。"), browser.text("messages"));
        assertEquals(pledged.getString("name") + "（建设单位）：三十日内补齐竣工测量资料，" + dueOn + " 前完成", browser.text("pledges"));
        assertEquals(List.of("BUILDER"), AcceptanceCases.read(api, id).getJsonArray("pledges").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("party")).toList());

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
