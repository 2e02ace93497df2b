package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 17: an investor whose enterprise has more projects than the home shows (its 10 newest)
 * reaches every one: the home says how many there are and links to the paged list of all of them.
 * Screenshot: target/screenshots/investor-many-projects.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvestorProjectsBrowserIT {

    private static final int PROJECTS = 13;
    private static final LocalDate FIRST_INTAKE = LocalDate.of(2026, 11, 2);

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-investor-projects-");

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
        browser.resize(1280, 900);
    }

    @Test
    void anInvestorWithMoreProjectsThanTheHomeShowsReachesTheFirstTheMiddleAndTheLast() {
        String enterprise = ServiceFileApiIT.creditCode();
        // Newest first, as the home and the list show them: taken in a day apart, the last one newest.
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            String intakeOn = FIRST_INTAKE.plusDays(i).toString();
            newestFirst.add(0, api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                    enterprise, "INDUSTRIAL", b -> b.add("intakeOn", intakeOn))).assertStatus(201).json().getString("name"));
        }
        String investor = "investor-many-" + ThreadLocalRandom.current().nextInt(1_000_000);
        api.asAdmin("POST", "api/accounts", Json.createObjectBuilder().add("username", investor).add("displayName", "多项目投资方")
                .add("password", "many-projects-1").add("roles", Json.createArrayBuilder().add("INVESTOR"))
                .add("enterpriseCode", enterprise).build().toString()).assertStatus(201);

        browser.open("index.xhtml");
        browser.signIn(investor, "many-projects-1");
        assertEquals("贵企业共 " + PROJECTS + " 个项目，这里列出最新的 10 个", browser.text("investorProjects"));
        List<String> onHome = browser.driver.findElements(By.cssSelector("#investorStages .pd-portal-card-title")).stream()
                .map(e -> e.getText().strip()).toList();
        assertEquals(10, onHome.size());
        assertTrue(onHome.get(0).endsWith(newestFirst.get(0)), onHome.toString());
        assertFalse(onHome.stream().anyMatch(p -> p.endsWith(newestFirst.get(PROJECTS - 1))), "the oldest is not on the home");
        assertEquals("全部 " + PROJECTS + " 个项目", browser.text("myProjects"));
        browser.screenshot("investor-many-projects");

        browser.clickAndWaitForPage("myProjects");
        assertEquals("/portal/projects.xhtml", browser.pathAndQuery());
        List<String> seen = new ArrayList<>(names());
        assertEquals(10, seen.size(), "a page of 10");
        browser.waitBriefly(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='projects:list'] .ui-paginator-next")))
                .click();
        browser.waitForAjax();
        seen.addAll(names());
        assertEquals(newestFirst, seen, "every project once, newest first");
        int middle = PROJECTS / 2;
        assertTrue(seen.contains(newestFirst.get(0)) && seen.contains(newestFirst.get(middle))
                && seen.contains(newestFirst.get(PROJECTS - 1)));

        // The oldest project, on the last page, opens its status page.
        browser.clickAndWaitForPage("projects:list:" + (PROJECTS - 1) + ":open");
        assertTrue(browser.pathAndQuery().startsWith("/portal/status.xhtml?fileNo="), browser.pathAndQuery());
        assertTrue(browser.driver.findElement(By.tagName("body")).getText().contains(newestFirst.get(PROJECTS - 1)));
    }

    private static List<String> names() {
        return browser.tableRows("projects:list").stream().map(row -> row.get(0)).toList();
    }
}
