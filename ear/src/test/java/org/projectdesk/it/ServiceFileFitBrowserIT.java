package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import java.net.URI;
import java.net.URL;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * A service file of an industrial project (22 matters) fits where people read it: printed, on one A4 sheet (Chromium's
 * own print to PDF, as a person's "print" does); on screen, a Gantt chart whose window holds every bar's dates and whose
 * row labels show whole.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceFileFitBrowserIT {

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-service-file-fit-");

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
        browser.at(base).forgetCookies();
        api = new ApiClient(base);
    }

    /** An industrial project with DRC-01 approved and LAND-01 accepted, so that bars of every kind are drawn. */
    private String file() {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                ApiClient.json("type", "ACCEPT", "on", "2026-06-02")).assertStatus(200);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                ApiClient.json("type", "APPROVE", "on", "2026-06-02", "documentNo", "海发改备〔2026〕92号")).assertStatus(200);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/LAND-01/events",
                ApiClient.json("type", "ACCEPT", "on", "2026-06-03")).assertStatus(200);
        assertEquals(22, api.as("officer1", "GET", "api/projects/" + fileNo, null).json().getJsonArray("matters").size());
        return fileNo;
    }

    @Test
    void thePrintViewOfATwentyTwoMatterFileIsOneA4Page() throws Exception {
        String fileNo = file();
        browser.open("projects/print.xhtml?fileNo=" + fileNo);
        browser.signIn("officer1", DEMO_PASSWORD);
        assertEquals(fileNo, browser.text("fileNo"));

        // A4 in inches, the page's own @page size and margins preferred, as the print dialog does.
        Map<String, Object> printed = ((ChromiumDriver) browser.driver).executeCdpCommand("Page.printToPDF", Map.of(
                "paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", true));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages(), "the 22 matters on one sheet");
            float width = document.getPage(0).getMediaBox().getWidth();
            float height = document.getPage(0).getMediaBox().getHeight();
            assertEquals(List.of(595, 842), List.of(Math.round(width), Math.round(height)), "A4 in points");
        }
    }

    @Test
    void theGanttWindowHoldsEveryBarAndEveryRowLabelShowsWhole() {
        String fileNo = file();
        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        browser.signIn("officer1", DEMO_PASSWORD);
        browser.waitBriefly(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#timeline .vis-label")).isEmpty());

        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeScript(
                "var widget = Object.values(PrimeFaces.widgets).find(function (w) { return w && w.id === 'timeline'; });"
                        + " var timeline = widget.instance, shown = timeline.getWindow(), items = timeline.itemsData.get();"
                        + " var starts = items.map(function (i) { return new Date(i.start).getTime(); });"
                        + " var ends = items.map(function (i) { return new Date(i.end || i.start).getTime(); });"
                        + " var labels = Array.from(document.querySelectorAll('#timeline .vis-label .vis-inner'));"
                        + " var left = document.querySelector('#timeline .vis-panel.vis-left');"
                        + " return { items: items.length, windowStart: shown.start.getTime(), windowEnd: shown.end.getTime(),"
                        + " firstStart: Math.min.apply(null, starts), lastEnd: Math.max.apply(null, ends), labels: labels.length,"
                        + " clipped: labels.filter(function (l) { return l.scrollWidth > l.clientWidth"
                        + " || l.getBoundingClientRect().right > left.getBoundingClientRect().right + 1; })"
                        + ".map(function (l) { return l.textContent.trim(); }),"
                        + " leftClipped: left.scrollWidth > left.clientWidth };");
        assertTrue(((Number) chart.get("items")).intValue() >= 22, "a bar for each matter at least: " + chart);
        assertEquals(22, ((Number) chart.get("labels")).intValue(), "a row for each matter: " + chart);
        assertTrue(((Number) chart.get("windowStart")).longValue() <= ((Number) chart.get("firstStart")).longValue(),
                "the window opens before the first bar: " + chart);
        assertTrue(((Number) chart.get("windowEnd")).longValue() >= ((Number) chart.get("lastEnd")).longValue(),
                "the window closes after the last bar: " + chart);
        assertEquals(List.of(), chart.get("clipped"), "row labels cut off");
        assertEquals(false, chart.get("leftClipped"), "the label column scrolls: " + chart);
    }
}
