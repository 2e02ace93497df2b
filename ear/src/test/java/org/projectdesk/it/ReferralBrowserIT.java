package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Referrals in a headless Chromium: a town's staff (town-clz) fill in the referral form with an attachment
 * (their town shown, not chosen) and see it waiting; an officer opens it, takes it in through the intake
 * wizard filled in from it, and lands on the new service file; a referral returned with a reason in the
 * dialog shows the reason to the town. Screenshot: target/screenshots/referral-intake.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralBrowserIT {

    private static final Pattern REFERRAL_PAGE = Pattern.compile("/referrals/referral\\.xhtml\\?id=(\\d+)");
    private static final Pattern FILE_PAGE = Pattern.compile("/projects/file\\.xhtml\\?fileNo=(XF-\\d{4}-\\d{4})");

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-referral-");

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
    void aTownRefersAProjectWithAnAttachmentAndAnOfficerTakesItInThroughThePrefilledWizard() throws Exception {
        String name = "常乐镇浏览器推荐项目" + ThreadLocalRandom.current().nextInt(100_000);
        Path brief = Files.createTempFile("项目简介-", ".pdf");
        Files.write(brief, PortalApiIT.PDF);

        browser.open("referrals/new.xhtml");
        browser.signIn("town-clz", DEMO_PASSWORD);
        assertEquals("常乐镇", browser.text("referralForm:ownTown"), "the town is the account's, not chosen");
        assertFalse(browser.present(By.id("referralForm:town")));
        browser.type("referralForm:enterpriseName", "海门常乐智造科技有限公司");
        browser.type("referralForm:creditCode", "91320684MA1N7Q2K5Q");
        browser.type("referralForm:projectName", name);
        browser.type("referralForm:investment_input", "26000");
        browser.type("referralForm:landNote", "常乐镇工业园西区约50亩");
        browser.type("referralForm:contactName", "顾晓明");
        browser.type("referralForm:contactPhone", "13900000000");
        browser.chooseFile("referralForm:attachment_input", brief);
        browser.clickAndWaitForPage("referralForm:register");

        Matcher page = REFERRAL_PAGE.matcher(browser.pathAndQuery());
        assertTrue(page.matches(), browser.pathAndQuery());
        long id = Long.parseLong(page.group(1));
        assertTrue(browser.text("messages").contains("推荐项目已提交"), browser.text("messages"));
        assertEquals("待受理", browser.text("referral:status"));
        assertEquals("常乐镇", browser.text("town"));
        assertEquals(name, browser.text("projectName"));
        assertTrue(browser.text("attachments").startsWith(brief.getFileName().toString()), browser.text("attachments"));
        assertFalse(browser.present(By.id("referral:takeIn")), "a town takes nothing in");

        browser.open("referrals/list.xhtml");
        assertTrue(browser.tableTexts("referrals:table").stream().anyMatch(row -> row.get(0).startsWith(name)
                && row.get(3).equals("待受理")), browser.tableTexts("referrals:table").toString());

        // The office: the referral's page, then the wizard filled in from it.
        browser.forgetCookies();
        browser.open("referrals/referral.xhtml?id=" + id);
        browser.signIn("officer1", DEMO_PASSWORD);
        browser.clickAndWaitForPage("referral:takeIn");
        assertEquals("/projects/intake.xhtml?referral=" + id, browser.pathAndQuery());
        assertEquals("海门常乐智造科技有限公司", browser.visible("intake:enterpriseName").getAttribute("value"));
        assertEquals("91320684MA1N7Q2K5Q", browser.visible("intake:creditCode").getAttribute("value"));
        assertEquals("顾晓明", browser.visible("intake:contactName").getAttribute("value"));
        next();
        assertEquals(name, browser.visible("intake:name").getAttribute("value"));
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        browser.type("intake:projectCode", code.replace("-", ""));
        next();
        assertEquals("常乐镇", browser.text("intake:town_label"));
        next();
        browser.screenshot("referral-intake");
        next();
        browser.clickAndWaitForPage("intake:takeIn");

        Matcher file = FILE_PAGE.matcher(browser.pathAndQuery());
        assertTrue(file.matches(), browser.pathAndQuery());
        JsonObject referral = api.as("officer1", "GET", "api/referrals/" + id, null).assertStatus(200).json();
        assertEquals("TAKEN_IN", referral.getString("status"));
        assertEquals(file.group(1), referral.getString("fileNo"));
        JsonObject project = api.as("officer1", "GET", "api/projects/" + file.group(1), null).assertStatus(200).json();
        assertEquals(name, project.getString("name"));
        assertEquals("CLZ", project.getString("town"));
    }

    @Test
    void aReturnedReferralShowsItsReasonToTheTown() {
        String name = "常乐镇待退回项目" + ThreadLocalRandom.current().nextInt(100_000);
        long id = api.as("town-clz", "POST", "api/referrals", Json.createObjectBuilder().add("enterpriseName", "某贸易公司")
                .add("projectName", name).add("investment", 800).add("landStatus", "NOT_SUPPLIED").add("contactName", "陈")
                .add("contactPhone", "13700000000").build().toString()).assertStatus(201).json().getJsonNumber("id").longValue();

        browser.open("referrals/referral.xhtml?id=" + id);
        browser.signIn("officer1", DEMO_PASSWORD);
        browser.clickAjax("referral:return");
        browser.visible("returnForm:reason");
        browser.type("returnForm:reason", "投资额未达重大项目标准");
        browser.clickAjax("returnForm:confirm");
        browser.waitBriefly(ExpectedConditions.textToBePresentInElementLocated(By.id("referral:status"), "已退回"));

        browser.forgetCookies();
        browser.open("referrals/referral.xhtml?id=" + id);
        browser.signIn("town-clz", DEMO_PASSWORD);
        assertEquals("已退回", browser.text("referral:status"));
        assertEquals("投资额未达重大项目标准", browser.text("referral:returnReason"));
        browser.open("referrals/list.xhtml");
        assertTrue(browser.tableTexts("referrals:table").stream().anyMatch(row -> row.get(0).startsWith(name)
                && row.get(5).contains("投资额未达重大项目标准")), browser.tableTexts("referrals:table").toString());

        browser.forgetCookies();
        browser.open("referrals/referral.xhtml?id=" + id);
        browser.signIn("town-hmkfq", DEMO_PASSWORD);
        assertTrue(browser.driver.getTitle().startsWith("页面不存在"), "another town's referral is not found: "
                + browser.driver.getTitle());
    }

    private void next() {
        browser.waitBriefly(ExpectedConditions.elementToBeClickable(By.cssSelector("#intake .ui-wizard-nav-next"))).click();
        browser.waitForAjaxBriefly();
    }
}
