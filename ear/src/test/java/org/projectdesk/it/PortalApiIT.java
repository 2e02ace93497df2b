package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Base64;
import java.util.HexFormat;
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
 * The investor portal over REST: an investor reaches only their own enterprise's projects — every
 * page and endpoint an investor can reach is tried with another enterprise's file number, item id,
 * upload id and complaint id and answers 404; uploads with their limits and failures; ratings only
 * after the approvals; complaints to the director and back. investor1's enterprise is
 * 91320684MA1N7Q2K5Q, investor2's 91320684MA20RT5B95 (whose demo 新能源天下光伏组件项目 is approved).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalApiIT {

    static final String ENTERPRISE_1 = "91320684MA1N7Q2K5Q";
    static final String ENTERPRISE_2 = "91320684MA20RT5B95";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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

    /** A project of the enterprise with a one-time notification (LAND's opinion asks for two materials). */
    static String projectWithNotification(ApiClient api, String creditCode) {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                creditCode, "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        long meeting = api.as("officer1", "POST", "api/meetings", Json.createObjectBuilder().add("startsAt", "2026-06-03T09:30")
                .add("place", "行政服务中心三楼会议室").add("projects", Json.createArrayBuilder().add(fileNo))
                .add("departments", Json.createArrayBuilder().add("LAND")).build().toString())
                .assertStatus(201).json().getJsonNumber("id").longValue();
        api.as("dept-land", "POST", "api/meetings/" + meeting + "/opinions", Json.createObjectBuilder()
                .add("projectFileNo", fileNo).add("departmentCode", "LAND").add("verdict", "FEASIBLE_WITH_CONDITIONS").add("notes", "红线须按规划调整")
                .add("materials", Json.createArrayBuilder().add("用地红线图").add("土地出让合同")).build().toString())
                .assertStatus(200);
        return fileNo;
    }

    static long itemId(ApiClient api, String user, String fileNo, String material) {
        return api.as(user, "GET", "api/projects/" + fileNo + "/notification", null).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("material").equals(material)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private HttpResponse<String> upload(String user, String fileNo, long item, String fileName, byte[] content) {
        return upload(base, user, fileNo, item, fileName, content);
    }

    /** Uploads the content for the item as the demo account, named fileName (null: no name sent). */
    static HttpResponse<String> upload(URI base, String user, String fileNo, long item, String fileName, byte[] content) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/projects/" + fileNo + "/notification/items/"
                        + item + "/uploads"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo123")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (fileName != null) {
            request.header("X-Filename", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

    @Test
    void anUploadIsStoredWithItsChecksumAndDownloadsByTheOfficeAndTheDepartmentAskingForIt() throws Exception {
        String fileNo = projectWithNotification(api, ENTERPRISE_1);
        long item = itemId(api, "investor1", fileNo, "用地红线图");

        HttpResponse<String> created = upload("investor1", fileNo, item, "用地 红线图.pdf", PDF);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject upload = json(created);
        assertEquals("用地 红线图.pdf", upload.getString("fileName"));
        assertEquals("PDF", upload.getString("type"));
        assertEquals(PDF.length, upload.getInt("size"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertEquals(sha, upload.getString("sha256"));
        String path = "api/projects/" + fileNo + "/notification/items/" + item + "/uploads/" + upload.getJsonNumber("id");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith(path));

        for (String reader : List.of("investor1", "officer1", "director", "dept-land")) {
            HttpResponse<byte[]> download = api.bytes(path, reader);
            assertEquals(200, download.statusCode(), reader);
            assertArrayEquals(PDF, download.body(), reader);
            assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(sha, download.headers().firstValue("X-Checksum-SHA256").orElseThrow());
            assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow()
                    .contains("filename*=UTF-8''%E7%94%A8%E5%9C%B0%20%E7%BA%A2%E7%BA%BF%E5%9B%BE.pdf"));
        }
        assertEquals(404, api.bytes(path, "dept-plan").statusCode(), "PLAN does not ask for the item");
        assertEquals(1, api.as("officer1", "GET", "api/projects/" + fileNo + "/notification/items/" + item + "/uploads", null)
                .assertStatus(200).jsonArray().size());
        JsonObject status = api.as("investor1", "GET", "api/portal/projects/" + fileNo + "/status", null).assertStatus(200).json();
        assertEquals(1, status.getJsonArray("uploads").size());
        assertEquals(sha, status.getJsonArray("uploads").getJsonObject(0).getString("sha256"));
    }

    @Test
    void refusedUploadsNameTheProblemAndAreNotListed() {
        String fileNo = projectWithNotification(api, ENTERPRISE_1);
        long item = itemId(api, "investor1", fileNo, "土地出让合同");

        assertField(upload("investor1", fileNo, item, "合同.exe", PDF), 422, "fileName");
        HttpResponse<String> renamed = upload("investor1", fileNo, item, "合同.pdf", "MZ\u0090 an executable".getBytes(
                StandardCharsets.ISO_8859_1));
        assertField(renamed, 422, "file");
        assertEquals("合同.pdf不是PDF文件：内容与该类型不符", json(renamed).getString("detail"));
        assertField(upload("investor1", fileNo, item, "空.pdf", new byte[0]), 422, "file");
        assertField(upload("investor1", fileNo, item, null, PDF), 400, "X-Filename");
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        HttpResponse<String> tooBig = upload("investor1", fileNo, item, "大.pdf", big);
        assertField(tooBig, 422, "file");
        assertEquals("文件超过20 MB", json(tooBig).getString("detail"));
        assertEquals(0, api.as("investor1", "GET", "api/projects/" + fileNo + "/notification/items/" + item + "/uploads", null)
                .assertStatus(200).jsonArray().size());

        api.as("officer1", "POST", "api/projects/" + fileNo + "/notification/items/" + item + "/receipt",
                ApiClient.json("on", "2026-06-04")).assertStatus(200);
        assertField(upload("investor1", fileNo, item, "合同.pdf", PDF), 422, "itemId");
        assertEquals(403, upload("leader", fileNo, item, "合同.pdf", PDF).statusCode());
    }

    @Test
    void everyInvestorEndpointAnswersNotFoundForAnotherEnterprisesIdentifiers() {
        String mine = projectWithNotification(api, ENTERPRISE_1);
        String theirs = projectWithNotification(api, ENTERPRISE_2);
        long myItem = itemId(api, "investor1", mine, "用地红线图");
        long theirItem = itemId(api, "investor2", theirs, "用地红线图");
        HttpResponse<String> theirUpload = upload("investor2", theirs, theirItem, "图.pdf", PDF);
        assertEquals(201, theirUpload.statusCode(), theirUpload.body());
        long uploadId = json(theirUpload).getJsonNumber("id").longValue();
        long complaint = api.as("investor2", "POST", "api/complaints", ApiClient.json("fileNo", theirs, "text", "答复太慢"))
                .assertStatus(201).json().getJsonNumber("id").longValue();
        String problemBody = Json.createObjectBuilder().add("description", "施工用电迟迟未接入")
                .add("departments", Json.createArrayBuilder().add("LAND")).add("dueDays", 5).build().toString();
        long problem = api.as("investor2", "POST", "api/projects/" + theirs + "/problems", problemBody).assertStatus(201)
                .json().getJsonNumber("id").longValue();

        List<String> theirPaths = List.of(
                "api/projects/" + theirs,
                "api/projects/" + theirs + "/notification",
                "api/projects/" + theirs + "/pre-review",
                "api/projects/" + theirs + "/meetings",
                "api/projects/" + theirs + "/problems",
                "api/projects/" + theirs + "/rating",
                "api/portal/projects/" + theirs + "/status",
                "api/projects/" + theirs + "/notification/items/" + theirItem + "/uploads",
                "api/projects/" + theirs + "/notification/items/" + theirItem + "/uploads/" + uploadId,
                "api/projects/" + mine + "/notification/items/" + theirItem + "/uploads",
                "api/projects/" + mine + "/notification/items/" + myItem + "/uploads/" + uploadId,
                "api/complaints/" + complaint,
                "api/problems/" + problem);
        for (String path : theirPaths) {
            ApiClient.Answer answer = api.as("investor1", "GET", path, null);
            assertEquals(404, answer.status(), answer::describe);
            assertFalse(answer.body().contains(theirs) && !path.contains(theirs), answer::describe);
        }
        assertEquals(404, api.bytes("api/projects/" + theirs + "/notification/pdf", "investor1").statusCode());
        assertEquals(404, api.bytes("api/projects/" + theirs + "/notification/items/" + theirItem + "/uploads/" + uploadId,
                "investor1").statusCode());
        assertEquals(404, upload("investor1", theirs, theirItem, "x.pdf", PDF).statusCode());
        assertEquals(404, upload("investor1", mine, theirItem, "x.pdf", PDF).statusCode());
        api.as("investor1", "POST", "api/projects/" + theirs + "/rating", ApiClient.json("stars", 5)).assertProblem(404);
        api.as("investor1", "POST", "api/complaints", ApiClient.json("fileNo", theirs, "text", "x")).assertProblem(404);
        api.as("investor1", "POST", "api/projects/" + theirs + "/problems", problemBody).assertProblem(404);

        for (String list : List.of("api/projects?size=500", "api/portal/projects?size=500", "api/complaints?size=500",
                "api/problems?size=500", "api/inbox?size=100")) {
            ApiClient.Answer answer = api.as("investor1", "GET", list, null).assertStatus(200);
            assertFalse(answer.body().contains(theirs), answer::describe);
            assertFalse(answer.body().contains(ENTERPRISE_2), answer::describe);
        }
        assertTrue(api.as("investor1", "GET", "api/projects?size=500", null).body().contains(mine));
        assertEquals(403, api.bytes("api/projects/ledger.csv", "investor1").statusCode(), "the ledger is the office's");
        api.as("investor1", "GET", "api/ratings", null).assertProblem(403);
        api.as("investor1", "POST", "api/complaints/" + complaint + "/answer", ApiClient.json("answer", "x")).assertProblem(403);
        assertEquals(200, api.as("investor2", "GET", "api/complaints/" + complaint, null).status());
    }

    @Test
    void theServiceIsRatedOnlyAfterTheApprovalsAndTheDirectorSeesTheRatings() {
        String open = projectWithNotification(api, ENTERPRISE_1);
        api.as("investor1", "POST", "api/projects/" + open + "/rating", ApiClient.json("stars", 5)).assertFieldProblem("projectStatus");

        String approved = api.as("investor2", "GET", "api/projects?search=" + URLEncoder.encode("新能源天下光伏组件项目",
                StandardCharsets.UTF_8), null).assertStatus(200).json().getJsonArray("items").getJsonObject(0).getString("fileNo");
        api.as("investor2", "POST", "api/projects/" + approved + "/rating", ApiClient.json("stars", 7)).assertFieldProblem("stars");
        JsonObject rated = api.as("investor2", "POST", "api/projects/" + approved + "/rating",
                ApiClient.json("stars", 4, "comment", "专员服务周到")).assertStatus(200).json();
        assertEquals(4, rated.getInt("stars"));
        JsonObject revised = api.as("investor2", "POST", "api/projects/" + approved + "/rating",
                ApiClient.json("stars", 5, "comment", "审批很快")).assertStatus(200).json();
        assertEquals(5, revised.getInt("stars"));
        assertEquals(rated.getString("ratedAt"), revised.getString("ratedAt"), "a revision keeps the first rating's time");
        api.as("officer1", "POST", "api/projects/" + approved + "/rating", ApiClient.json("stars", 1)).assertProblem(403);

        JsonObject summary = api.as("director", "GET", "api/ratings?size=500", null).assertStatus(200).json();
        assertTrue(summary.getInt("count") >= 1);
        long forProject = summary.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("fileNo").equals(approved)).count();
        assertEquals(1, forProject, "one rating per project");
        JsonObject status = api.as("investor2", "GET", "api/portal/projects/" + approved + "/status", null).assertStatus(200).json();
        assertTrue(status.getBoolean("mayRate"));
        assertEquals(5, status.getJsonObject("rating").getInt("stars"));
    }

    @Test
    void aComplaintGoesToTheDirectorAndItsAnswerBackToTheInvestor() {
        String fileNo = projectWithNotification(api, ENTERPRISE_1);
        api.as("investor1", "POST", "api/complaints", ApiClient.json("fileNo", fileNo, "text", " ")).assertFieldProblem("text");
        ApiClient.Answer filed = api.as("investor1", "POST", "api/complaints", ApiClient.json("fileNo", fileNo,
                "text", "规划窗口超期未答复")).assertStatus(201);
        JsonObject complaint = filed.json();
        long id = complaint.getJsonNumber("id").longValue();
        assertEquals("OPEN", complaint.getString("status"));
        assertTrue(filed.header("Location").orElseThrow().endsWith("/api/complaints/" + id));

        String inbox = api.as("director", "GET", "api/inbox?size=50", null).assertStatus(200).body();
        assertTrue(inbox.contains("规划窗口超期未答复") && inbox.contains("COMPLAINT_FILED"), inbox);
        assertTrue(api.as("director", "GET", "api/complaints?status=OPEN&size=500", null).assertStatus(200).body()
                .contains("规划窗口超期未答复"));
        api.as("director", "GET", "api/complaints?status=SOMETIMES", null).assertProblem(400);

        api.as("director", "POST", "api/complaints/" + id + "/answer", ApiClient.json("answer", "")).assertFieldProblem("answer");
        api.as("director", "POST", "api/complaints/" + id + "/answer", ApiClient.json("answer", "x", "version", 99L))
                .assertProblem(409);
        JsonObject answered = api.as("director", "POST", "api/complaints/" + id + "/answer",
                ApiClient.json("answer", "已督促规划窗口三日内答复")).assertStatus(200).json();
        assertEquals("ANSWERED", answered.getString("status"));
        assertEquals("director", answered.getString("answeredBy"));
        api.as("director", "POST", "api/complaints/" + id + "/answer", ApiClient.json("answer", "再答")).assertFieldProblem("status");
        String investorInbox = api.as("investor1", "GET", "api/inbox?size=50", null).assertStatus(200).body();
        assertTrue(investorInbox.contains("COMPLAINT_ANSWERED") && investorInbox.contains("已督促规划窗口三日内答复"), investorInbox);
        api.as("director", "POST", "api/complaints/999999999/answer", ApiClient.json("answer", "x")).assertProblem(404);
    }
}
