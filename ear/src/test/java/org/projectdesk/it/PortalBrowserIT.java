package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The investor's status page in a headless Chromium the size of a phone: the exact Chinese texts
 * an investor reads, nothing wider than the screen, and a missing material uploaded through the
 * page, which the officer then sees on the service file. Screenshot: target/screenshots/portal-status.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

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
}
