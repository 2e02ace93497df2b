package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.AcceptanceCases.findings;
import static org.projectdesk.it.AcceptanceCases.id;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence of an acceptance finding put right, over REST: the investor uploads it on their own case (as the
 * portal's materials: checksum, type by content, the name kept), the office, the case's departments and the
 * leadership download it byte for byte, another enterprise's investor and a department without an item on
 * the case get 404 for the case, its findings and its evidence, a department cannot upload; a file that is
 * not its type, a type not allowed, and a finding already reported are refused naming their field; each of
 * the first, a middle and the last finding takes its own evidence.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAcceptanceApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    private URI base;
    private ApiClient api;

    @BeforeEach
    void client() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
    }

    @Test
    void theInvestorUploadsEvidenceOnTheirOwnCaseAndOnlyTheCasesReadersDownloadIt() throws Exception {
        JsonObject acceptance = AcceptanceCases.rectifying(api, 3);
        long id = id(acceptance);
        List<JsonObject> findings = findings(acceptance);
        assertEquals(3, findings.size(), acceptance.toString());
        JsonObject first = findings.get(0);
        String evidencePath = "api/acceptances/" + id + "/findings/" + id(first) + "/evidence";

        HttpResponse<String> created = upload("investor1", evidencePath, "消防通道 整改照片.pdf", PortalApiIT.PDF);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject evidence = json(created);
        long evidenceId = id(evidence);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/" + evidencePath + "/" + evidenceId),
                created.headers().toString());
        assertEquals("消防通道 整改照片.pdf", evidence.getString("fileName"));
        assertEquals("PDF", evidence.getString("type"));
        assertEquals(id, evidence.getJsonNumber("acceptanceId").longValue());
        assertEquals(id(first), evidence.getJsonNumber("findingId").longValue());
        assertEquals(PortalApiIT.PDF.length, evidence.getInt("size"));
        assertEquals("investor1", evidence.getString("uploadedBy"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PortalApiIT.PDF));
        assertEquals(sha, evidence.getString("sha256"));

        // The case's readers: the office, the departments with an item on it, the leadership, the investor.
        String department = AcceptanceCases.departmentOf(acceptance, first);
        Set<String> caseDepartments = AcceptanceCases.items(acceptance).stream().map(i -> i.getString("departmentCode"))
                .collect(Collectors.toSet());
        for (String reader : List.of("officer1", "director", "leader", "investor1", AcceptanceCases.window(department))) {
            HttpResponse<byte[]> download = api.bytes(evidencePath + "/" + evidenceId, reader);
            assertEquals(200, download.statusCode(), reader);
            assertArrayEquals(PortalApiIT.PDF, download.body(), reader);
            assertEquals(sha, download.headers().firstValue("X-Checksum-SHA256").orElse(""), reader);
            assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""), reader);
            List<JsonObject> listed = api.as(reader, "GET", evidencePath, null).assertStatus(200).jsonArray()
                    .getValuesAs(JsonObject.class);
            assertEquals(List.of(evidenceId), listed.stream().map(AcceptanceCases::id).toList(), reader);
        }

        // Another party: not found, whether reading, downloading or uploading.
        String outsider = api.as("officer1", "GET", "api/catalogue/departments", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(d -> d.getString("code")).filter(c -> !caseDepartments.contains(c))
                .findFirst().map(AcceptanceCases::window).orElseThrow();
        for (String stranger : List.of("investor2", outsider)) {
            assertEquals(404, api.bytes(evidencePath + "/" + evidenceId, stranger).statusCode(), stranger);
            api.as(stranger, "GET", evidencePath, null).assertProblem(404);
        }
        assertEquals(404, upload("investor2", evidencePath, "x.pdf", PortalApiIT.PDF).statusCode());
        assertEquals(403, upload(AcceptanceCases.window(department), evidencePath, "x.pdf", PortalApiIT.PDF).statusCode(),
                "a department window reads evidence but does not upload it");
        // The evidence belongs to its finding: under another finding of the case, or an unknown one, it is not there.
        String other = "api/acceptances/" + id + "/findings/" + id(findings.get(1)) + "/evidence";
        assertEquals(404, api.bytes(other + "/" + evidenceId, "officer1").statusCode());
        api.as("officer1", "GET", "api/acceptances/" + id + "/findings/999999999/evidence", null).assertProblem(404);
        api.as("officer1", "GET", "api/acceptances/" + id + "/findings/abc/evidence", null).assertProblem(400);

        // Refused, naming the field, and nothing kept.
        assertField(upload("investor1", evidencePath, "整改照片.exe", PortalApiIT.PDF), 422, "fileName");
        HttpResponse<String> renamed = upload("investor1", evidencePath, "整改照片.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertField(renamed, 422, "file");
        assertEquals("整改照片.pdf不是PDF文件：内容与该类型不符", json(renamed).getString("detail"));
        assertField(upload("investor1", evidencePath, "空.pdf", new byte[0]), 422, "file");
        assertEquals(1, api.as("officer1", "GET", evidencePath, null).jsonArray().size(), "the refused uploads left nothing");

        // Each of the first, a middle and the last finding takes its own evidence.
        for (int n : List.of(1, 2)) {
            String path = "api/acceptances/" + id + "/findings/" + id(findings.get(n)) + "/evidence";
            assertEquals(201, upload("investor1", path, "整改" + n + ".pdf", PortalApiIT.PDF).statusCode());
            assertEquals(List.of("整改" + n + ".pdf"), api.as("officer1", "GET", path, null).jsonArray()
                    .getValuesAs(JsonObject.class).stream().map(e -> e.getString("fileName")).toList());
        }

        // Reported put right, the finding takes no more evidence; what it has stays readable.
        api.as("investor1", "POST", "api/acceptances/" + id + "/findings/" + id(first) + "/done",
                ApiClient.json("note", "已拓宽消防通道至4米", "on", TestClock.today().toString())).assertStatus(200);
        assertField(upload("investor1", evidencePath, "再传.pdf", PortalApiIT.PDF), 422, "findingId");
        assertEquals(200, api.bytes(evidencePath + "/" + evidenceId, "officer1").statusCode());
    }

    private HttpResponse<String> upload(String user, String path, String fileName, byte[] content) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + ProjectDeskDeployment.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN")
                .header("Content-Type", "application/octet-stream")
                .header("X-Filename", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("upload failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(field, json(response).getJsonArray("errors").getJsonObject(0).getString("field"), response.body());
    }
}
