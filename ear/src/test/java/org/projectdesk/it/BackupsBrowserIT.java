package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The backups page in a headless Chromium: the administrator backs up from the page and finds the new backup
 * first in the list, named as the message says. Screenshot: target/screenshots/backups.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupsBrowserIT {

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-backups-");

    @ArquillianResource
    URL injectedBase;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    @BeforeEach
    void newSession() {
        URI base = ProjectDeskDeployment.base(injectedBase);
        browser.at(base).forgetCookies();
    }

    @Test
    void anAdministratorBacksUpFromTheBackupsPage() {
        // On PostgreSQL the action refuses with the pg_dump recipe (BackupRestoreIT holds its 422).
        assumeTrue("h2".equals(System.getProperty("projectdesk.it.db.kind")), "the application's backup is of the embedded H2 database");
        browser.open("admin/backups.xhtml");
        browser.signIn("admin", ProjectDeskDeployment.DEMO_PASSWORD);

        browser.clickAjax("backups:take");

        String message = browser.text("messages");
        assertTrue(message.matches("已完成备份 projectdesk-\\d{8}-\\d{6}-\\d{3}\\.zip"), message);
        List<String> newest = browser.tableTexts("backups:list").get(0);
        assertEquals(message.substring("已完成备份 ".length()), newest.get(1), newest.toString());
        assertTrue(newest.get(0).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), newest.toString());
        browser.screenshot("backups");
    }
}
