package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The ledger page given what a careless office sends: a file of garbage lines lists its first hundred
 * problems and says how many more there are; a file past the size limit is refused with the limit, and
 * no preview is shown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileLedgerBrowserIT {

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    /** A failed test leaves target/screenshots/failed-hostile-ledger-{test}.png behind. */
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-hostile-ledger-");

    @ArquillianResource
    URL injectedBase;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    @BeforeEach
    void signIn() {
        browser.at(ProjectDeskDeployment.base(injectedBase)).forgetCookies();
        browser.open("projects/ledger.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
    }

    @Test
    void aFileOfGarbageLinesListsTheFirstHundredProblemsAndSaysHowManyMore() throws IOException {
        StringBuilder garbage = new StringBuilder("file_no,project_code,project_name,enterprise_name,credit_code,type,town,"
                + "land_status,investment,officer,intake_on,category,matter_status,accepted_on,decided_on,document_no,"
                + "external_due_on\r\n");
        for (int i = 0; i < 5_000; i++) {
            garbage.append("垃圾 ").append(i).append("\r\n");
        }

        preview(write("garbage.csv", garbage.toString().getBytes(StandardCharsets.UTF_8)));

        List<List<String>> problems = browser.tableTexts("importPreview:problems");
        assertEquals(100, problems.size());
        assertEquals(List.of("2", "", "此行有1个字段，表头有17个"), problems.get(0));
        assertEquals("101", problems.get(99).get(0));
        assertEquals("……另有4,900个问题未列出。", browser.text("importPreview:moreProblems"));
        assertFalse(browser.present(By.id("importPreview:apply")));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithTheLimitAndNoPreview() throws IOException {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) '\n');
        byte[] header = "file_no,project_code\r\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, large, 0, header.length);

        browser.chooseFile("upload:file_input", write("large.csv", large));
        browser.clickAndWaitForPage("upload:preview");

        String refused = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='messages'] .ui-messages-error-summary"))).getText().strip();
        assertEquals("文件有10,485,761字节，台账文件最大10 MB（PROJECTDESK_LEDGER_MAX_MB）", refused);
        assertFalse(browser.present(By.id("importPreview")), "no preview of a refused file");
    }

    private void preview(Path file) {
        browser.chooseFile("upload:file_input", file);
        browser.clickAndWaitForPage("upload:preview");
        browser.visible("importPreview:summary");
    }

    private static Path write(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("projectdesk.it.screenshots", "target/screenshots"))
                .resolveSibling("hostile-ledger-uploads").resolve("upload-" + System.nanoTime()));
        return Files.write(dir.resolve(name), content);
    }
}
