package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger import against files a careless or hostile sender makes: one project code on two
 * projects' blocks, an exported project sent back as it is, a file past the size limit, and a file of
 * garbage lines. Each is refused with what is wrong (or taken in exactly), quickly, changing nothing
 * when refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileLedgerIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> COLUMNS = List.of("file_no", "project_code", "project_name", "enterprise_name",
            "credit_code", "type", "town", "land_status", "investment", "officer", "intake_on", "category", "matter_status",
            "accepted_on", "decided_on", "document_no", "external_due_on", "simulated_on", "simulated_document_no",
            "step_on", "note", "suspension", "pledge", "procedure_type", "land_held_on");
    private static final int LISTED = 100;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    ApiClient api;
    URI base;

    @BeforeEach
    void client() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
    }

    @Test
    void twoBlocksWithOneProjectCodeButAnotherProjectAreRefusedNamingBothLines() {
        String code = ServiceFileApiIT.projectCode();
        String first = ServiceFileApiIT.creditCode();
        String second = ServiceFileApiIT.creditCode();
        String file = csv(List.of(
                line(code, "甲项目", "甲企业", first, "DRC-01", "PLANNED"),
                line(code, "甲项目", "甲企业", first, "LAND-01", "PLANNED"),
                line(code, "乙项目", "乙企业", second, "DRC-01", "PLANNED"),
                line(code, "乙项目", "乙企业", second, "PLAN-01", "PLANNED")));

        JsonObject preview = post("api/projects/ledger/preview", file.getBytes(StandardCharsets.UTF_8), "en").assertStatus(200).json();

        List<JsonObject> problems = preview.getJsonArray("problems").getValuesAs(JsonObject.class);
        assertEquals(List.of(4L, 5L), problems.stream().map(p -> p.getJsonNumber("line").longValue()).toList(), preview.toString());
        for (JsonObject problem : problems) {
            assertEquals("project_name", problem.getString("column"));
            assertEquals("ledger.projectDiffers", problem.getString("key"));
            assertEquals(List.of(code, "project_name", "乙项目", "甲项目", "2"), strings(problem, "arguments"),
                    "the project code, the column, both values and the first line");
        }
        post("api/projects/ledger", file.getBytes(StandardCharsets.UTF_8), "en").assertProblem(422);
        assertEquals(0, projects("search=" + code).getInt("total"), "nothing taken in");
    }

    @Test
    void anExportedProjectWithEveryMatterApprovedIsImportedBackAsANewCodeWithTheSameRows() {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        approveEveryMatter(api, fileNo);
        List<List<String>> exported = rowsOf(exportedLedger(), fileNo);
        assertEquals(22, exported.size(), "the whole industrial plan");
        assertTrue(exported.stream().allMatch(r -> r.get(12).equals("已批准")), "approved, in the office's words: " + exported);

        String newCode = ServiceFileApiIT.projectCode();
        List<List<String>> sent = new ArrayList<>();
        sent.add(COLUMNS);
        exported.forEach(r -> sent.add(withCode(r, newCode, r.get(0))));
        byte[] file = ReferenceDataBrowserIT.Csv.write(sent).getBytes(StandardCharsets.UTF_8);

        JsonObject preview = post("api/projects/ledger/preview", file, "en").assertStatus(200).json();
        assertEquals(0, preview.getJsonArray("problems").size(), preview.toString());
        assertEquals(22, preview.getInt("matters"));
        post("api/projects/ledger", file, "en").assertStatus(200);

        JsonObject found = projects("search=" + newCode);
        assertEquals(1, found.getInt("total"), found.toString());
        String imported = found.getJsonArray("items").getJsonObject(0).getString("fileNo");
        List<List<String>> again = rowsOf(exportedLedger(), imported);
        assertEquals(exported.stream().map(r -> withCode(r, newCode, imported)).toList(), again,
                "the same rows, but for the new code and file number");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedNamingTheLimitAndTakesNothingIn() {
        String code = ServiceFileApiIT.projectCode();
        StringBuilder text = new StringBuilder(csv(List.of(line(code, "超大台账", "超大企业", ServiceFileApiIT.creditCode(),
                "DRC-01", "PLANNED"))));
        // Padding after the rows: a trailing note cell nobody reads, making the file one byte past 10 MB.
        int limit = 10 * 1024 * 1024;
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[limit + 1];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, body.length, (byte) '\n');

        for (String path : List.of("api/projects/ledger/preview", "api/projects/ledger")) {
            ApiClient.Answer refused = post(path, body, "en");
            JsonObject problem = refused.assertFieldProblem("file");
            assertTrue(problem.getString("detail").contains("10 MB"), refused::describe);
        }
        assertEquals(0, projects("search=" + code).getInt("total"));

        byte[] withinLimit = java.util.Arrays.copyOf(body, limit);
        post("api/projects/ledger/preview", withinLimit, "en").assertStatus(200);
    }

    /** Past 64 MB the HTTP listener itself once answered a bare 400 before the import could say why. */
    @Test
    void aFileLargerThanSixtyFourMegabytesIsRefusedOnItsFieldNotByTheHttpLayer() {
        String code = ServiceFileApiIT.projectCode();
        byte[] head = csv(List.of(line(code, "特大台账", "特大企业", ServiceFileApiIT.creditCode(), "DRC-01", "PLANNED")))
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[65 * 1024 * 1024];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, body.length, (byte) '\n');

        ApiClient.Answer refused = post("api/projects/ledger/preview", body, "en");

        assertTrue(refused.assertFieldProblem("file").getString("detail").contains("10 MB"), refused::describe);
        assertEquals(0, projects("search=" + code).getInt("total"));
    }

    /**
     * Said before it is sent: answered without reading it. Over a plain socket, as a client that waits for the answer
     * to its headers would (JDK 17's HttpClient never returns a final answer to {@code Expect: 100-continue}).
     */
    @Test
    void anyOtherBodySaidToBeLargerThanSixtyFourMegabytesIsAnswered413NamingBothSizes() throws IOException {
        String answer;
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String credentials = Base64.getEncoder().encodeToString(
                    ("officer1:" + ProjectDeskDeployment.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("POST " + base.resolve("api/projects").getRawPath() + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\nAuthorization: Basic " + credentials
                    + "\r\nAccept: application/json\r\nContent-Type: application/json\r\nContent-Length: 67108865\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertEquals("The request body is 67108865 bytes; this request takes at most 67108864 bytes.",
                Json.createReader(new java.io.StringReader(body)).readObject().getString("detail"), answer);
    }

    @Test
    void aHundredThousandGarbageLinesListTheFirstHundredProblemsAndCountTheRest() {
        StringBuilder garbage = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (int i = 0; i < 100_000; i++) {
            garbage.append("garbage ").append(i).append(",x\r\n");
        }
        long started = System.nanoTime();
        JsonObject preview = post("api/projects/ledger/preview", garbage.toString().getBytes(StandardCharsets.UTF_8), "en")
                .assertStatus(200).json();

        List<JsonObject> problems = preview.getJsonArray("problems").getValuesAs(JsonObject.class);
        assertEquals(LISTED, problems.size());
        assertEquals(2L, problems.get(0).getJsonNumber("line").longValue());
        assertEquals(101L, problems.get(LISTED - 1).getJsonNumber("line").longValue());
        assertEquals(100_000 - LISTED, preview.getInt("moreProblems"));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 60, "answered in time");
        ApiClient.Answer refused = post("api/projects/ledger", garbage.toString().getBytes(StandardCharsets.UTF_8), "en");
        assertEquals("The ledger file has 100,000 problem(s); nothing was imported", refused.assertProblem(422).getString("detail"));
    }

    @Test
    void garbageValuesInEveryColumnStopTheCheckAgainstTheDataAfterAHundredProblems() {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            lines.add(List.of("", "garbage-" + i, "名", "企", "not-a-code", "SPACESHIP", "NOWHERE", "HELD", "x", "nobody",
                    "2026-02-30", "NONE", "LOST", "", "", "", ""));
        }
        JsonObject preview = post("api/projects/ledger/preview", csv(lines).getBytes(StandardCharsets.UTF_8), "en")
                .assertStatus(200).json();

        List<JsonObject> problems = preview.getJsonArray("problems").getValuesAs(JsonObject.class);
        assertEquals(LISTED, problems.size(), preview.toString());
        long stoppedAt = preview.getJsonNumber("stoppedAtLine").longValue();
        assertTrue(stoppedAt > 2 && stoppedAt <= 2 + LISTED, "checking stopped early: " + stoppedAt);
        assertTrue(problems.stream().allMatch(p -> p.getJsonNumber("line").longValue() < stoppedAt), preview.toString());
        assertEquals(0, projects("search=garbage-").getInt("total"));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Accepts and approves every matter of the file, each once its prerequisites are approved: a round of
     * the plan every other day from 2026-06-02 (at most 30 rounds, so all is done by 2026-07-31).
     */
    static void approveEveryMatter(ApiClient api, String fileNo) {
        LocalDate day = LocalDate.of(2026, 6, 2);
        Set<String> approved = new HashSet<>();
        for (int round = 0; round < 30; round++) {
            List<JsonObject> matters = api.as("officer1", "GET", "api/projects/" + fileNo, null).assertStatus(200).json()
                    .getJsonArray("matters").getValuesAs(JsonObject.class);
            List<JsonObject> ready = matters.stream().filter(m -> !approved.contains(m.getString("categoryCode")))
                    .filter(m -> approved.containsAll(strings(m, "prerequisites"))).toList();
            if (ready.isEmpty()) {
                assertEquals(matters.size(), approved.size(), "every matter approved: " + matters);
                return;
            }
            for (JsonObject matter : ready) {
                String category = matter.getString("categoryCode");
                String events = "api/projects/" + fileNo + "/matters/" + category + "/events";
                var accept = Json.createObjectBuilder().add("type", "ACCEPT").add("on", day.toString());
                if (matter.getString("caseType").equals("FORWARDED")) {
                    // The higher authority's own due date, which the ledger carries as external_due_on.
                    accept.add("externalDueOn", day.plusDays(40).toString());
                }
                api.as("officer1", "POST", events, accept.build().toString()).assertStatus(200);
                api.as("officer1", "POST", events, Json.createObjectBuilder().add("type", "APPROVE")
                        .add("on", day.plusDays(1).toString()).add("documentNo", "海批〔2026〕" + category + "号")
                        .build().toString()).assertStatus(200);
            }
            ready.forEach(m -> approved.add(m.getString("categoryCode")));
            day = day.plusDays(2);
        }
        throw new AssertionError("the plan did not finish in 30 rounds");
    }

    private List<List<String>> exportedLedger() {
        HttpResponse<byte[]> csv = api.bytes("api/projects/ledger.csv", "officer1");
        assertEquals(200, csv.statusCode());
        byte[] bytes = csv.body();
        return ReferenceDataBrowserIT.Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    private static List<List<String>> rowsOf(List<List<String>> ledger, String fileNo) {
        assertEquals(COLUMNS, ledger.get(0));
        return ledger.stream().skip(1).filter(r -> r.get(0).equals(fileNo)).toList();
    }

    private static List<String> withCode(List<String> row, String projectCode, String fileNo) {
        List<String> changed = new ArrayList<>(row);
        changed.set(0, fileNo);
        changed.set(1, projectCode);
        return changed;
    }

    /** A ledger line of the office's own spreadsheet (no simulated-approval columns), intake on 2026-06-01. */
    private static List<String> line(String code, String name, String enterprise, String credit, String category, String status) {
        return List.of("", code, name, enterprise, credit, "INDUSTRIAL", "HMKFQ", "HELD", "8000", "officer1", "2026-06-01",
                category, status, "", "", "", "");
    }

    private static String csv(List<List<String>> lines) {
        List<List<String>> table = new ArrayList<>();
        table.add(COLUMNS.subList(0, COLUMNS.indexOf("simulated_on")));
        table.addAll(lines);
        return ReferenceDataBrowserIT.Csv.write(table);
    }

    private JsonObject projects(String query) {
        return api.as("officer1", "GET", "api/projects?" + query, null).assertStatus(200).json();
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** A CSV body sent as the office's programs send it (text/csv), as officer1. */
    private ApiClient.Answer post(String path, byte[] body, String language) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("officer1:" + ProjectDeskDeployment.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Accept-Language", language)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiClient.Answer("POST " + path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("POST " + path + " interrupted", e);
        }
    }
}
