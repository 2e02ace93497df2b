package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Set;
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

/**
 * The demo town account {@code town-hmgxq} (海门港新区, where investor1's demo projects are) beside
 * another town (HMKFQ), over REST: the project list, a file, one town's projects, the ledger export and
 * the inbox hold only its town's; another town's file or town is 404; it takes no approval step but
 * notes progress. And the project list and service file pages render for it, the list as "本镇项目".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TownScopeApiIT {

    private static final String TOWN = "town-hmgxq";
    private static final String OWN = "HMGXQ";
    private static final String OTHER = "HMKFQ";

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-town-scope-");

    @ArquillianResource
    URL injectedBase;

    private ApiClient api;
    private URI base;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    @BeforeEach
    void client() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
        browser.at(base).forgetCookies();
    }

    private static List<String> fileNos(JsonObject page) {
        return page.getJsonArray("items").stream().map(p -> p.asJsonObject().getString("fileNo")).toList();
    }

    private static Set<String> towns(JsonObject page) {
        return Set.copyOf(page.getJsonArray("items").stream().map(p -> p.asJsonObject().getString("town")).toList());
    }

    @Test
    void aTownsStaffSeesItsOwnTownsProjectsEverywhereAndAnotherTownsNowhere() {
        JsonObject officeOwn = api.as("officer1", "GET", "api/towns/" + OWN + "/projects?size=500", null).assertStatus(200).json();
        JsonObject officeOther = api.as("officer1", "GET", "api/towns/" + OTHER + "/projects?size=500", null).assertStatus(200).json();
        List<String> own = fileNos(officeOwn);
        List<String> other = fileNos(officeOther);
        assertFalse(own.isEmpty(), "the demo data has projects in " + OWN);
        assertFalse(other.isEmpty(), "the demo data has projects in " + OTHER);
        assertEquals(Set.of(OWN), towns(officeOwn));

        JsonObject listed = api.as(TOWN, "GET", "api/projects?size=500", null).assertStatus(200).json();
        assertEquals(Set.copyOf(own), Set.copyOf(fileNos(listed)), "the town's list is its town's projects");
        assertEquals(own.size(), listed.getJsonNumber("total").longValue());
        assertEquals(0, api.as(TOWN, "GET", "api/projects?town=" + OTHER, null).assertStatus(200).json()
                .getJsonNumber("total").longValue(), "filtering by another town finds nothing");
        JsonObject ofTown = api.as(TOWN, "GET", "api/towns/" + OWN.toLowerCase() + "/projects?size=2&page=0", null)
                .assertStatus(200).json();
        assertEquals(own.size(), ofTown.getJsonNumber("total").longValue(), "the same page shape as /api/projects");
        assertEquals(Math.min(2, own.size()), ofTown.getJsonArray("items").size());
        assertEquals(0, ofTown.getInt("page"));
        assertEquals(2, ofTown.getInt("size"));

        api.as(TOWN, "GET", "api/towns/" + OTHER + "/projects", null).assertProblem(404);
        api.as(TOWN, "GET", "api/towns/NOWHERE/projects", null).assertProblem(404);
        api.as("officer1", "GET", "api/towns/NOWHERE/projects", null).assertProblem(404);
        api.as("leader", "GET", "api/towns/" + OTHER + "/projects", null).assertStatus(200);
        api.as("admin", "GET", "api/towns/" + OTHER + "/projects", null).assertStatus(200);
        api.as(TOWN, "GET", "api/towns/" + OWN + "/projects?status=NOPE", null).assertProblem(400);
        assertEquals(Set.of("91320684MA1N7Q2K5Q"), Set.copyOf(api.as("investor1", "GET", "api/towns/" + OWN + "/projects?size=500",
                null).assertStatus(200).json().getJsonArray("items").stream()
                .map(p -> p.asJsonObject().getJsonObject("enterprise").getString("creditCode")).toList()),
                "an investor asking for a town still sees only their own enterprise's");

        JsonObject file = api.as(TOWN, "GET", "api/projects/" + own.get(0), null).assertStatus(200).json();
        assertEquals(OWN, file.getString("town"));
        api.as(TOWN, "GET", "api/projects/" + other.get(0), null).assertProblem(404);
        api.as(TOWN, "GET", "api/projects/" + other.get(0) + "/meetings", null).assertProblem(404);
        api.as(TOWN, "GET", "api/projects/" + own.get(0) + "/meetings", null).assertStatus(200);
        api.as(TOWN, "GET", "api/projects/" + own.get(0) + "/notification", null).assertStatus(200);
        api.as(TOWN, "GET", "api/projects/XF-1999-9999", null).assertProblem(404);

        java.net.http.HttpResponse<byte[]> export = api.bytes("api/projects/ledger.csv", TOWN);
        assertEquals(200, export.statusCode());
        String ledger = new String(export.body(), java.nio.charset.StandardCharsets.UTF_8);
        own.forEach(fileNo -> assertTrue(ledger.contains(fileNo), "the export holds " + fileNo));
        other.forEach(fileNo -> assertFalse(ledger.contains(fileNo), "the export leaves out " + fileNo));

        api.as(TOWN, "GET", "api/inbox", null).assertStatus(200);
        api.as(TOWN, "GET", "api/inbox/unread", null).assertStatus(200);
    }

    @Test
    void aTownsStaffNotesProgressButTakesNoApprovalStep() {
        String own = fileNos(api.as(TOWN, "GET", "api/projects?size=1", null).assertStatus(200).json()).get(0);
        String today = TestClock.today().toString();

        api.as(TOWN, "POST", "api/projects/" + own + "/matters/DRC-01/events",
                Json.createObjectBuilder().add("type", "ACCEPT").add("on", today).build().toString()).assertProblem(403);
        api.as(TOWN, "POST", "api/projects/" + own + "/tracking",
                Json.createObjectBuilder().add("type", "PAUSE").add("on", today).build().toString()).assertProblem(403);
        api.as(TOWN, "POST", "api/projects/" + own + "/progress",
                Json.createObjectBuilder().add("on", today).add("kind", "MILESTONE").add("text", "开工").build().toString())
                .assertProblem(403);
        JsonObject noted = api.as(TOWN, "POST", "api/projects/" + own + "/progress",
                Json.createObjectBuilder().add("on", today).add("kind", "NOTE").add("text", "码头引桥桩基施工过半").build().toString())
                .assertStatus(200).json();
        assertTrue(noted.getJsonArray("progress").stream().map(p -> p.asJsonObject())
                .anyMatch(p -> p.getString("text").equals("码头引桥桩基施工过半") && p.getString("author").equals(TOWN)),
                noted.getJsonArray("progress").toString());
    }

    @Test
    void theProjectListAndTheServiceFileRenderForATown() {
        String own = fileNos(api.as(TOWN, "GET", "api/projects?size=1", null).assertStatus(200).json()).get(0);
        String other = fileNos(api.as("officer1", "GET", "api/towns/" + OTHER + "/projects?size=1", null).assertStatus(200).json())
                .get(0);

        browser.open("login.xhtml");
        browser.signIn(TOWN, ProjectDeskDeployment.DEMO_PASSWORD);
        browser.open("projects/list.xhtml");
        assertEquals(0, browser.driver.findElements(By.id("errorTitle")).size(), "the list opens");
        assertTrue(browser.driver.getTitle().startsWith("本镇项目"), browser.driver.getTitle());
        List<List<String>> rows = browser.tableTexts("projects:table");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get(5).equals("海门港新区")), rows.toString());
        assertTrue(browser.present(By.cssSelector("header a[href$='/projects/list.xhtml']")), "the menu has the town's projects");
        assertTrue(browser.present(By.id("projects:export")), "the town exports its ledger from the list");

        browser.open("projects/file.xhtml?fileNo=" + own);
        assertEquals(0, browser.driver.findElements(By.id("errorTitle")).size(), "its own file opens");
        assertTrue(browser.present(By.id("noteForm")), "it notes progress");
        assertFalse(browser.present(By.id("trackingForm")), "no tracking step");
        assertFalse(browser.present(By.id("green")), "no green channel");
        assertFalse(browser.present(By.id("addCategory")), "no change to the plan");
        assertFalse(browser.present(By.cssSelector("[id='matters:table'] button")), "no matter step");

        browser.open("projects/file.xhtml?fileNo=" + other);
        assertEquals(1, browser.driver.findElements(By.id("errorTitle")).size(), "another town's file is the 404 page");
    }
}
