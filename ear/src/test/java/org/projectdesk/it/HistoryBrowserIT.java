package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service file's history in a headless Chromium reads as sentences with people's names: a project
 * taken in by officer1 (through the API), a matter accepted, the project handed to officer2 by the
 * director; no login name and no {@code key=value} shows. Takes in its own project.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoryBrowserIT {

    /** A failed test leaves target/screenshots/failed-history-{test}.png behind. */
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-history-");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    @Test
    void theHistorySaysWhatHappenedWithPeoplesNames() {
        URI base = ProjectDeskDeployment.base(injectedBase);
        ApiClient api = new ApiClient(base);
        String fileNo = api.as("officer1", "POST", "api/projects",
                ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(), ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { }))
                .assertStatus(201).json().getString("fileNo");
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                Json.createObjectBuilder().add("type", "ACCEPT").add("on", "2026-06-02").build().toString()).assertStatus(200);
        long version = api.as("officer1", "GET", "api/projects/" + fileNo, null).assertStatus(200).json()
                .getJsonNumber("version").longValue();
        api.as("director", "PUT", "api/projects/" + fileNo + "/officer", Json.createObjectBuilder().add("officer", "officer2")
                .add("reason", "原专员休假").add("version", version).build().toString()).assertStatus(200);

        Browser browser = SESSION.browser().at(base);
        browser.forgetCookies();
        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        browser.signIn("director", DEMO_PASSWORD);
        browser.visible("history");
        browser.screenshot("history");

        List<List<String>> rows = browser.tableTexts("history");
        assertEquals(List.of(
                        List.of("王海燕", "王海燕将协调服务专员由李明改为周晓燕，原因：原专员休假"),
                        List.of("李明", "发展和改革委员会受理了「企业投资项目核准（备案）」(DRC-01)，2026-06-02"),
                        List.of("李明", "李明受理项目，建立服务档案 " + fileNo + "，协调服务专员李明")),
                rows.stream().map(r -> r.subList(1, r.size())).toList(), rows.toString());
        assertEquals(List.of("时间", "人员", "经过"), browser.driver.findElements(
                org.openqa.selenium.By.cssSelector("[id='history'] thead th")).stream().map(th -> th.getText().strip()).toList());
        for (List<String> row : rows) {
            String text = String.join(" ", row);
            for (String login : List.of("officer1", "officer2", "director")) {
                assertFalse(text.contains(login), login + " in " + text);
            }
            assertFalse(text.contains("="), "key=value in " + text);
        }
    }
}
