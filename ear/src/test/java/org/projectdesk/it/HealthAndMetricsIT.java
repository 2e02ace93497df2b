package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a load balancer and a monitor read from the management interface (port 9990 + offset): the
 * health endpoints, and the Prometheus metrics, which must move when the application works (a scan, a
 * refused sign-in).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthAndMetricsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final URI MANAGEMENT = URI.create("http://127.0.0.1:"
            + System.getProperty("projectdesk.it.management.port", "10090") + "/");

    @Deployment(name = "application", testable = false, order = 1)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    /** What every server made from the build deploys from its deployments folder at start. */
    @Deployment(name = "health", testable = false, order = 2)
    static JavaArchive health() {
        return ProjectDeskDeployment.health();
    }

    @ArquillianResource
    @OperateOnDeployment("application")
    URL injectedBase;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(ProjectDeskDeployment.base(injectedBase));
    }

    /**
     * WildFly's own checks (among them that the EAR is deployed) and the application's four, served by the
     * health deployment beside the EAR, each with the real values a monitor reads.
     */
    @Test
    void aBalancerReadsTheNodeReadyOnWhatTheApplicationChecks() {
        HttpResponse<String> live = get("health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", json(live.body()).getString("status"), live.body());

        int lastOfficialYear = api.get("api/calendar/years", "admin", ProjectDeskDeployment.DEMO_PASSWORD).assertStatus(200)
                .jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(y -> y.getString("kind").equals("official")).mapToInt(y -> y.getInt("year")).max().orElseThrow();
        HttpResponse<String> ready = get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject answer = json(ready.body());
        assertEquals("UP", answer.getString("status"), ready.body());
        List<JsonObject> checks = answer.getJsonArray("checks").getValuesAs(JsonObject.class);
        assertTrue(checks.stream().filter(c -> c.get("data") instanceof JsonObject)
                        .flatMap(c -> c.getJsonObject("data").entrySet().stream())
                        .anyMatch(e -> e.getKey().contains("projectdesk.ear") && e.getValue().toString().contains("OK")),
                "WildFly's own check names the application's deployment as up: " + ready.body());

        JsonObject database = check(checks, "database");
        assertEquals(System.getProperty("projectdesk.it.db.kind", "h2"), database.getString("kind"));
        assertTrue(database.getJsonNumber("millis").longValue() >= 0, database.toString());
        assertFalse(database.containsKey("failure"), database.toString());

        JsonObject scheduler = check(checks, "scheduler");
        assertFalse(scheduler.getBoolean("clustered"), "one test server: its Quartz store is not clustered");
        assertFalse(scheduler.getString("instance").isBlank(), scheduler.toString());
        assertFalse(scheduler.containsKey("problem"), scheduler.toString());

        JsonObject outbox = check(checks, "mail-outbox");
        assertTrue(outbox.getBoolean("mailEnabled"), "the test server sends mail to its SMTP port");
        assertTrue(outbox.getJsonNumber("pending").longValue() >= 0 && outbox.getJsonNumber("oldestSeconds").longValue() >= 0,
                outbox.toString());
        assertTrue(outbox.containsKey("stalled"), outbox.toString());

        JsonObject calendar = check(checks, "calendar");
        assertEquals(lastOfficialYear, calendar.getInt("lastOfficialYear"), "the same year the calendar page lists last as official");
        assertEquals(calendar.getBoolean("warning"), calendar.containsKey("unannouncedYear"), calendar.toString());
    }

    /** The data of the check of that name, which must be UP. */
    private static JsonObject check(List<JsonObject> checks, String name) {
        JsonObject check = checks.stream().filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + checks));
        assertEquals("UP", check.getString("status"), check.toString());
        return check.getJsonObject("data");
    }

    @Test
    void metricsCountEveryScanAndRefusedSignIn() {
        String before = metrics();
        api.as("admin", "POST", "api/admin/jobs/time-limit-scan/run", null).assertStatus(200);
        api.get("api/projects", "officer1", "not-the-password-" + System.nanoTime()).assertStatus(401);
        String after = metrics();

        String scans = "projectdesk_job_runs_seconds_count{job=\"time-limit-scan\",outcome=\"success\"}";
        // At least: the scheduled scan may fire meanwhile too.
        assertTrue(value(after, scans).orElseThrow(() -> new AssertionError(after)) >= value(before, scans).orElse(0) + 1,
                "the scan run is timed");
        assertTrue(value(after, "projectdesk_job_runs_seconds_sum{job=\"time-limit-scan\",outcome=\"success\"}")
                .orElseThrow() > 0, "the scan's time is recorded");
        String refused = "projectdesk_logins_total{outcome=\"invalid\"}";
        assertTrue(value(after, refused).orElseThrow(() -> new AssertionError(after)) >= value(before, refused).orElse(0) + 1,
                "the refused sign-in is counted");
        assertTrue(value(after, "projectdesk_logins_total{outcome=\"success\"}").orElseThrow() >= 1, "admin signed in");
        assertTrue(value(after, "projectdesk_scan_light_changes_total").isPresent(), after);
        assertTrue(value(after, "projectdesk_scan_notices_total").isPresent(), after);
        assertTrue(value(after, "projectdesk_mail_outbox_pending").orElseThrow(() -> new AssertionError(after)) >= 0);
        assertTrue(value(after, "projectdesk_mail_outbox_oldest_seconds").orElseThrow() >= 0);
        assertTrue(value(after, "projectdesk_calendar_schedule_missing").orElseThrow() >= 0);
        assertTrue(after.lines().anyMatch(l -> l.startsWith("undertow_request_count") && l.contains("projectdesk")),
                "Undertow's request statistics are exported");
    }

    /** The value of the sample whose name and labels start {@code series} (more labels may follow). */
    private static OptionalDouble value(String exposition, String series) {
        String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
        String labels = series.contains("{") ? series.substring(series.indexOf('{') + 1, series.length() - 1) : "";
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{(.*)})? (\\S+)$", Pattern.MULTILINE);
        Matcher m = sample.matcher(exposition);
        double sum = 0;
        boolean found = false;
        while (m.find()) {
            String present = m.group(2) == null ? "" : m.group(2);
            if (labels.isEmpty() || java.util.Arrays.stream(labels.split(",")).allMatch(present::contains)) {
                sum += Double.parseDouble(m.group(3));
                found = true;
            }
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    private String metrics() {
        HttpResponse<String> answer = get("metrics");
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(MANAGEMENT.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
