package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.temporal.IsoFields;
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

/** The towns page in a browser, and the by-town table as a town's staff reads it on the report and the board. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TownsBrowserIT {

    private static final String DEMO_PASSWORD = "demo123";
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-towns-");

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
    void anAdministratorChangesATownsEnglishNameAndSeesIt() {
        JsonObject before = api.as("admin", "GET", "api/towns/YLZ", null).assertStatus(200).json();
        browser.open("reference/towns.xhtml");
        browser.signIn("admin", DEMO_PASSWORD);
        try {
            List<List<String>> rows = browser.tableTexts("towns:table");
            int index = rows.stream().map(r -> r.get(0)).toList().indexOf("YLZ");
            assertEquals(List.of("YLZ", "悦来镇", "Yuelai Town", "镇"), rows.get(index).subList(0, 4));

            browser.clickAjax("towns:table:" + index + ":edit");
            browser.type("townForm:nameEn", "Yuelai");
            browser.clickAjax("townForm:save");

            assertEquals("Yuelai", browser.tableTexts("towns:table").get(index).get(2));
            assertEquals("Yuelai", api.as("officer1", "GET", "api/towns/YLZ", null).json().getString("nameEn"));
        } finally {
            JsonObject now = api.as("admin", "GET", "api/towns/YLZ", null).json();
            api.as("admin", "PUT", "api/towns/YLZ", ApiClient.json("name", before.getString("name"), "nameEn",
                    before.getString("nameEn"), "kind", "TOWN", "active", true, "version",
                    now.getJsonNumber("version").longValue())).assertStatus(200);
        }
    }

    @Test
    void aTownsStaffReadsItsOwnRowBesideTheCitysTotalOnTheReportAndTheBoard() {
        var today = TestClock.today();
        String week = String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        browser.open("report/weekly.xhtml?week=" + week);
        browser.signIn("town-hmgxq", DEMO_PASSWORD);

        List<List<String>> towns = browser.tableTexts("tables:1:table");
        assertEquals(List.of("海门港新区", "全市合计"), towns.stream().map(r -> r.get(0)).toList());

        browser.open("supervision/board.xhtml");
        assertEquals(List.of(List.of("海门港新区")), browser.tableTexts("board:towns").stream().map(r -> r.subList(0, 1)).toList());
        browser.screenshot("towns-board");
    }
}
