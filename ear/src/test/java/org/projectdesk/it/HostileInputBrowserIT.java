package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

/**
 * Bad input through the pages: a page the caller's roles do not allow shows the 403 page (never the
 * 500 page), a page opened with an id that cannot be read shows the 404 page, and a value longer than
 * its column typed into a form is refused with the field's message while nothing is recorded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputBrowserIT {

    private static final String APP = "重大项目代办服务台";

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-hostile-input-");

    @ArquillianResource
    URL injectedBase;

    private URI base;
    private ApiClient api;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    @BeforeEach
    void newSession() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
        browser.at(base).forgetCookies();
    }

    @Test
    void aPageTheRolesDoNotAllowShowsTheForbiddenPage() throws Exception {
        Map<String, List<String>> refused = Map.of(
                "investor1", List.of("portal/complaints.xhtml", "projects/intake.xhtml", "projects/caseload.xhtml",
                        "coordination/visits.xhtml"),
                "officer1", List.of("portal/complaints.xhtml"),
                "leader", List.of("portal/complaints.xhtml", "projects/intake.xhtml"),
                "dept-land", List.of("portal/complaints.xhtml"));
        for (var user : refused.entrySet()) {
            browser.forgetCookies();
            browser.open("login.xhtml");
            browser.signIn(user.getKey(), DEMO_PASSWORD);
            for (String page : user.getValue()) {
                browser.open(page);
                String where = user.getKey() + " on " + page;
                assertEquals("无权访问 · " + APP, browser.driver.getTitle(), where);
                assertEquals("无权访问", browser.text("errorTitle"), where);
                assertEquals(403, status(page), where);
            }
        }
        // The director, whose page it is, still opens it.
        browser.forgetCookies();
        browser.open("login.xhtml");
        browser.signIn("director", DEMO_PASSWORD);
        assertEquals(200, status("portal/complaints.xhtml"));
    }

    @Test
    void aPageOpenedWithAnIdThatCannotBeReadShowsTheNotFoundPage() throws Exception {
        browser.open("login.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);

        for (String page : List.of("meetings/meeting.xhtml?id=abc", "meetings/meeting.xhtml?id=1e300", "meetings/meeting.xhtml?id=999999999",
                "meetings/calendar.xhtml?date=abc")) {
            browser.open(page);
            assertEquals("页面不存在 · " + APP, browser.driver.getTitle(), page);
            assertEquals(404, status(page), page);
        }
    }

    @Test
    void aNoteLongerThanItsColumnTypedIntoTheFormIsRefusedWithTheFieldsMessage() throws Exception {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        browser.open("login.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
        browser.open("projects/file.xhtml?fileNo=" + fileNo);

        browser.type("noteForm:text", "x".repeat(1001));
        browser.clickAjax("noteForm:add");

        assertTrue(browser.text("messages").contains("说明最多1000个字符"), browser.text("messages"));
        assertEquals(0, api.as("officer1", "GET", "api/projects/" + fileNo, null).json().getJsonArray("progress").size());
        assertFalse(browser.driver.getTitle().startsWith("出错了"), browser.driver.getTitle());

        browser.type("noteForm:text", "x".repeat(1000));
        browser.clickAjax("noteForm:add");
        assertEquals(1, api.as("officer1", "GET", "api/projects/" + fileNo, null).json().getJsonArray("progress").size());
    }

    private int status(String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
