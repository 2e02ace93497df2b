package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notices by e-mail through the server's Jakarta Mail session to a real SMTP server (GreenMail on
 * 127.0.0.1:3025 + the ear tests' port offset, 3125 by default, where arquillian.xml points the test server):
 * a red matter's reminder reaches the department window that has an address, in Chinese and English, once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticeMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("projectdesk.it.smtp.port", 3125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(ProjectDeskDeployment.base(injectedBase));
    }

    @Test
    void aRedMattersReminderIsMailedOnceToTheDepartmentWindowWithAnAddress() throws Exception {
        String window = "land-window-" + RANDOM.nextInt(1_000_000);
        String address = window + "@haimen.example";
        api.asAdmin("POST", "api/accounts", Json.createObjectBuilder().add("username", window).add("displayName", "国土窗口")
                .add("password", "window-secret-1").add("roles", Json.createArrayBuilder().add("DEPARTMENT"))
                .add("departmentCode", "LAND").add("email", address).build().toString()).assertStatus(201);
        String fileNo = redLandMatter(api);

        api.as("admin", "POST", "api/admin/jobs/time-limit-scan/run", null).assertStatus(200);
        String outcome = api.as("admin", "POST", "api/admin/jobs/mail-outbox/run", null).assertStatus(200).json()
                .getString("outcome");
        assertEquals("SUCCESS", outcome);

        List<MimeMessage> mine = about(fileNo, to(address));
        assertEquals(1, mine.size(), "one reminder for the one change of light");
        MimeMessage mail = mine.get(0);
        assertEquals("【项目服务台】催办 " + fileNo, mail.getSubject());
        assertEquals("projectdesk@haimen.example", mail.getFrom()[0].toString());
        String body = GreenMailUtil.getBody(mail);
        String text = new String(jakarta.mail.internet.MimeUtility.decode(
                new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                mail.getEncoding() == null ? "7bit" : mail.getEncoding()).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("催办：项目" + fileNo + "（"), text);
        assertTrue(text.contains("Reminder: matter Land-use pre-review and site-selection opinion of " + fileNo), text);

        api.as("admin", "POST", "api/admin/jobs/time-limit-scan/run", null).assertStatus(200);
        api.as("admin", "POST", "api/admin/jobs/mail-outbox/run", null).assertStatus(200);
        assertEquals(1, about(fileNo, to(address)).size(), "nothing is mailed twice");
    }

    /** A new project whose LAND matter is red on the test day: accepted on 3 June (ClusterIT uses it too). */
    static String redLandMatter(ApiClient api) {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        for (String[] step : List.of(new String[] {"DRC-01", "ACCEPT"}, new String[] {"DRC-01", "APPROVE"},
                new String[] {"LAND-01", "ACCEPT"})) {
            api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/" + step[0] + "/events",
                    ApiClient.json("type", step[1], "on", "2026-06-03", "documentNo", "海发改备〔2026〕7号")).assertStatus(200);
        }
        return fileNo;
    }

    /** Other projects' red land matters may be mailed to the window too. */
    private static List<MimeMessage> about(String fileNo, List<MimeMessage> messages) {
        return messages.stream().filter(m -> {
            try {
                return m.getSubject().endsWith(" " + fileNo);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
