package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server's logs (server.log and the access log) keep one line per request with the user, the
 * path, the status and the time, and never a password, a credit code or a telephone number, whether
 * they came in a body, a header or a query string.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogPrivacyIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Path LOGS = Path.of(System.getProperty("projectdesk.it.log.dir", "target/it-server/log"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(ProjectDeskDeployment.base(injectedBase));
    }

    @Test
    void noPasswordOrIdentifyingNumberReachesTheLogs() throws InterruptedException {
        String password = "Pw-" + digits(12);
        String wrongPassword = "Wrong-" + digits(12);
        String username = ProjectDeskDeployment.uniqueUsername("logs");
        String creditCode = ServiceFileApiIT.creditCode();
        String phone = "139" + digits(8);

        api.createAccount(username, "日志测试", password, "OFFICER");
        api.get("api/projects", username, password).assertStatus(200);
        api.get("api/projects", username, wrongPassword).assertStatus(401);
        api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(), creditCode,
                "INDUSTRIAL", b -> b.add("enterprise", ServiceFileApiIT.enterprise("日志企业 " + creditCode, creditCode)
                        .add("contactPhone", phone)))).assertStatus(201);
        api.as("officer1", "GET", "api/projects?search=" + URLEncoder.encode(creditCode, StandardCharsets.UTF_8), null)
                .assertStatus(200);
        api.as("officer1", "GET", "api/projects?search=" + phone, null).assertStatus(200);

        // Undertow writes the access log in the background.
        List<String> access = awaitAccessLine("officer1 \"POST /api/projects\" 201");
        assertTrue(access.stream().anyMatch(l -> l.contains(" " + username + " \"GET /api/projects\" 200 ")),
                "the signed-in user is named: " + access);
        assertTrue(access.stream().anyMatch(l -> l.contains(" - \"GET /api/projects\" 401 ")),
                "a refused request names nobody: " + access);
        assertTrue(access.stream().allMatch(l -> l.matches(".* \\d+ms$")), "each line ends with its time: " + access);

        String logs = read("server.log") + "\n" + String.join("\n", access);
        for (String secret : List.of(password, wrongPassword, creditCode, phone)) {
            assertFalse(logs.contains(secret), secret + " is in the logs");
        }
    }

    private static List<String> awaitAccessLine(String expected) throws InterruptedException {
        for (int tries = 0; tries < 50; tries++) {
            List<String> lines = read("access.log").lines().toList();
            if (lines.stream().anyMatch(l -> l.contains(expected))) {
                return lines;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no access log line with " + expected + " in " + LOGS.resolve("access.log"));
    }

    private static String read(String file) {
        try {
            Path path = LOGS.resolve(file);
            return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
