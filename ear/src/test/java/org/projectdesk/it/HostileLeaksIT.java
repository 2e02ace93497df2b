package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * What a role is refused at the source it is refused in the service file's history too, and a
 * department is shown only the meetings it is invited to: the history, a project's meetings and
 * its pre-review read as every role (issue 14, "Leaks").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileLeaksIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    ApiClient api;
    URI base;

    /** A failed test leaves target/screenshots/failed-leaks-{test}.png behind. */
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-leaks-");

    @BeforeEach
    void client() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
    }

    @Test
    void theFilePageShowsADepartmentNeitherAComplaintNorAMeetingItWasNotInvitedTo() {
        String fileNo = PortalApiIT.projectWithNotification(api, PortalApiIT.ENTERPRISE_1);   // a meeting inviting LAND
        String complaint = "投诉" + UUID.randomUUID();
        api.as("investor1", "POST", "api/complaints", ApiClient.json("fileNo", fileNo, "text", complaint)).assertStatus(201);
        Browser browser = SESSION.browser();

        for (String user : List.of("officer1", "dept-land", "dept-fire")) {
            browser.at(base).forgetCookies();
            browser.open("login.xhtml");
            browser.signIn(user, ProjectDeskDeployment.DEMO_PASSWORD);
            browser.open("projects/file.xhtml?fileNo=" + fileNo);
            String history = browser.text("history");
            assertEquals(user.equals("officer1"), history.contains(complaint), user + ": " + history);
            assertEquals(!user.equals("dept-fire"), history.contains("行政服务中心三楼会议室）已安排"), user + ": " + history);
            assertEquals(!user.equals("dept-fire"), browser.driver.getPageSource().contains("行政服务中心三楼会议室"),
                    user + " and the meeting's place");
        }
    }

    @Test
    void theHistoryShowsEachRoleOnlyWhatTheSourceOfEachEntryShowsIt() {
        String fileNo = PortalApiIT.projectWithNotification(api, PortalApiIT.ENTERPRISE_1);   // a meeting inviting LAND
        long item = PortalApiIT.itemId(api, "investor1", fileNo, "用地红线图");                 // asked for by LAND
        String complaint = "投诉" + UUID.randomUUID();
        String landProblem = "土地问题" + UUID.randomUUID();
        String fireProblem = "消防问题" + UUID.randomUUID();
        String sha = upload("investor1", fileNo, item, "红线图.pdf", PortalApiIT.PDF).getString("sha256");
        api.as("investor1", "POST", "api/complaints", ApiClient.json("fileNo", fileNo, "text", complaint)).assertStatus(201);
        raise(fileNo, "LAND", landProblem);
        raise(fileNo, "FIRE", fireProblem);

        Map<String, Set<String>> seen = Map.of(
                "officer1", Set.of(complaint, sha, landProblem, fireProblem, "MEETING_SCHEDULED"),
                "director", Set.of(complaint, sha, landProblem, fireProblem, "MEETING_SCHEDULED"),
                "investor1", Set.of(complaint, sha, landProblem, fireProblem, "MEETING_SCHEDULED"),
                "dept-land", Set.of(sha, landProblem, "MEETING_SCHEDULED"),
                "dept-fire", Set.of(fireProblem),
                "leader", Set.of(landProblem, fireProblem, "MEETING_SCHEDULED"),
                "admin", Set.of(landProblem, fireProblem, "MEETING_SCHEDULED"));
        List<String> all = List.of(complaint, sha, landProblem, fireProblem, "MEETING_SCHEDULED");
        seen.forEach((user, expected) -> {
            ApiClient.Answer file = api.as(user, "GET", "api/projects/" + fileNo, null).assertStatus(200);
            String history = file.json().getJsonArray("history").toString();
            for (String text : all) {
                assertEquals(expected.contains(text), history.contains(text), user + " reading " + text + " in " + history);
            }
            assertTrue(history.contains("INTAKE"), user + " still sees what everyone may: " + history);
        });
    }

    @Test
    void aRatingIsInTheHistoryOnlyForThoseWhoMayReadRatings() {
        String approved = api.as("investor2", "GET", "api/projects?search=" + URLEncoder.encode("新能源天下光伏组件项目",
                StandardCharsets.UTF_8), null).assertStatus(200).json().getJsonArray("items").getJsonObject(0).getString("fileNo");
        api.as("investor2", "POST", "api/projects/" + approved + "/rating", ApiClient.json("stars", 4)).assertStatus(200);
        for (String user : List.of("officer1", "director", "investor2", "dept-land", "dept-fire", "leader", "admin")) {
            String history = api.as(user, "GET", "api/projects/" + approved, null).assertStatus(200).json()
                    .getJsonArray("history").toString();
            boolean mayRead = Set.of("officer1", "director", "investor2").contains(user);
            assertEquals(mayRead, history.contains("\"RATED\"") || history.contains("\"RATING_REVISED\""), user + ": " + history);
        }
    }

    @Test
    void aDepartmentSeesOnlyTheMeetingsItIsInvitedToAndAnInvestorOnlyItsOwnProjectsInThem() {
        String mine = PortalApiIT.projectWithNotification(api, PortalApiIT.ENTERPRISE_1);
        String theirs = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                PortalApiIT.ENTERPRISE_2, "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        long joint = api.as("officer1", "POST", "api/meetings", Json.createObjectBuilder().add("startsAt", "2026-06-10T09:30")
                .add("place", "联审会议室").add("projects", Json.createArrayBuilder().add(mine).add(theirs))
                .add("departments", Json.createArrayBuilder().add("PLAN")).build().toString())
                .assertStatus(201).json().getJsonNumber("id").longValue();

        assertEquals(Set.of(), meetingIds("dept-fire", mine), "FIRE is invited to none");
        assertEquals(1, meetingIds("dept-land", mine).size(), "LAND to the first");
        assertEquals(Set.of(joint), meetingIds("dept-plan", mine), "PLAN to the joint one");
        assertEquals(2, meetingIds("officer1", mine).size());
        api.as("dept-fire", "GET", "api/meetings/" + joint, null).assertProblem(404);

        JsonObject preReview = api.as("dept-fire", "GET", "api/projects/" + mine + "/pre-review", null).assertStatus(200).json();
        assertEquals("SCHEDULED", preReview.getString("state"), "the project's state is not the meeting's secret");
        assertTrue(preReview.isNull("meetingId") || !preReview.containsKey("meetingId"), preReview.toString());
        assertFalse(preReview.containsKey("meetingStartsAt") && !preReview.isNull("meetingStartsAt"), preReview.toString());
        assertFalse(api.as("dept-land", "GET", "api/projects/" + mine + "/pre-review", null).assertStatus(200).json()
                .isNull("meetingId"), "LAND was invited");

        String forInvestor = api.as("investor1", "GET", "api/projects/" + mine + "/meetings", null).assertStatus(200).body();
        assertTrue(forInvestor.contains(mine), forInvestor);
        assertFalse(forInvestor.contains(theirs), "another enterprise's project in a joint meeting: " + forInvestor);
        assertTrue(api.as("officer1", "GET", "api/projects/" + mine + "/meetings", null).assertStatus(200).body()
                .contains(theirs), "the office sees every project of the meeting");
    }

    private Set<Long> meetingIds(String user, String fileNo) {
        return api.as(user, "GET", "api/projects/" + fileNo + "/meetings", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(m -> m.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    private void raise(String fileNo, String department, String description) {
        api.as("officer1", "POST", "api/projects/" + fileNo + "/problems", Json.createObjectBuilder()
                .add("description", description).add("departments", Json.createArrayBuilder().add(department))
                .add("dueDays", 5).add("source", "OFFICER").build().toString()).assertStatus(201);
    }

    private JsonObject upload(String user, String fileNo, long item, String fileName, byte[] content) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/projects/" + fileNo + "/notification/items/" + item
                        + "/uploads"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":"
                        + ProjectDeskDeployment.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .header("X-Filename", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(201, response.statusCode(), response.body());
            return Json.createReader(new java.io.StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new AssertionError("upload failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
