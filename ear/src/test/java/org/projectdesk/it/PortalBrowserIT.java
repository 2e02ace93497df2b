package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The investor's status page in a headless Chromium the size of a phone: the exact Chinese texts
 * an investor reads, nothing wider than the screen, and a missing material uploaded through the
 * page, which the officer then sees on the service file. Issue 17: an upload on the first, a middle and
 * the last item of a long materials list, each item then reading its state, with one success message;
 * a refusal and a receipt as the investor reads them; on a 390×844 phone a bounded length, the current
 * stage's part open and the others folded, the delay said from the figures; the investor's home panel.
 * Screenshots: target/screenshots/portal-status.png, portal-work-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    /** Materials the land bureau's opinion asks for beyond the catalogue's, to make the list long. */
    private static final int EXTRA_MATERIALS = 40;

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-portal-");

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
    void anInvestorReadsTheStatusOnAPhoneAndUploadsAMissingMaterial() throws Exception {
        String officer = "officer-p" + ThreadLocalRandom.current().nextInt(1_000_000);
        api.asAdmin("POST", "api/accounts", Json.createObjectBuilder().add("username", officer).add("displayName", "赵晓东")
                .add("password", "secret-12345").add("roles", Json.createArrayBuilder().add("OFFICER"))
                .add("phone", "0513-8221 0009").build().toString()).assertStatus(201);
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                PortalApiIT.ENTERPRISE_1, "INDUSTRIAL", b -> b.add("officer", officer))).assertStatus(201).json()
                .getString("fileNo");
        long meeting = api.as("officer1", "POST", "api/meetings", Json.createObjectBuilder().add("startsAt", "2026-06-03T09:30")
                .add("place", "行政服务中心三楼会议室").add("projects", Json.createArrayBuilder().add(fileNo))
                .add("departments", Json.createArrayBuilder().add("LAND")).build().toString())
                .assertStatus(201).json().getJsonNumber("id").longValue();
        api.as("dept-land", "POST", "api/meetings/" + meeting + "/opinions", Json.createObjectBuilder()
                .add("projectFileNo", fileNo).add("departmentCode", "LAND").add("verdict", "FEASIBLE_WITH_CONDITIONS").add("notes", "红线须按规划调整")
                .add("materials", Json.createArrayBuilder().add("用地红线图")).build().toString()).assertStatus(200);
        JsonObject status = api.as("investor1", "GET", "api/portal/projects/" + fileNo + "/status", null).assertStatus(200).json();
        int planned = status.getInt("planned");
        int items = status.getJsonObject("notification").getJsonArray("items").size();
        List<JsonObject> itemList = status.getJsonObject("notification").getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> materials = itemList.stream().map(i -> i.getString("material")).toList();
        int redLine = materials.indexOf("用地红线图");
        // The catalogue's materials of the plan come first; 用地红线图 is none of them (the catalogue asks for it only
        // within longer names), so the land department's opinion adds it once, as the last item.
        assertEquals(items - 1, redLine, materials.toString());
        assertEquals(redLine, materials.lastIndexOf("用地红线图"), materials.toString());

        browser.open("index.xhtml");
        browser.signIn("investor1", "demo123");
        browser.clickAndWaitForPage("myProjects");
        assertTrue(browser.pathAndQuery().contains("portal/projects.xhtml"), browser.pathAndQuery());
        browser.open("portal/status.xhtml?fileNo=" + fileNo);

        assertEquals("服务档案 " + fileNo + " · 当前阶段：已受理，准备申报", browser.text("stage"));
        assertEquals("已批准 0 项，共 " + planned + " 项，完成 0%", browser.text("approved"));
        assertEquals("承诺 " + status.getInt("promisedDays") + " 个工作日（自首个事项受理起计算）", browser.text("days"));
        assertTrue(browser.text("officer").startsWith("协调服务专员 赵晓东，电话 0513-8221 0009"), browser.text("officer"));
        assertEquals("暂无安排的联办预审会议。", browser.text("nextMeeting"));
        assertEquals("待您提交 " + items + " 份（其中未通过核验 0 份），待核验 0 份，已收到 0 份，共 " + items + " 份",
                browser.text("missing"));
        assertEquals("目前没有延误。", browser.text("noDelays"));
        // Taken in: the materials are open; the matters and the rating fold until opened.
        browser.driver.findElement(org.openqa.selenium.By.cssSelector("#afterSection > summary")).click();
        assertEquals("审批全部办结后可评价服务。", browser.text("rating:ratingLater"));
        browser.driver.findElement(org.openqa.selenium.By.cssSelector("#mattersSection > summary")).click();
        assertTrue(browser.text("matters").contains("待办：请您提交材料（见下方材料清单）"), browser.text("matters"));
        assertFalse(browser.overflowsHorizontally(), "the page fits a phone's width");

        Path pdf = Files.createTempFile("用地红线图", ".pdf");
        Files.write(pdf, PortalApiIT.PDF);
        browser.chooseFile("uploads:item:" + redLine + ":file_input", pdf);
        browser.clickAndWaitForPage("uploads:item:" + redLine + ":send");
        assertTrue(browser.text("messages").contains("已上传，项服办将予核对。"), browser.text("messages"));
        assertEquals("已上传，待核验", browser.text("uploads:item:" + redLine + ":state"));
        assertTrue(browser.driver.findElement(org.openqa.selenium.By.id("items")).getText().contains(pdf.getFileName().toString()));
        browser.screenshot("portal-status");

        JsonObject uploaded = api.as("officer1", "GET", "api/projects/" + fileNo + "/notification/items/"
                + itemList.get(redLine).getJsonNumber("id") + "/uploads", null).assertStatus(200).jsonArray().getJsonObject(0);
        assertEquals(pdf.getFileName().toString(), uploaded.getString("fileName"));
        assertEquals("investor1", uploaded.getString("uploadedBy"));

        String other = PortalApiIT.projectWithNotification(api, PortalApiIT.ENTERPRISE_2);
        browser.open("portal/status.xhtml?fileNo=" + other);
        assertEquals(1, browser.driver.findElements(org.openqa.selenium.By.id("errorTitle")).size(), "the 404 page");
        assertFalse(browser.driver.getPageSource().contains("当前阶段"));
    }

    @Test
    void everyItemOfALongListTakesItsUploadAndReadsItsState() throws Exception {
        String fileNo = projectWithLongList(b -> b.add("intakeOn", TestClock.today().toString()));
        List<JsonObject> items = items(fileNo);
        int n = items.size();
        assertTrue(n > EXTRA_MATERIALS, "a long list: " + n);
        int first = 0;
        int middle = n / 2;
        int last = n - 1;

        browser.resize(1280, 900);
        browser.open("index.xhtml");
        browser.signIn("investor1", "demo123");
        browser.open("portal/status.xhtml?fileNo=" + fileNo);
        assertNotNull(browser.driver.findElement(By.id("materialsSection")).getAttribute("open"), "taken in: the materials are open");

        Path pdf = Files.createTempFile("材料", ".pdf");
        Files.write(pdf, PortalApiIT.PDF);
        String done = pdf.getFileName() + " 已上传，项服办将予核对。";
        for (int item : List.of(first, middle, last)) {
            browser.chooseFile("uploads:item:" + item + ":file_input", pdf);
            browser.clickAndWaitForPage("uploads:item:" + item + ":send");
            assertEquals(List.of(done), successMessages(), "one success message for item " + item);
            assertEquals("已上传，待核验", browser.text("uploads:item:" + item + ":state"), "item " + item);
            assertTrue(browser.text("items").contains(pdf.getFileName().toString()));
        }
        assertEquals("未提交", browser.text("uploads:item:1:state"), "the others are as they were");
        assertEquals("未提交", browser.text("uploads:item:" + (last - 1) + ":state"));
        for (int item : List.of(first, middle, last)) {
            assertEquals(1, api.as("officer1", "GET", "api/projects/" + fileNo + "/notification/items/"
                    + id(items.get(item)) + "/uploads", null).assertStatus(200).jsonArray().size(), "item " + item + " has its file");
        }

        // The office refuses the first item's file and receives the middle item.
        long upload = api.as("officer1", "GET", "api/projects/" + fileNo + "/notification/items/" + id(items.get(first)) + "/uploads",
                null).assertStatus(200).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        api.as("officer1", "POST", "api/projects/" + fileNo + "/notification/items/" + id(items.get(first)) + "/uploads/" + upload
                + "/refusal", ApiClient.json("reason", " ")).assertFieldProblem("reason");
        JsonObject refused = api.as("officer1", "POST", "api/projects/" + fileNo + "/notification/items/" + id(items.get(first))
                + "/uploads/" + upload + "/refusal", ApiClient.json("reason", "扫描件不清晰")).assertStatus(200).json();
        assertEquals("扫描件不清晰", refused.getString("refusedReason"));
        api.as("investor1", "POST", "api/projects/" + fileNo + "/notification/items/" + id(items.get(first)) + "/uploads/" + upload
                + "/refusal", ApiClient.json("reason", "自己退回")).assertStatus(403);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/notification/items/" + id(items.get(middle)) + "/receipt",
                ApiClient.json("on", TestClock.today().toString())).assertStatus(200);

        browser.open("portal/status.xhtml?fileNo=" + fileNo);
        assertEquals("未通过核验", browser.text("uploads:item:" + first + ":state"));
        assertEquals("（理由：扫描件不清晰）请重新上传。", browser.text("uploads:item:" + first + ":refused"));
        assertEquals("已收到", browser.text("uploads:item:" + middle + ":state"));
        assertEquals("已上传，待核验", browser.text("uploads:item:" + last + ":state"));
        assertEquals(0, browser.driver.findElements(By.id("uploads:item:" + middle + ":send")).size(), "received: nothing to upload");
        assertEquals("重新上传", browser.text("uploads:item:" + first + ":send"));
        assertEquals("待您提交 " + (n - 2) + " 份（其中未通过核验 1 份），待核验 1 份，已收到 1 份，共 " + n + " 份",
                browser.text("missing"));
        browser.screenshot("portal-work-upload");

        // The investor's home: this project (the newest of the enterprise) with its stage and progress, and what waits.
        JsonObject status = status(fileNo);
        browser.open("index.xhtml");
        assertEquals(fileNo + " " + status.getString("name"), browser.text("project:0:file"));
        assertEquals("受理 · 进度 0%（已批准 0 项，共 " + status.getInt("planned") + " 项）", browser.text("project:0:progress"));
        assertTrue(waitingLines().contains(status.getString("name") + "：待提交材料 " + (n - 2) + " 份（其中 1 份未通过核验）"),
                waitingLines().toString());
        browser.screenshot("portal-work-home");
        browser.clickAndWaitForPage(firstWaitingFor(fileNo));
        assertTrue(browser.pathAndQuery().contains("portal/status.xhtml?fileNo=" + fileNo), browser.pathAndQuery());
    }

    @Test
    void onAPhoneTheCurrentStageIsOpenTheRestFoldedAndTheDelayAgreesWithTheFigures() throws Exception {
        // Accepted on 2 June: the immediate matter was due that day and is still open, and the project has
        // used far more working days than its critical path promises.
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                PortalApiIT.ENTERPRISE_1, "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                Json.createObjectBuilder().add("type", "ACCEPT").add("on", "2026-06-02").build().toString()).assertStatus(200);
        opinionWithManyMaterials(fileNo, "2026-06-03T09:30");
        JsonObject status = status(fileNo);
        int used = status.getInt("workingDaysUsed");
        int promised = status.getInt("promisedDays");
        assertTrue(used > promised, used + " used, " + promised + " promised");
        List<String> late = status.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getBoolean("late")).map(m -> m.getString("categoryName")).toList();
        String drc = status.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("categoryCode").equals("DRC-01")).findFirst().orElseThrow().getString("categoryName");
        assertEquals(List.of(drc), late);

        browser.resize(390, 844);
        browser.open("index.xhtml");
        browser.signIn("investor1", "demo123");
        browser.open("portal/status.xhtml?fileNo=" + fileNo);

        assertEquals("已用 " + used + " 个工作日，承诺 " + promised + " 个工作日，超出 " + (used - promised) + " 个工作日",
                browser.text("days"));
        assertEquals("已超出承诺 " + (used - promised) + " 个工作日。1 个事项超过承诺日期：" + drc + "。", browser.text("delayed"));
        assertEquals(0, browser.driver.findElements(By.id("noDelays")).size(), "no \"目前没有延误\" beside the figures");
        assertEquals(List.of("受理 已完成", "联办预审·一次性告知 已完成", "审批 当前阶段", "开工建设 未开始",
                "竣工联合验收 未开始"), browser.driver.findElements(By.cssSelector("#stages > li")).stream()
                .map(e -> e.getText().replace('\n', ' ').strip()).toList());
        assertEquals("0", browser.driver.findElement(By.id("progressBar")).getAttribute("value"));

        assertNotNull(browser.driver.findElement(By.id("mattersSection")).getAttribute("open"), "the approvals are open");
        assertTrue(browser.visible("matters").isDisplayed());
        for (String folded : List.of("materialsSection", "afterSection", "complaintsSection")) {
            assertNull(browser.driver.findElement(By.id(folded)).getAttribute("open"), folded + " is folded");
        }
        assertFalse(browser.driver.findElement(By.id("items")).isDisplayed(), "the long list is folded");
        long height = ((Number) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollHeight")).longValue();
        assertTrue(height < 4000, "the page is " + height + " px long");
        assertFalse(browser.overflowsHorizontally(), "the page fits a phone's width");
        browser.screenshot("portal-work-phone");

        // Opened, the folded list still fits the width.
        browser.driver.findElement(By.cssSelector("#materialsSection > summary")).click();
        assertTrue(browser.driver.findElement(By.id("items")).isDisplayed());
        assertFalse(browser.overflowsHorizontally(), "the opened list fits a phone's width");
    }

    private String firstWaitingFor(String fileNo) {
        List<WebElement> links = browser.driver.findElements(By.cssSelector("#investorWaiting a"));
        for (WebElement link : links) {
            if (link.getAttribute("href").contains("fileNo=" + fileNo)) {
                return link.getAttribute("id");
            }
        }
        throw new AssertionError("no waiting link for " + fileNo);
    }

    private List<String> waitingLines() {
        return browser.driver.findElements(By.cssSelector("#investorWaiting li")).stream().map(e -> e.getText().strip()).toList();
    }

    private List<String> successMessages() {
        List<String> texts = new ArrayList<>();
        for (WebElement e : browser.driver.findElements(By.cssSelector(".ui-messages-info-summary"))) {
            texts.add(e.getText().strip());
        }
        return texts;
    }

    private String projectWithLongList(java.util.function.Consumer<jakarta.json.JsonObjectBuilder> change) {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                PortalApiIT.ENTERPRISE_1, "INDUSTRIAL", change)).assertStatus(201).json().getString("fileNo");
        opinionWithManyMaterials(fileNo, TestClock.today().plusDays(1) + "T09:30");
        return fileNo;
    }

    private void opinionWithManyMaterials(String fileNo, String startsAt) {
        long meeting = api.as("officer1", "POST", "api/meetings", Json.createObjectBuilder().add("startsAt", startsAt)
                .add("place", "行政服务中心三楼会议室").add("projects", Json.createArrayBuilder().add(fileNo))
                .add("departments", Json.createArrayBuilder().add("LAND")).build().toString())
                .assertStatus(201).json().getJsonNumber("id").longValue();
        JsonArrayBuilder materials = Json.createArrayBuilder();
        for (int i = 1; i <= EXTRA_MATERIALS; i++) {
            materials.add("补充说明材料第" + i + "号");
        }
        api.as("dept-land", "POST", "api/meetings/" + meeting + "/opinions", Json.createObjectBuilder()
                .add("projectFileNo", fileNo).add("departmentCode", "LAND").add("verdict", "FEASIBLE_WITH_CONDITIONS")
                .add("notes", "红线须按规划调整").add("materials", materials).build().toString()).assertStatus(200);
    }

    private JsonObject status(String fileNo) {
        return api.as("investor1", "GET", "api/portal/projects/" + fileNo + "/status", null).assertStatus(200).json();
    }

    private List<JsonObject> items(String fileNo) {
        return status(fileNo).getJsonObject("notification").getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static long id(JsonObject item) {
        return item.getJsonNumber("id").longValue();
    }
}
