package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Joint pre-review meetings and the one-time notification over REST: scheduling, opinions by the
 * departments themselves, the merged notification and its PDF, acceptance held back and released,
 * closing with its notices, and who may see what. Each test takes in its own project on 2026-06-01.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingApiIT {

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

    private String takeIn() {
        return api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
    }

    private static String meeting(String startsAt, String fileNo, String... departments) {
        var body = Json.createObjectBuilder().add("startsAt", startsAt).add("place", "行政服务中心三楼会议室")
                .add("projects", Json.createArrayBuilder().add(fileNo));
        if (departments.length > 0) {
            var codes = Json.createArrayBuilder();
            List.of(departments).forEach(codes::add);
            body.add("departments", codes);
        }
        return body.build().toString();
    }

    private static String opinion(String fileNo, String department, String verdict, String notes, String... materials) {
        var list = Json.createArrayBuilder();
        List.of(materials).forEach(list::add);
        var body = Json.createObjectBuilder().add("projectFileNo", fileNo).add("departmentCode", department)
                .add("verdict", verdict).add("materials", list);
        if (notes != null) {
            body.add("notes", notes);
        }
        return body.build().toString();
    }

    private ApiClient.Answer accept(String fileNo, String category) {
        return api.send("POST", "api/projects/" + fileNo + "/matters/" + category + "/events", "officer1",
                ProjectDeskDeployment.DEMO_PASSWORD, ApiClient.json("type", "ACCEPT", "on", "2026-06-05"),
                Map.of("Accept-Language", "zh-CN"));
    }

    private static JsonObject item(JsonObject notification, String material) {
        return notification.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("material").equals(material)).findFirst()
                .orElseThrow(() -> new AssertionError(material + " not in " + notification));
    }

    @Test
    void opinionsOfTheDepartmentsMakeOneNotificationThatHoldsBackAcceptanceUntilItsMaterialsAreIn() throws Exception {
        String fileNo = takeIn();
        ApiClient.Answer scheduled = api.as("officer1", "POST", "api/meetings", meeting("2026-06-03T09:30", fileNo, "LAND", "EIC"));
        JsonObject meeting = scheduled.assertStatus(201).json();
        long id = meeting.getJsonNumber("id").longValue();
        assertTrue(scheduled.header("Location").orElseThrow().endsWith("/api/meetings/" + id));
        assertEquals("2026-06-03T09:30:00", meeting.getString("startsAt"));
        assertEquals("2026-06-03T11:30:00", meeting.getString("endsAt"));

        api.as("dept-land", "POST", "api/meetings/" + id + "/opinions", opinion(fileNo, "LAND", "FEASIBLE_WITH_CONDITIONS",
                "红线须按规划调整", "用地红线图", "项目可行性研究报告（送审稿）")).assertStatus(200);
        api.as("dept-land", "POST", "api/meetings/" + id + "/opinions", opinion(fileNo, "EIC", "FEASIBLE", null))
                .assertProblem(403);
        api.as("officer1", "POST", "api/meetings/" + id + "/opinions", opinion(fileNo, "EIC", "MAYBE", null))
                .assertProblem(400);
        api.as("officer1", "POST", "api/meetings/" + id + "/opinions", opinion(fileNo, "EIC", "FEASIBLE", null,
                "项目可行性研究报告(送审稿)。")).assertStatus(200);

        JsonObject notification = api.as("officer1", "GET", "api/projects/" + fileNo + "/notification", null).assertStatus(200).json();
        List<String> materials = notification.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("material")).toList();
        assertEquals(materials.size(), materials.stream().distinct().count(), "each material once: " + materials);
        JsonObject study = item(notification, "项目可行性研究报告（送审稿）");
        List<String> askedBy = study.getJsonArray("departments").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertTrue(askedBy.containsAll(List.of("LAND", "EIC")), askedBy.toString());
        assertEquals("OUTSTANDING", study.getString("state"));
        api.as("investor1", "GET", "api/projects/" + fileNo + "/notification", null).assertProblem(404);

        JsonObject refused = accept(fileNo, "LAND-01").assertFieldProblem("materials");
        assertTrue(refused.getString("detail").contains("用地红线图"), refused.toString());
        assertTrue(refused.getString("detail").startsWith("事项LAND-01尚不能受理"), refused.toString());

        for (JsonObject i : notification.getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (i.getJsonArray("departments").toString().contains("\"LAND\"")) {
                api.as("dept-land", "POST", "api/projects/" + fileNo + "/notification/items/" + i.getJsonNumber("id") + "/receipt",
                        ApiClient.json("on", "2026-06-04")).assertStatus(200);
            }
        }
        api.as("dept-land", "POST", "api/projects/" + fileNo + "/notification/items/" + study.getJsonNumber("id") + "/receipt",
                ApiClient.json("on", "2026-06-04")).assertProblem(422);
        assertEquals(200, accept(fileNo, "LAND-01").status(), "all of the land bureau's materials are in");

        accept(fileNo, "EIC-01").assertFieldProblem("materials");
        api.as("officer1", "POST", "api/projects/" + fileNo + "/notification/partial-acceptances",
                ApiClient.json("categoryCode", "EIC-01", "pledge", " ", "deadline", "2026-12-31")).assertFieldProblem("pledge");
        api.as("officer1", "POST", "api/projects/" + fileNo + "/notification/partial-acceptances",
                ApiClient.json("categoryCode", "EIC-01", "pledge", "十个工作日内补齐节能报告", "deadline", "someday"))
                .assertProblem(400);
        JsonObject partial = api.as("officer1", "POST", "api/projects/" + fileNo + "/notification/partial-acceptances",
                ApiClient.json("categoryCode", "EIC-01", "pledge", "十个工作日内补齐节能报告", "deadline", "2099-12-31"))
                .assertStatus(201).json();
        assertEquals("EIC-01", partial.getJsonArray("partialAcceptances").getJsonObject(0).getString("categoryCode"));
        assertEquals(200, accept(fileNo, "EIC-01").status(), "accepted on the pledge");

        JsonObject received = item(api.as("officer1", "GET", "api/projects/" + fileNo + "/notification", null).json(), "用地红线图");
        assertEquals("RECEIVED", received.getString("state"));
        assertEquals("2026-06-04", received.getString("receivedOn"));

        HttpResponse<byte[]> pdf = api.bytes("api/projects/" + fileNo + "/notification/pdf", "officer1");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("一次性告知单"), text);
            assertTrue(text.contains(fileNo), text);
            assertTrue(text.contains("用地红线图"), text);
            assertTrue(text.contains("已于2026-06-04收到"), text);
            assertTrue(text.contains("EIC-01：已容缺受理"), text);
        }
        assertEquals(404, api.bytes("api/projects/" + fileNo + "/notification/pdf", "investor1").statusCode());
    }

    @Test
    void aMeetingIsClosedWithItsMinutesAndOnlyThoseInvitedOrAboveSeeIt() {
        String fileNo = takeIn();
        api.as("officer1", "POST", "api/meetings", meeting("tomorrow", fileNo)).assertProblem(400);
        api.as("officer1", "POST", "api/meetings", "{\"startsAt\":\"2026-06-03T09:30\",\"place\":\"x\",\"projects\":[]}")
                .assertFieldProblem("projects");
        api.as("investor1", "POST", "api/meetings", meeting("2026-06-03T09:30", fileNo)).assertProblem(403);
        JsonObject meeting = api.as("officer1", "POST", "api/meetings", meeting("2026-06-03T09:30", fileNo, "LAND", "PLAN"))
                .assertStatus(201).json();
        long id = meeting.getJsonNumber("id").longValue();

        api.as("dept-drc", "GET", "api/meetings/" + id, null).assertProblem(404);
        api.as("dept-land", "GET", "api/meetings/" + id, null).assertStatus(200);
        api.as("leader", "GET", "api/meetings/" + id, null).assertStatus(200);
        api.as("investor1", "GET", "api/meetings/" + id, null).assertProblem(403);
        assertTrue(api.as("dept-drc", "GET", "api/meetings?size=500", null).json().getJsonArray("rows").getValuesAs(JsonObject.class)
                .stream().noneMatch(m -> m.getJsonNumber("id").longValue() == id), "a department lists only its own meetings");

        ApiClient.Answer ics = api.send("GET", "api/meetings/" + id + "/invite.ics", "dept-land", ProjectDeskDeployment.DEMO_PASSWORD,
                null, Map.of("Accept", "text/calendar")).assertStatus(200);
        assertTrue(ics.contentType().startsWith("text/calendar"), ics.describe());
        assertTrue(ics.body().contains("DTSTART:20260603T013000Z\r\n"), ics.body());

        api.as("officer1", "POST", "api/meetings/" + id + "/attendance", ApiClient.json("departmentCode", "LAND",
                "attendance", "PRESENT", "attendee", "国土局 张科长")).assertStatus(200);
        api.as("officer1", "POST", "api/meetings/" + id + "/attendance", ApiClient.json("departmentCode", "PLAN",
                "attendance", "LATE")).assertProblem(400);
        JsonObject missing = api.as("officer1", "POST", "api/meetings/" + id + "/close", ApiClient.json("minutes", "纪要"))
                .assertProblem(422);
        assertTrue(missing.getString("detail").contains("PLAN"), missing.toString());
        api.as("officer1", "POST", "api/meetings/" + id + "/attendance", ApiClient.json("departmentCode", "PLAN",
                "attendance", "ABSENT")).assertStatus(200);
        api.as("dept-land", "POST", "api/meetings/" + id + "/opinions", opinion(fileNo, "LAND", "FEASIBLE", null, "用地红线图"))
                .assertStatus(200);
        api.as("officer1", "POST", "api/meetings/" + id + "/close", ApiClient.json("minutes", " ")).assertFieldProblem("minutes");
        long version = api.as("officer1", "GET", "api/meetings/" + id, null).json().getJsonNumber("version").longValue();
        api.as("officer1", "POST", "api/meetings/" + id + "/close", ApiClient.json("minutes", "纪要", "version", version - 1))
                .assertProblem(409);
        JsonObject closed = api.as("director", "POST", "api/meetings/" + id + "/close",
                ApiClient.json("minutes", "会议纪要：国土局意见可行。", "version", version)).assertStatus(200).json();

        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("HELD", api.as("officer1", "GET", "api/projects/" + fileNo + "/pre-review", null).json().getString("state"));
        assertEquals(1, api.as("officer1", "GET", "api/projects/" + fileNo + "/meetings", null).jsonArray().size());
        List<String> landInbox = api.send("GET", "api/inbox?size=500", "dept-land", ProjectDeskDeployment.DEMO_PASSWORD, null,
                        Map.of("Accept-Language", "zh-CN")).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("kind").equals("MEETING_CLOSED")).map(n -> n.getString("text")).toList();
        assertTrue(landInbox.contains("2026-06-03 09:30（行政服务中心三楼会议室）审议" + fileNo
                + "的联办预审会议已结束，会议纪要和一次性告知单已归档。"), landInbox.toString());
        api.as("officer1", "POST", "api/meetings/" + id + "/opinions", opinion(fileNo, "LAND", "FEASIBLE", null))
                .assertProblem(422);
    }
}
