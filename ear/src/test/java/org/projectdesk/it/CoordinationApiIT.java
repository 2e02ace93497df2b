package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
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
 * Visits and coordination problems over REST: who may do what, the 400s and 422s that name the
 * field, an investor who sees only their own enterprise's problems (another's project is 404), a
 * department window that sees and moves only its own, and the counts for the report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoordinationApiIT {

    /** investor1's enterprise in the demo data. */
    private static final String INVESTOR1_ENTERPRISE = "91320684MA1N7Q2K5Q";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    ApiClient api;

    private final String today = TestClock.today().toString();

    @BeforeEach
    void client() {
        api = new ApiClient(ProjectDeskDeployment.base(injectedBase));
    }

    private String takeIn(String creditCode) {
        return api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                creditCode, "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
    }

    private static JsonArrayBuilder array(String... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String v : values) {
            array.add(v);
        }
        return array;
    }

    private static JsonObjectBuilder problem(String description, int dueDays, String source, String... departments) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("description", description).add("departments", array(departments))
                .add("dueDays", dueDays);
        return source == null ? body : body.add("source", source);
    }

    private ApiClient.Answer raise(String user, String fileNo, JsonObjectBuilder body) {
        return api.as(user, "POST", "api/projects/" + fileNo + "/problems", body.build().toString());
    }

    private ApiClient.Answer event(String user, long id, String type, String field, String text, Long version) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", type);
        if (field != null) {
            body.add(field, text);
        }
        if (version != null) {
            body.add("version", version);
        }
        return api.as(user, "POST", "api/problems/" + id + "/events", body.build().toString());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private JsonObject visit(String fileNo, String... departments) {
        String body = Json.createObjectBuilder().add("on", today).add("projects", array(fileNo))
                .add("staff", array("李明", "王海燕")).add("departments", array(departments)).add("issues", "企业反映用地红线问题")
                .add("actions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("action", "核定红线")
                        .add("owner", "国土资源局窗口").add("dueOn", TestClock.today().plusDays(7).toString())))
                .build().toString();
        ApiClient.Answer created = api.as("officer1", "POST", "api/visits", body).assertStatus(201);
        JsonObject visit = created.json();
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/visits/" + id(visit)), created.describe());
        return visit;
    }

    @Test
    void anOfficerRaisesAProblemWithItsDueDateInWorkingDaysAndReadsItBack() {
        String fileNo = takeIn(ServiceFileApiIT.creditCode());

        ApiClient.Answer created = raise("officer1", fileNo, problem("施工用电接入未落实", 3, "OFFICER", "HUD", "LAND"))
                .assertStatus(201);
        JsonObject problem = created.json();
        String location = created.header("Location").orElseThrow(() -> new AssertionError(created.describe()));
        assertTrue(location.endsWith("/api/problems/" + id(problem)), location);

        String due = api.as("officer1", "GET", "api/calendar/add-working-days?from=" + today + "&days=3", null)
                .assertStatus(200).json().getString("due");
        JsonObject read = api.as("director", "GET", "api/problems/" + id(problem), null).assertStatus(200).json();
        assertEquals("OPEN", read.getString("status"));
        assertEquals(due, read.getString("dueOn"));
        assertEquals(fileNo, read.getString("projectFileNo"));
        assertEquals(List.of("HUD", "LAND"), read.getJsonArray("departments").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(1, api.as("leader", "GET", "api/projects/" + fileNo + "/problems", null).assertStatus(200)
                .jsonArray().size());
        assertTrue(api.as("officer1", "GET", "api/problems?status=OPEN&department=HUD&fileNo=" + fileNo, null)
                .assertStatus(200).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> id(p) == id(problem)));
        assertEquals(0, api.as("officer1", "GET", "api/problems?status=RESOLVED&fileNo=" + fileNo, null).assertStatus(200)
                .json().getJsonNumber("total").longValue());
    }

    @Test
    void malformedParametersAre400AndBrokenRules422EachNamingTheField() {
        String fileNo = takeIn(ServiceFileApiIT.creditCode());

        JsonObject status = api.as("officer1", "GET", "api/problems?status=CLOSED", null).assertProblem(400);
        assertEquals("status", status.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject source = raise("officer1", fileNo, problem("难题", 3, "PHONE", "HUD")).assertProblem(400);
        assertEquals("source", source.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject from = api.as("officer1", "GET", "api/visits?from=yesterday", null).assertProblem(400);
        assertEquals("from", from.getJsonArray("errors").getJsonObject(0).getString("field"));

        raise("officer1", fileNo, problem(" ", 3, "OFFICER", "HUD")).assertFieldProblem("description");
        raise("officer1", fileNo, problem("难题", 3, "OFFICER", "NOPE")).assertFieldProblem("departments");
        raise("officer1", fileNo, problem("难题", 0, "OFFICER", "HUD")).assertFieldProblem("dueDays");
        raise("officer1", fileNo, problem("难题", 3, null, "HUD")).assertFieldProblem("source");
        String otherFile = takeIn(ServiceFileApiIT.creditCode());
        JsonObject elsewhere = visit(otherFile, "LAND");
        raise("officer1", fileNo, problem("难题", 3, "VISIT", "HUD").add("sourceId", id(elsewhere)))
                .assertFieldProblem("sourceId");
        JsonObject chinese = api.send("POST", "api/projects/" + fileNo + "/problems", "officer1",
                ProjectDeskDeployment.DEMO_PASSWORD, problem("难题", 3, "VISIT", "HUD").add("sourceId", id(elsewhere))
                        .build().toString(), java.util.Map.of("Accept-Language", "zh-CN")).assertFieldProblem("sourceId");
        assertEquals("没有覆盖" + fileNo + "的上门指导" + id(elsewhere), chinese.getString("detail"));

        long id = id(raise("officer1", fileNo, problem("难题", 3, "OFFICER", "HUD")).assertStatus(201).json());
        JsonObject type = event("officer1", id, "FINISH", null, null, null).assertProblem(400);
        assertEquals("type", type.getJsonArray("errors").getJsonObject(0).getString("field"));
        event("officer1", id, "RESOLVE", "resolution", " ", null).assertFieldProblem("resolution");
        event("officer1", id, "REOPEN", "reason", "再看看", null).assertFieldProblem("type");
        event("officer1", id, "START", null, null, 99L).assertProblem(409);
        api.as("officer1", "GET", "api/problems/999999999", null).assertProblem(404);

        String action = Json.createObjectBuilder().add("on", today).add("projects", array(fileNo)).add("staff", array("李明"))
                .add("issues", "问题").add("actions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("action", "协调").add("owner", " ").add("dueOn", today))).build().toString();
        api.as("officer1", "POST", "api/visits", action).assertFieldProblem("actions[0].owner");
        String unknown = Json.createObjectBuilder().add("on", today).add("projects", array("XF-1999-0001"))
                .add("staff", array("李明")).add("issues", "问题").build().toString();
        api.as("officer1", "POST", "api/visits", unknown).assertFieldProblem("projects");
    }

    @Test
    void aDepartmentWindowMovesOnlyItsOwnDepartmentsProblemsAndOnlyTheOfficeEscalates() {
        String fileNo = takeIn(ServiceFileApiIT.creditCode());
        JsonObject problem = raise("officer1", fileNo, problem("用地指标未落实", 5, "OFFICER", "LAND")).assertStatus(201).json();

        raise("dept-land", fileNo, problem("窗口提出", 5, "OFFICER", "LAND")).assertProblem(403);
        api.as("dept-hud", "GET", "api/problems/" + id(problem), null).assertProblem(404);
        event("dept-hud", id(problem), "START", null, null, null).assertProblem(404);
        assertTrue(api.as("dept-hud", "GET", "api/problems?fileNo=" + fileNo, null).assertStatus(200).json()
                .getJsonArray("items").isEmpty());
        event("leader", id(problem), "START", null, null, null).assertProblem(403);

        JsonObject started = event("dept-land", id(problem), "START", null, null, problem.getJsonNumber("version").longValue())
                .assertStatus(200).json();
        assertEquals("IN_PROGRESS", started.getString("status"));
        event("dept-land", id(problem), "ESCALATE", "reason", "请领导协调", null).assertProblem(403);
        JsonObject resolved = event("dept-LAND", id(problem), "RESOLVE", "resolution", "已调剂用地指标", null)
                .assertStatus(200).json();
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals("已调剂用地指标", resolved.getString("resolution"));

        JsonObject other = raise("officer1", fileNo, problem("跨部门难题", 5, "OFFICER", "LAND", "HUD")).assertStatus(201).json();
        JsonObject escalated = event("officer1", id(other), "ESCALATE", "reason", "涉及多个部门", null).assertStatus(200).json();
        assertEquals("ESCALATED", escalated.getString("status"));
        assertEquals(today, escalated.getString("escalatedOn"));
    }

    @Test
    void anInvestorRaisesProblemsOnTheirOwnProjectsOnlyAndSeesOnlyTheirOwn() {
        String own = takeIn(INVESTOR1_ENTERPRISE);
        String foreign = takeIn(ServiceFileApiIT.creditCode());
        JsonObject officers = raise("officer1", foreign, problem("别家的难题", 5, "OFFICER", "HUD")).assertStatus(201).json();

        JsonObject mine = raise("investor1", own, problem("施工图审查进度慢", 5, null, "HUD")).assertStatus(201).json();
        assertEquals("INVESTOR", mine.getString("source"));
        raise("investor1", own, problem("难题", 5, "OFFICER", "HUD")).assertFieldProblem("source");
        raise("investor1", foreign, problem("难题", 5, null, "HUD")).assertProblem(404);
        api.as("investor1", "GET", "api/projects/" + foreign + "/problems", null).assertProblem(404);
        api.as("investor1", "GET", "api/problems/" + id(officers), null).assertProblem(404);
        api.as("investor2", "GET", "api/problems/" + id(mine), null).assertProblem(404);
        event("investor1", id(mine), "START", null, null, null).assertProblem(403);

        List<JsonObject> seen = api.as("investor1", "GET", "api/problems?size=500", null).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(seen.stream().anyMatch(p -> id(p) == id(mine)));
        assertFalse(seen.stream().anyMatch(p -> p.getString("projectFileNo").equals(foreign)));
        List<String> ownFiles = api.as("investor1", "GET", "api/projects?size=500", null).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(p -> p.getString("fileNo")).toList();
        assertTrue(seen.stream().allMatch(p -> ownFiles.contains(p.getString("projectFileNo"))), seen.toString());
        assertTrue(api.as("investor2", "GET", "api/problems?size=500", null).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().noneMatch(p -> id(p) == id(mine)));
    }

    @Test
    void theOfficeRecordsVisitsDepartmentsReadTheirOwnAndInvestorsNone() {
        String fileNo = takeIn(ServiceFileApiIT.creditCode());
        JsonObject visit = visit(fileNo, "LAND", "PLAN");
        assertEquals(List.of("李明", "王海燕"), visit.getJsonArray("staff").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals(fileNo, visit.getJsonArray("projects").getJsonObject(0).getString("fileNo"));
        assertEquals(1, visit.getJsonArray("enterprises").size(), "the project's enterprise");

        api.as("dept-land", "GET", "api/visits/" + id(visit), null).assertStatus(200);
        api.as("dept-hud", "GET", "api/visits/" + id(visit), null).assertProblem(404);
        api.as("leader", "GET", "api/visits/" + id(visit), null).assertStatus(200);
        api.as("investor1", "GET", "api/visits/" + id(visit), null).assertProblem(403);
        api.as("investor1", "GET", "api/visits", null).assertProblem(403);
        api.as("dept-land", "POST", "api/visits", "{}").assertProblem(403);
        assertTrue(api.as("dept-land", "GET", "api/visits?from=" + today + "&to=" + today + "&department=PLAN", null)
                .assertStatus(200).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> id(v) == id(visit)));
        assertTrue(api.as("dept-hud", "GET", "api/visits?size=500", null).assertStatus(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().noneMatch(v -> id(v) == id(visit)));

        String corrected = Json.createObjectBuilder().add("on", today).add("projects", array(fileNo)).add("staff", array("李明"))
                .add("departments", array("LAND")).add("issues", "更正：用地红线已核").add("version", 0).build().toString();
        api.as("officer1", "PUT", "api/visits/" + id(visit), corrected).assertStatus(200);
        api.as("officer1", "PUT", "api/visits/" + id(visit), corrected).assertProblem(409);

        JsonObject fromVisit = raise("officer1", fileNo, problem("红线与规划不符", 3, "VISIT", "PLAN").add("sourceId", id(visit)))
                .assertStatus(201).json();
        assertEquals(id(visit), fromVisit.getJsonNumber("sourceId").longValue());

        JsonObject counts = api.as("leader", "GET", "api/coordination/counts?from=" + today + "&to=" + today, null)
                .assertStatus(200).json();
        assertTrue(counts.getJsonNumber("visitsHeld").longValue() >= 1, counts.toString());
        assertTrue(counts.getJsonNumber("projectsVisited").longValue() >= 1, counts.toString());
        assertTrue(counts.getJsonNumber("problemsOpened").longValue() >= 1, counts.toString());
        api.as("investor1", "GET", "api/coordination/counts?from=" + today + "&to=" + today, null).assertProblem(403);
    }
}
