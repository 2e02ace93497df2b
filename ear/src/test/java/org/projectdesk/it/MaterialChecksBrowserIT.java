package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 17: the office checks what investors hand in on the service file (an upload refused with a
 * reason the investor then reads beside that item only), and the materials library as a reference
 * page (search, pages, export, the all-or-nothing import) for whom CallerScope lets read it.
 * Screenshots: target/screenshots/material-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaterialChecksBrowserIT {

    private static final Path SHIPPED_LIBRARY = Path.of("..", "config", "notification", "materials.csv");
    private static final By LIBRARY_LINK = By.cssSelector("a[href$='/reference/materials.xhtml']");

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-materials-");

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
        browser.resize(1280, 900);
    }

    @AfterEach
    void theShippedLibraryAgain() throws IOException {
        // Other tests read the notification under the shipped library.
        api.postCsv("api/materials", "admin", Files.readAllBytes(SHIPPED_LIBRARY)).assertStatus(200);
    }

    @Test
    void theOfficerRefusesTheMiddleUploadWithAReasonThatTheInvestorReadsOnThatItemOnly() throws Exception {
        String fileNo = PortalApiIT.projectWithNotification(api, PortalApiIT.ENTERPRISE_1);
        List<JsonObject> items = api.as("officer1", "GET", "api/projects/" + fileNo + "/notification", null).assertStatus(200)
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        int n = items.size();
        assertTrue(n >= 3, "a list with a middle: " + n);
        int first = 0;
        int middle = n / 2;
        int last = n - 1;
        for (int item : List.of(first, middle, last)) {
            assertEquals(201, PortalApiIT.upload(base, "investor1", fileNo, id(items.get(item)), "材料" + item + ".pdf",
                    PortalApiIT.PDF).statusCode(), "item " + item);
        }

        browser.open("index.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        for (int item : List.of(first, middle, last)) {
            assertEquals("材料" + item + ".pdf", browser.text("preReview:items:" + item + ":uploads:0:download"));
            assertEquals("待核验", browser.text("preReview:items:" + item + ":uploads:0:awaiting"));
            assertEquals("退回", browser.text("preReview:items:" + item + ":uploads:0:refuse"));
            assertEquals("登记收到", browser.text("preReview:items:" + item + ":receive"));
        }

        // Without a reason the dialog says so and nothing changes; with one the upload is refused.
        browser.clickAjax("preReview:items:" + middle + ":uploads:0:refuse");
        browser.visible("refusalDialog");
        browser.clickAjax("refusalForm:save");
        assertEquals(List.of("请写明退回理由：投资方将看到这条理由"), errors("refusalForm:refusalMessages"));
        assertTrue(browser.driver.findElement(By.id("refusalDialog")).isDisplayed(), "the dialog stays open");
        browser.type("refusalForm:reason", "扫描件不清晰，请上传盖章原件的扫描件");
        browser.clickAjax("refusalForm:save");
        browser.waitBriefly(ExpectedConditions.invisibilityOfElementLocated(By.id("refusalDialog")));
        assertEquals("已退回：扫描件不清晰，请上传盖章原件的扫描件", browser.text("preReview:items:" + middle + ":uploads:0:refused"));
        assertFalse(browser.present(By.id("preReview:items:" + middle + ":uploads:0:refuse")), "refused once");
        assertEquals("待核验", browser.text("preReview:items:" + first + ":uploads:0:awaiting"));
        assertEquals("待核验", browser.text("preReview:items:" + last + ":uploads:0:awaiting"));
        browser.screenshot("material-refused");

        // A reason longer than the declared limit is refused before anything is written, naming the field.
        long lastUpload = api.as("officer1", "GET", "api/projects/" + fileNo + "/notification/items/" + id(items.get(last))
                + "/uploads", null).assertStatus(200).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        api.as("officer1", "POST", "api/projects/" + fileNo + "/notification/items/" + id(items.get(last)) + "/uploads/"
                + lastUpload + "/refusal", ApiClient.json("reason", "长".repeat(501))).assertFieldProblem("reason");

        browser.forgetCookies();
        browser.open("index.xhtml");
        browser.signIn("investor1", DEMO_PASSWORD);
        browser.open("portal/status.xhtml?fileNo=" + fileNo);
        List<String> statusOrder = api.as("investor1", "GET", "api/portal/projects/" + fileNo + "/status", null).assertStatus(200)
                .json().getJsonObject("notification").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("material")).toList();
        int shownMiddle = statusOrder.indexOf(items.get(middle).getString("material"));
        int shownFirst = statusOrder.indexOf(items.get(first).getString("material"));
        int shownLast = statusOrder.indexOf(items.get(last).getString("material"));
        assertEquals("未通过核验", browser.text("uploads:item:" + shownMiddle + ":state"));
        assertEquals("（理由：扫描件不清晰，请上传盖章原件的扫描件）请重新上传。", browser.text("uploads:item:" + shownMiddle + ":refused"));
        for (int other : List.of(shownFirst, shownLast)) {
            assertEquals("已上传，待核验", browser.text("uploads:item:" + other + ":state"), "item " + other);
            assertFalse(browser.present(By.id("uploads:item:" + other + ":refused")), "no reason on item " + other);
        }
        browser.screenshot("material-refused-investor");
    }

    @Test
    void theLibraryPageListsSearchesAndPagesTheMaterialsAndImportsAWholeFileOrNothing() throws Exception {
        // An officer reads the library from the menu, without the import.
        browser.open("index.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
        assertTrue(browser.present(LIBRARY_LINK), "the menu leads officers to the library");
        browser.open("reference/materials.xhtml");
        assertEquals("/reference/materials.xhtml", browser.pathAndQuery());
        assertEquals("显示 10 项，共 10 项标准材料", browser.text("materials:count"));
        assertFalse(browser.present(By.id("upload:import")), "only the director and administrators import");
        browser.type("materials:search", "规划许可证复印件");
        browser.clickAjax("materials:find");
        List<List<String>> found = browser.tableRows("materials:table");
        assertEquals(1, found.size(), found.toString());
        assertEquals("PLAN-PERMIT", found.get(0).get(0));
        assertTrue(found.get(0).get(1).startsWith("建设工程规划许可证"), found.toString());
        assertTrue(found.get(0).get(2).contains("建设工程规划许可证复印件"), found.toString());
        assertEquals("PLAN-03 建设工程规划许可证", found.get(0).get(3));
        browser.screenshot("material-library-search");

        // An investor has no menu entry and no page.
        browser.forgetCookies();
        browser.open("index.xhtml");
        browser.signIn("investor1", DEMO_PASSWORD);
        assertFalse(browser.present(LIBRARY_LINK));

        // The director exports the library, imports a file with problems (nothing changes), then a larger one.
        browser.forgetCookies();
        browser.open("reference/materials.xhtml");
        browser.signIn("director", DEMO_PASSWORD);
        assertEquals("/reference/materials.xhtml", browser.pathAndQuery());
        Path dir = Files.createTempDirectory("materials-export");
        Path exported = browser.download("materials:export", dir);
        String csv = Files.readString(exported, StandardCharsets.UTF_8).replace("\uFEFF", "");
        assertTrue(csv.startsWith("code,name,name_en,produced_by,synonyms"), csv);

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, csv.strip() + "\r\nEXTRA-1,补充材料甲,Extra A,PLAN-99,\r\n", StandardCharsets.UTF_8);
        browser.chooseFile("upload:file_input", broken);
        browser.clickAndWaitForPage("upload:import");
        assertEquals(List.of(List.of("12", "produced_by", "现行目录中没有事项“PLAN-99”")), browser.tableRows("upload:problems"));
        assertEquals("显示 10 项，共 10 项标准材料", browser.text("materials:count"));

        List<String> lines = new ArrayList<>(List.of(csv.strip().split("\r?\n")));
        for (int i = 1; i <= 15; i++) {
            lines.add(String.format("EXTRA-%02d,验证用补充材料%02d号,Extra material %02d,,验证用补充材料%02d号复印件", i, i, i, i));
        }
        Path larger = dir.resolve("larger.csv");
        Files.writeString(larger, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        browser.chooseFile("upload:file_input", larger);
        browser.clickAndWaitForPage("upload:import");
        assertEquals("已导入“larger.csv”：材料库现有 25 项标准材料。0 份在办项目的一次性告知单正在后台重新合并。",
                browser.text("messages"));
        assertEquals("显示 25 项，共 25 项标准材料", browser.text("materials:count"));
        assertEquals(20, browser.tableRows("materials:table").size(), "a page of 20");
        browser.waitBriefly(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='materials:table'] .ui-paginator-next")))
                .click();
        browser.waitForAjax();
        List<List<String>> secondPage = browser.tableRows("materials:table");
        assertEquals(5, secondPage.size(), secondPage.toString());
        assertEquals("EXTRA-15", secondPage.get(4).get(0));
        assertEquals("由投资方提供", secondPage.get(4).get(3));
        browser.screenshot("material-library-pages");
    }

    private static List<String> errors(String messagesId) {
        return browser.driver.findElements(By.cssSelector("[id='" + messagesId + "'] .ui-messages-error-summary")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private static long id(JsonObject item) {
        return item.getJsonNumber("id").longValue();
    }
}
