package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
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
import java.time.temporal.IsoFields;
import java.util.Base64;
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
 * The towns and the figures by town over REST, on the demo data: a leader reads every town's row, a town's staff
 * (town-hmgxq) its own row beside the city's total and only its projects, another town's figures are 404; the
 * towns' CSV exports and imports back, and a file with a problem changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TownsApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String TOWN = "HMGXQ";
    private static final String TOWN_USER = "town-hmgxq";

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

    /** The week in progress: made afresh on every request, never a report kept by an earlier version. */
    private static String thisWeek() {
        var today = TestClock.today();
        return String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static List<String> codes(JsonArray towns) {
        return towns.getValuesAs(JsonObject.class).stream().map(t -> t.getString("code")).toList();
    }

    @Test
    void aLeaderReadsEveryTownsRowAndATownItsOwnBesideTheCitysTotal() {
        String path = "api/reports/weekly/" + thisWeek();
        JsonObject whole = api.as("leader", "GET", path, null).assertStatus(200).json();
        JsonArray towns = whole.getJsonArray("towns");
        assertTrue(codes(towns).containsAll(List.of("HMKFQ", TOWN, "CLZ", "SJZ")), towns.toString());
        JsonObject total = whole.getJsonObject("townsTotal");
        assertEquals(towns.getValuesAs(JsonObject.class).stream().mapToLong(t -> t.getJsonNumber("projects").longValue()).sum(),
                total.getJsonNumber("projects").longValue(), "the rows add up to the city's total");
        JsonObject ownRow = towns.getValuesAs(JsonObject.class).stream().filter(t -> t.getString("code").equals(TOWN))
                .findFirst().orElseThrow();
        for (String figure : List.of("projects", "investmentYi", "inApproval", "started", "red", "referrals")) {
            assertTrue(ownRow.containsKey(figure), figure);
        }

        JsonObject read = api.as(TOWN_USER, "GET", path, null).assertStatus(200).json();
        assertEquals(List.of(ownRow), read.getJsonArray("towns").getValuesAs(JsonObject.class), "its own row and no other");
        assertEquals(total, read.getJsonObject("townsTotal"));
        assertEquals(whole.getJsonNumber("projectsAccepted"), read.getJsonNumber("projectsAccepted"), "the city's figures");
        assertTrue(read.getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                .allMatch(p -> p.getString("town").equals(TOWN)), "only its town's projects");
        assertEquals(ownRow.getJsonNumber("projects").longValue(), read.getJsonNumber("projectsTotal").longValue());

        api.as(TOWN_USER, "GET", path + "?town=HMKFQ", null).assertProblem(404);
        api.send("GET", path + "/csv?town=HMKFQ", TOWN_USER, ProjectDeskDeployment.DEMO_PASSWORD, null,
                java.util.Map.of("Accept", "text/csv")).assertProblem(404);
        api.as("leader", "GET", path + "?town=NOSUCH", null).assertProblem(404);
        assertEquals(List.of(TOWN), codes(api.as("leader", "GET", path + "?town=" + TOWN, null).assertStatus(200).json()
                .getJsonArray("towns")));
        String csv = new String(api.bytes(path + "/csv?lang=en", TOWN_USER).body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("By town") && csv.contains("City total") && csv.contains("Haimen Port New Area"), csv);
        assertTrue(!csv.contains("Changle Town"), "another town's row is not in its export");
    }

    @Test
    void theBoardGivesATownItsOwnRowAndAnotherTownsIsNotFound() {
        JsonObject board = api.as("leader", "GET", "api/supervision/board", null).assertStatus(200).json();
        JsonObject own = api.as(TOWN_USER, "GET", "api/supervision/board", null).assertStatus(200).json();

        assertTrue(codes(board.getJsonArray("towns")).size() >= 12);
        assertEquals(List.of(TOWN), codes(own.getJsonArray("towns")));
        assertEquals(board.getJsonObject("townsTotal"), own.getJsonObject("townsTotal"));
        api.as(TOWN_USER, "GET", "api/supervision/board?town=CLZ", null).assertProblem(404);
    }

    @Test
    void theTownsExportImportsBackAndABadFileChangesNothing() {
        HttpResponse<byte[]> export = api.bytes("api/towns?format=csv", "officer1");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] csv = export.body();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFcode,name,name_en,kind,active\r\nHMKFQ,海门经济技术开发区,"), text);

        JsonObject same = postCsv("api/towns/preview", "director", csv, "text/csv").assertStatus(200).json();
        assertEquals(0, same.getJsonArray("added").size());
        assertEquals(0, same.getJsonArray("changed").size());
        assertEquals(api.as("officer1", "GET", "api/towns", null).jsonArray().size(), same.getInt("unchanged"));
        assertEquals(403, postCsv("api/towns", "officer1", csv, "text/csv").status());
        assertEquals(415, postCsv("api/towns", "admin", csv, "text/plain").status());

        String broken = text.replace("SJZ,四甲镇,Sijia Town,TOWN,true", "SJZ,四甲镇,Sijia Town,VILLAGE,true");
        JsonObject refused = postCsv("api/towns", "admin", broken.getBytes(StandardCharsets.UTF_8), "text/csv").assertProblem(422);
        assertEquals("line 13, column kind", refused.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(text, new String(api.bytes("api/towns?format=csv", "admin").body(), StandardCharsets.UTF_8),
                "nothing changed");

        JsonObject applied = postCsv("api/towns", "admin", csv, "text/csv").assertStatus(200).json();
        assertTrue(applied.getBoolean("applied"));
    }

    @Test
    void anAdministratorRenamesATownInEnglishAndATownsStaffMayNot() {
        JsonObject clz = api.as("officer1", "GET", "api/towns/CLZ", null).assertStatus(200).json();
        String change = ApiClient.json("name", clz.getString("name"), "nameEn", "Changle", "kind", "TOWN", "active", true,
                "version", clz.getJsonNumber("version").longValue());
        assertEquals(403, api.as(TOWN_USER, "PUT", "api/towns/CLZ", change).status());
        JsonObject renamed = api.as("admin", "PUT", "api/towns/CLZ", change).assertStatus(200).json();
        try {
            assertEquals("Changle", renamed.getString("nameEn"));
            api.as("admin", "PUT", "api/towns/CLZ", change).assertStatus(409);
            api.as("admin", "PUT", "api/towns/NOSUCH", change).assertProblem(404);
        } finally {
            api.as("admin", "PUT", "api/towns/CLZ", ApiClient.json("name", clz.getString("name"), "nameEn",
                    clz.getString("nameEn"), "kind", "TOWN", "active", true, "version",
                    renamed.getJsonNumber("version").longValue())).assertStatus(200);
        }
    }

    private ApiClient.Answer postCsv(String path, String user, byte[] body, String contentType) {
        URI uri = ProjectDeskDeployment.base(injectedBase).resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + ProjectDeskDeployment.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", contentType + "; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiClient.Answer("POST " + uri, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("POST " + uri + " interrupted", e);
        }
    }
}
