package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
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

/**
 * Green channel, simulated approval and supervision over REST: who may decide, what the file then
 * shows, the scan run through the jobs API, the warnings it leaves and the notices in the inbox.
 * Each test takes in its own project on 2026-06-01 (ServiceFileApiIT's helpers).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionApiIT {

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

    private String takeIn(String landStatus) {
        return api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> b.add("landStatus", landStatus)))
                .assertStatus(201).json().getString("fileNo");
    }

    private ApiClient.Answer projectEvent(String user, String fileNo, String type, String reason) {
        return api.as(user, "POST", "api/projects/" + fileNo + "/events", ApiClient.json("type", type, "reason", reason));
    }

    private ApiClient.Answer matterEvent(String user, String fileNo, String category, String body) {
        return api.as(user, "POST", "api/projects/" + fileNo + "/matters/" + category + "/events", body);
    }

    private static JsonObject matter(JsonObject file, String category) {
        return file.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("categoryCode").equals(category)).findFirst().orElseThrow();
    }

    @Test
    void anOfficerProposesTheGreenChannelAndOnlyTheDirectorGrantsIt() {
        String fileNo = takeIn("IN_TRANSFER");

        projectEvent("officer1", fileNo, "GRANT_GREEN_CHANNEL", "同意").assertProblem(403);
        projectEvent("officer1", fileNo, "PROPOSE_GREEN_CHANNEL", " ").assertFieldProblem("reason");
        JsonObject proposed = projectEvent("officer1", fileNo, "PROPOSE_GREEN_CHANNEL", "省重大项目，争取海门速度")
                .assertStatus(200).json();
        assertEquals("PROPOSED", proposed.getJsonObject("greenChannel").getString("status"));
        JsonObject granted = projectEvent("director", fileNo, "GRANT_GREEN_CHANNEL", "列入绿色通道").assertStatus(200).json();

        assertEquals("GRANTED", granted.getJsonObject("greenChannel").getString("status"));
        assertEquals("director", granted.getJsonObject("greenChannel").getString("decidedBy"));
        assertEquals(2, matter(granted, "PLAN-03").getInt("limitDays"), "the works permit's green-channel limit");
        assertTrue(matter(granted, "PLAN-03").getBoolean("greenChannel"));
        assertEquals(18, granted.getJsonObject("greenWindow").getInt("fromDays"));
        assertEquals(22, granted.getJsonObject("greenWindow").getInt("toDays"));
        projectEvent("director", fileNo, "REFUSE_GREEN_CHANNEL", "再议").assertProblem(422);
        assertTrue(api.as("director", "GET", "api/projects?greenChannel=GRANTED&size=500", null).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(p -> p.getString("greenChannel").equals("GRANTED")));
        assertEquals(1, api.as("director", "GET", "api/projects?greenChannel=GRANTED&search=" + fileNo, null).json()
                .getInt("total"));
        api.as("director", "GET", "api/projects?greenChannel=MAYBE", null).assertProblem(400);
    }

    @Test
    void aSimulatedApprovalNeedsThePledgeAndShowsAsSimulatedUntilConverted() {
        String fileNo = takeIn("IN_TRANSFER");
        projectEvent("officer1", fileNo, "PROPOSE_GREEN_CHANNEL", "省重大项目").assertStatus(200);
        projectEvent("director", fileNo, "GRANT_GREEN_CHANNEL", "同意").assertStatus(200);
        for (String formal : List.of("DRC-01", "LAND-01", "PLAN-01")) {
            matterEvent("officer1", fileNo, formal, ApiClient.json("type", "ACCEPT", "on", "2026-06-02")).assertStatus(200);
            matterEvent("officer1", fileNo, formal, ApiClient.json("type", "APPROVE", "on", "2026-06-02", "documentNo",
                    formal + "〔2026〕1号")).assertStatus(200);
        }
        matterEvent("officer1", fileNo, "PLAN-02", ApiClient.json("type", "ACCEPT", "on", "2026-06-03")).assertStatus(200);

        matterEvent("officer1", fileNo, "PLAN-02", ApiClient.json("type", "ISSUE_SIMULATED", "on", "2026-06-04",
                "documentNo", "模拟方案审查第8号")).assertFieldProblem("pledge");
        JsonObject simulated = matterEvent("officer1", fileNo, "PLAN-02", ApiClient.json("type", "ISSUE_SIMULATED",
                "on", "2026-06-04", "documentNo", "模拟方案审查第8号", "conditions", "以取得不动产权证为准",
                "pledge", "投资方书面承诺自担风险")).assertStatus(200).json();

        assertEquals("SIMULATED", simulated.getString("status"));
        assertEquals("SIMULATED", simulated.getString("approval"));
        assertEquals("2026-06-04", simulated.getString("simulatedOn"));
        String refusal = matterEvent("officer1", fileNo, "PLAN-02", ApiClient.json("type", "CONVERT_SIMULATED", "on",
                "2026-06-05", "documentNo", "方案审查第8号")).assertProblem(422).getString("detail");
        assertEquals("PLAN-02: the land is not yet held; record it before converting the simulated approval", refusal);

        api.as("officer1", "POST", "api/projects/" + fileNo + "/events", ApiClient.json("type", "RECORD_LAND_HELD",
                "on", "2026-06-05")).assertStatus(200);
        JsonObject formal = matterEvent("officer1", fileNo, "PLAN-02", ApiClient.json("type", "CONVERT_SIMULATED", "on",
                "2026-06-08", "documentNo", "方案审查第8号")).assertStatus(200).json();
        assertEquals("FORMAL", formal.getString("approval"));
        assertEquals("2026-06-04", formal.getString("simulatedOn"));
        assertEquals("2026-06-08", formal.getString("approvedOn"));
    }

    @Test
    void theScanRunThroughTheJobsApiLeavesWarningsAndNoticesForTheRightPeople() {
        String fileNo = takeIn("HELD");
        matterEvent("officer1", fileNo, "DRC-01", ApiClient.json("type", "ACCEPT", "on", "2026-06-02")).assertStatus(200);
        matterEvent("officer1", fileNo, "DRC-01", ApiClient.json("type", "APPROVE", "on", "2026-06-02", "documentNo",
                "海发改备〔2026〕9号")).assertStatus(200);
        matterEvent("officer1", fileNo, "LAND-01", ApiClient.json("type", "ACCEPT", "on", "2026-06-03")).assertStatus(200);

        api.as("officer1", "POST", "api/admin/jobs/time-limit-scan/run", null).assertProblem(403);
        JsonObject run = api.as("admin", "POST", "api/admin/jobs/time-limit-scan/run", null).assertStatus(200).json();
        assertEquals("SUCCESS", run.getString("outcome"), run.toString());

        List<JsonObject> red = api.as("director", "GET", "api/supervision/warnings?light=RED", null).assertStatus(200)
                .jsonArray().getValuesAs(JsonObject.class);
        JsonObject mine = red.stream().filter(w -> w.getString("projectFileNo").equals(fileNo)).findFirst().orElseThrow();
        assertEquals("LAND-01", mine.getString("categoryCode"));
        assertEquals("LAND", mine.getString("departmentCode"));
        assertEquals("2026-06-10", mine.getString("dueOn"));
        assertTrue(mine.getInt("remainingWorkingDays") < 0);
        assertTrue(red.stream().allMatch(w -> w.getString("light").equals("RED")));
        assertTrue(api.as("dept-drc", "GET", "api/supervision/warnings?light=RED", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().allMatch(w -> w.getString("departmentCode").equals("DRC")),
                "a department window sees only its own department's warnings");
        api.as("investor1", "GET", "api/supervision/warnings?light=RED", null).assertProblem(403);
        api.as("director", "GET", "api/supervision/warnings?light=PURPLE", null).assertProblem(400);
        JsonObject listed = api.as("director", "GET", "api/projects?light=RED&search=" + fileNo, null).assertStatus(200).json();
        assertEquals(1, listed.getInt("total"), "the project list filters by the light the scan left");
        assertEquals("RED", listed.getJsonArray("items").getJsonObject(0).getString("light"));

        JsonObject notice = inbox("director").stream().filter(n -> fileNo.equals(n.getString("projectFileNo", null)))
                .filter(n -> n.getString("kind").equals("SUPERVISION")).findFirst().orElseThrow();
        assertEquals("LAND-01", notice.getString("categoryCode"));
        assertTrue(notice.getString("text").startsWith("督办：项目" + fileNo + "（"), notice.getString("text"));
        assertFalse(notice.getBoolean("read"));
        assertTrue(inbox("dept-land").stream().anyMatch(n -> fileNo.equals(n.getString("projectFileNo", null))
                && n.getString("kind").equals("REMINDER")), "催办 to the land department's window");
        assertTrue(inbox("dept-drc").stream().noneMatch(n -> fileNo.equals(n.getString("projectFileNo", null))));

        long unread = api.as("director", "GET", "api/inbox/unread", null).assertStatus(200).json().getJsonNumber("unread")
                .longValue();
        api.as("director", "POST", "api/inbox/" + notice.getInt("id") + "/read", null).assertStatus(204);
        api.as("leader", "POST", "api/inbox/" + notice.getInt("id") + "/read", null).assertProblem(404);
        assertEquals(unread - 1, api.as("director", "GET", "api/inbox/unread", null).json().getJsonNumber("unread")
                .longValue());
    }

    private static JsonObject job(List<JsonObject> jobs, String name) {
        return jobs.stream().filter(j -> j.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private List<JsonObject> inbox(String user) {
        return api.send("GET", "api/inbox?size=500", user, "demo123", null, Map.of("Accept-Language", "zh-CN"))
                .assertStatus(200).jsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void administratorsSeeEveryJobWithItsScheduleAndLastRun() {
        List<JsonObject> jobs = api.as("admin", "GET", "api/admin/jobs", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class);

        assertEquals(List.of("mail-outbox", "meeting-reminders", "officer-digest", "time-limit-scan", "weekly-report"),
                jobs.stream().map(j -> j.getString("name")).toList());
        JsonObject scan = job(jobs, "time-limit-scan");
        assertEquals("0 0/15 * * * ?", scan.getString("cron"));
        assertNotNull(scan.getString("nextFire", null));
        api.as("admin", "PUT", "api/admin/jobs/officer-digest/schedule", ApiClient.json("cron", "every morning"))
                .assertFieldProblem("cron");
        assertEquals("PAUSED", job(api.as("admin", "POST", "api/admin/jobs/officer-digest/pause", null).assertStatus(200)
                .jsonArray().getValuesAs(JsonObject.class), "officer-digest").getString("state"));
        assertEquals("NORMAL", job(api.as("admin", "POST", "api/admin/jobs/officer-digest/resume", null).assertStatus(200)
                .jsonArray().getValuesAs(JsonObject.class), "officer-digest").getString("state"));
        String before = job(jobs, "officer-digest").getString("cron");
        assertEquals("0 30 7 * * ?", job(api.as("admin", "PUT", "api/admin/jobs/officer-digest/schedule",
                ApiClient.json("cron", "0 30 7 * * ?")).assertStatus(200).jsonArray().getValuesAs(JsonObject.class),
                "officer-digest").getString("cron"));
        api.as("admin", "PUT", "api/admin/jobs/officer-digest/schedule", ApiClient.json("cron", before)).assertStatus(200);
        api.as("admin", "POST", "api/admin/jobs/no-such-job/run", null).assertProblem(404);
        api.as("director", "GET", "api/admin/jobs", null).assertProblem(403);
    }
}
