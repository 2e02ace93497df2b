package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/referrals} with the demo accounts: a town (town-clz) registers a referral for its own town
 * whatever it names, with an attachment; the office lists it waiting and takes it in (201, Location the new
 * service file, which has the referral's data); another is returned with a reason the town reads; another
 * town gets 404, a town taking one in 403, a missing field 422 naming it, a decision on a decided referral
 * 422 {@code status}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    URI base;
    ApiClient api;

    @BeforeEach
    void client() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
    }

    private static String referral(String townCode, String projectName) {
        var body = Json.createObjectBuilder();
        if (townCode != null) {
            body.add("townCode", townCode);
        }
        return body.add("enterpriseName", "海门常乐精工机械有限公司")
                .add("creditCode", "91320684MA1N7Q2K5Q").add("projectName", projectName).add("investment", 42000)
                .add("industry", "装备制造").add("landStatus", "IN_TRANSFER").add("landNote", "常乐镇工业园约60亩")
                .add("contactName", "陆建华").add("contactPhone", "0513-8291 0000").build().toString();
    }

    private static long id(JsonObject referral) {
        return referral.getJsonNumber("id").longValue();
    }

    private List<Long> listed(String user, String query) {
        return api.as(user, "GET", "api/referrals?size=500" + query, null).assertStatus(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(ReferralApiIT::id).toList();
    }

    private HttpResponse<String> upload(String user, long referral, String fileName, byte[] content) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve("api/referrals/" + referral + "/attachments"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo123")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .header("X-Filename", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTownsReferralIsTakenInAndTheNewFileHasItsData() throws Exception {
        String name = "常乐镇精工机械扩产项目" + ThreadLocalRandom.current().nextInt(100_000);
        ApiClient.Answer created = api.as("town-clz", "POST", "api/referrals", referral("HMKFQ", name)).assertStatus(201);
        JsonObject registered = created.json();
        long id = id(registered);
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/referrals/" + id), created.describe());
        assertEquals("CLZ", registered.getString("townCode"), "the caller's town, not the one named");
        assertEquals("WAITING", registered.getString("status"));
        assertEquals(TestClock.today().toString(), registered.getString("registeredOn"));
        assertEquals(2, registered.getInt("remainingWorkingDays"));

        HttpResponse<String> attached = upload("town-clz", id, "项目简介.pdf", PortalApiIT.PDF);
        assertEquals(201, attached.statusCode(), attached.body());
        long attachment = Json.createReader(new StringReader(attached.body())).readObject().getJsonNumber("id").longValue();
        assertEquals(422, upload("town-clz", id, "简介.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)).statusCode());
        HttpResponse<byte[]> downloaded = api.bytes("api/referrals/" + id + "/attachments/" + attachment, "officer1");
        assertEquals(200, downloaded.statusCode());
        assertArrayEquals(PortalApiIT.PDF, downloaded.body());
        assertEquals(404, api.bytes("api/referrals/" + id + "/attachments/" + attachment, "town-hmkfq").statusCode());

        assertTrue(listed("officer1", "&status=WAITING").contains(id), "the office sees it waiting");
        assertTrue(listed("town-clz", "").contains(id));
        assertTrue(!listed("town-hmkfq", "").contains(id), "another town does not");
        api.as("town-hmkfq", "GET", "api/referrals/" + id, null).assertProblem(404);
        api.as("town-clz", "POST", "api/referrals/" + id + "/take-in", "{}").assertProblem(403);
        api.as("investor1", "GET", "api/referrals", null).assertProblem(403);

        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        api.as("officer1", "POST", "api/referrals/" + id + "/take-in", "{\"officer\": \"officer1\"}").assertFieldProblem("projectCode");
        ApiClient.Answer taken = api.as("officer1", "POST", "api/referrals/" + id + "/take-in",
                "{\"projectCode\": \"" + code + "\", \"type\": \"INDUSTRIAL\", \"officer\": \"officer1\"}").assertStatus(201);
        String fileNo = taken.json().getString("fileNo");
        assertTrue(taken.header("Location").orElseThrow().endsWith("/api/projects/" + fileNo), taken.describe());
        assertEquals("TAKEN_IN", taken.json().getString("status"));
        assertEquals(0, taken.json().getInt("workingDaysToDecision"));

        JsonObject file = api.as("officer1", "GET", "api/projects/" + fileNo, null).assertStatus(200).json();
        assertEquals(name, file.getString("name"));
        assertEquals("CLZ", file.getString("town"));
        assertEquals("IN_TRANSFER", file.getString("landStatus"));
        assertEquals(code, file.getString("projectCode"));
        assertEquals("TAKEN_IN", api.as("town-clz", "GET", "api/referrals/" + id, null).assertStatus(200).json()
                .getString("status"));

        api.as("director", "POST", "api/referrals/" + id + "/return", ApiClient.json("reason", "重复"))
                .assertFieldProblem("status");
        api.as("officer1", "POST", "api/referrals/" + id + "/take-in", "{\"projectCode\": \"" + code + "1\"}")
                .assertFieldProblem("status");
    }

    @Test
    void aReturnedReferralTellsTheTownWhyAndABadOneNamesItsField() {
        long id = id(api.as("town-clz", "POST", "api/referrals", referral(null, "常乐镇小型仓储项目")).assertStatus(201).json());

        api.as("officer1", "POST", "api/referrals/" + id + "/return", ApiClient.json("reason", " ")).assertFieldProblem("reason");
        JsonObject returned = api.as("director", "POST", "api/referrals/" + id + "/return",
                ApiClient.json("reason", "投资额未达重大项目标准，请按一般项目办理")).assertStatus(200).json();
        assertEquals("RETURNED", returned.getString("status"));
        JsonObject read = api.as("town-clz", "GET", "api/referrals/" + id, null).assertStatus(200).json();
        assertEquals("投资额未达重大项目标准，请按一般项目办理", read.getString("returnReason"));
        assertTrue(api.as("town-clz", "GET", "api/inbox?size=500", null).assertStatus(200).jsonArray().toString()
                .contains("投资额未达重大项目标准"), "the town is told why");

        String noProject = Json.createObjectBuilder().add("enterpriseName", "某公司").add("investment", 100)
                .add("landStatus", "HELD").add("contactName", "王").add("contactPhone", "1").build().toString();
        api.as("town-clz", "POST", "api/referrals", noProject).assertFieldProblem("projectName");
        api.as("officer1", "POST", "api/referrals", referral("NOWHERE", "无处项目")).assertFieldProblem("townCode");
        api.as("officer1", "GET", "api/referrals/999999999", null).assertProblem(404);
        api.as("officer1", "GET", "api/referrals?status=LOST", null).assertProblem(400);
    }

    /** A take-in and a return sent at once: one wins, the other finds the referral decided; never both. */
    @Test
    void aTakeInAndAReturnAtOnceDecideTheReferralOnce() throws Exception {
        long id = id(api.as("town-clz", "POST", "api/referrals", referral(null, "常乐镇并发推荐项目")).assertStatus(201).json());
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        var takeIn = java.util.concurrent.CompletableFuture.supplyAsync(() -> api.as("officer1", "POST",
                "api/referrals/" + id + "/take-in", "{\"projectCode\": \"" + code + "\", \"type\": \"INDUSTRIAL\"}"));
        var returned = java.util.concurrent.CompletableFuture.supplyAsync(() -> api.as("director", "POST",
                "api/referrals/" + id + "/return", ApiClient.json("reason", "同时退回")));
        int taken = takeIn.get().status();
        int back = returned.get().status();
        assertTrue(taken == 201 ^ back == 200, "exactly one decision: take-in " + takeIn.get().describe() + ", return "
                + returned.get().describe());
        assertTrue(List.of(201, 409, 422).contains(taken) && List.of(200, 409, 422).contains(back), taken + " " + back);
        String status = api.as("officer1", "GET", "api/referrals/" + id, null).assertStatus(200).json().getString("status");
        assertEquals(taken == 201 ? "TAKEN_IN" : "RETURNED", status);
        assertEquals(taken == 201 ? 1 : 0, api.as("officer1", "GET", "api/projects?search=" + code, null).assertStatus(200)
                .json().getInt("total"), "a losing take-in leaves no service file");
    }
}
