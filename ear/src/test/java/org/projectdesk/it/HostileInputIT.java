package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input over REST, as a careless client or an attacker sends it: for every family a value longer
 * than its column and a number out of range answer 422 naming the field and change nothing (read
 * back); a body that is not what the field takes (a date that does not exist, a name outside an
 * enumeration, a fraction of a star, a text where an object belongs) answers 400 naming the field and
 * the allowed values, never a Java class; a parameter that is not a number answers 400, not 404; and
 * what was accepted although wrong (a meeting in 1999, a report of 0001-W01, an account of no
 * department, an intake without the enterprise's name) is refused. A change within every limit whose
 * history would be long is taken in, its history shortened.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

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

    /** A problem of this status naming exactly {@code field}, without a Java class or package in its text. */
    private static JsonObject assertNamed(ApiClient.Answer answer, int status, String field) {
        JsonObject problem = answer.assertProblem(status);
        JsonValue errors = problem.get("errors");
        assertTrue(errors != null && errors.getValueType() == JsonValue.ValueType.ARRAY, () -> "errors of " + answer.describe());
        JsonArray list = errors.asJsonArray();
        assertEquals(field, list.getJsonObject(0).getString("field"), () -> "field of " + answer.describe());
        assertFalse(list.getJsonObject(0).getString("message").isBlank(), answer::describe);
        assertFalse(answer.body().contains("org.projectdesk") || answer.body().contains("java.")
                || answer.body().contains("jakarta."), () -> "a Java name in " + answer.describe());
        return problem;
    }

    private String takeIn() {
        return api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
    }

    private JsonObject file(String fileNo) {
        return api.as("director", "GET", "api/projects/" + fileNo, null).assertStatus(200).json();
    }

    private static JsonArray array(String... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String value : values) {
            array.add(value);
        }
        return array.build();
    }

    // ---------------------------------------------------------------- lengths and ranges, per family

    @Test
    void anIntakeBeyondAColumnIsRefusedNamingTheFieldAndTakesNothingIn() {
        List<Consumer<JsonObjectBuilder>> tooMuch = List.of(
                b -> b.add("name", "项".repeat(201)),
                b -> b.add("industry", "业".repeat(61)),
                b -> b.add("notes", "注".repeat(2001)),
                b -> b.add("investment", new BigDecimal("1e300")),
                b -> b.add("investment", new BigDecimal("12345678901234567890")),
                b -> b.add("investment", new BigDecimal("0.001")),
                b -> b.add("enterprise", ServiceFileApiIT.enterprise("企".repeat(201), ServiceFileApiIT.creditCode())),
                b -> b.add("enterprise", ServiceFileApiIT.enterprise("新企业", ServiceFileApiIT.creditCode()).add("contactPhone", "1".repeat(31))));
        List<String> fields = List.of("name", "industry", "notes", "investment", "investment", "investment", "enterprise.name",
                "enterprise.contactPhone");
        for (int i = 0; i < tooMuch.size(); i++) {
            String code = ServiceFileApiIT.projectCode();
            ApiClient.Answer refused = api.as("officer1", "POST", "api/projects",
                    ServiceFileApiIT.intake(code, ServiceFileApiIT.creditCode(), "INDUSTRIAL", tooMuch.get(i)));
            assertNamed(refused, 422, fields.get(i));
            assertEquals(0, api.as("director", "GET", "api/projects?search=" + code, null).assertStatus(200).json().getInt("total"),
                    "nothing taken in after " + refused.describe());
        }
        // Exactly at the limits it is taken in, and the history keeps what it can.
        String code = ServiceFileApiIT.projectCode();
        JsonObject taken = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(code, ServiceFileApiIT.creditCode(),
                "INDUSTRIAL", b -> b.add("name", "项".repeat(200)).add("notes", "注".repeat(2000))
                        .add("investment", new BigDecimal("999999999999.99")))).assertStatus(201).json();
        assertEquals("项".repeat(200), taken.getString("name"));
        assertEquals(0, taken.getJsonNumber("investment").bigDecimalValue().compareTo(new BigDecimal("999999999999.99")));
    }

    @Test
    void anIntakeWithoutANameOrWithoutTheEnterprisesNameIsRefused() {
        String known = ServiceFileApiIT.creditCode();
        api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(), known, "INDUSTRIAL", b -> { }))
                .assertStatus(201);
        for (Consumer<JsonObjectBuilder> empty : List.<Consumer<JsonObjectBuilder>>of(b -> b.add("name", ""), b -> b.addNull("name"),
                b -> b.add("name", "   "))) {
            assertNamed(api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(), known,
                    "INDUSTRIAL", empty)), 422, "name");
        }
        for (Consumer<JsonObjectBuilder> empty : List.<Consumer<JsonObjectBuilder>>of(
                b -> b.add("enterprise", ServiceFileApiIT.enterprise("", known)),
                b -> b.add("enterprise", Json.createObjectBuilder().add("creditCode", known)))) {
            String code = ServiceFileApiIT.projectCode();
            assertNamed(api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(code, known, "INDUSTRIAL", empty)),
                    422, "enterprise.name");
            assertEquals(0, api.as("director", "GET", "api/projects?search=" + code, null).json().getInt("total"));
        }
    }

    @Test
    void aStepANoteOrAServiceBeyondItsColumnIsRefusedAndTheFileIsAsItWas() {
        String fileNo = takeIn();
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                Json.createObjectBuilder().add("type", "ACCEPT").add("on", ServiceFileApiIT.INTAKE_ON).build().toString()).assertStatus(200);
        JsonObject before = file(fileNo);

        assertNamed(api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events", Json.createObjectBuilder()
                .add("type", "APPROVE").add("on", ServiceFileApiIT.INTAKE_ON).add("documentNo", "号".repeat(101)).build().toString()),
                422, "documentNo");
        assertNamed(api.as("officer1", "POST", "api/projects/" + fileNo + "/progress", Json.createObjectBuilder()
                .add("on", ServiceFileApiIT.INTAKE_ON).add("kind", "NOTE").add("text", "记".repeat(1001)).build().toString()),
                422, "text");
        assertNamed(api.as("officer1", "POST", "api/projects/" + fileNo + "/extended-services", Json.createObjectBuilder()
                .add("kind", "OVERTIME").add("on", ServiceFileApiIT.INTAKE_ON).add("departmentCode", "DRC")
                .add("staff", "员".repeat(201)).add("hours", 2).build().toString()), 422, "staff");
        assertNamed(api.as("officer1", "POST", "api/projects/" + fileNo + "/extended-services", Json.createObjectBuilder()
                .add("kind", "OVERTIME").add("on", ServiceFileApiIT.INTAKE_ON).add("departmentCode", "DRC")
                .add("staff", "李明").add("hours", new BigDecimal("1e300")).build().toString()), 422, "hours");
        assertNamed(api.as("officer1", "POST", "api/projects/" + fileNo + "/problems", Json.createObjectBuilder()
                .add("description", "问".repeat(2001)).add("departments", array("LAND")).add("dueDays", 5).add("source", "OFFICER")
                .build().toString()), 422, "description");

        JsonObject after = file(fileNo);
        assertAll(
                () -> assertEquals(before.getJsonArray("matters"), after.getJsonArray("matters")),
                () -> assertEquals(before.getJsonArray("progress"), after.getJsonArray("progress")),
                () -> assertEquals(before.getJsonArray("extendedServices"), after.getJsonArray("extendedServices")),
                () -> assertEquals(before.getJsonArray("history"), after.getJsonArray("history")),
                () -> assertEquals(0, api.as("officer1", "GET", "api/projects/" + fileNo + "/problems", null).jsonArray().size()));
    }

    @Test
    void aMeetingOpinionOrVisitBeyondItsColumnIsRefusedAndNothingIsRecorded() {
        String fileNo = takeIn();
        JsonObject meeting = api.as("officer1", "POST", "api/meetings", Json.createObjectBuilder().add("startsAt", "2026-06-03T09:30")
                .add("place", "三楼会议室").add("projects", array(fileNo)).add("departments", array("LAND")).build().toString())
                .assertStatus(201).json();
        long id = meeting.getJsonNumber("id").longValue();

        assertNamed(api.as("dept-land", "POST", "api/meetings/" + id + "/opinions", Json.createObjectBuilder().add("projectFileNo", fileNo)
                .add("departmentCode", "LAND").add("verdict", "FEASIBLE_WITH_CONDITIONS").add("notes", "注".repeat(2001))
                .add("materials", array("用地红线图")).build().toString()), 422, "notes");
        assertNamed(api.as("dept-land", "POST", "api/meetings/" + id + "/opinions", Json.createObjectBuilder().add("projectFileNo", fileNo)
                .add("departmentCode", "LAND").add("verdict", "FEASIBLE_WITH_CONDITIONS").add("notes", "条件")
                .add("materials", array("用地红线图", "材".repeat(301))).build().toString()), 422, "materials");
        assertNamed(api.as("officer1", "POST", "api/meetings/" + id + "/attendance", Json.createObjectBuilder()
                .add("departmentCode", "LAND").add("attendance", "PRESENT").add("attendee", "人".repeat(201)).build().toString()),
                422, "attendee");
        JsonObject unchanged = api.as("officer1", "GET", "api/meetings/" + id, null).assertStatus(200).json();
        assertEquals(meeting.getJsonNumber("version"), unchanged.getJsonNumber("version"), unchanged.toString());
        assertEquals(meeting.get("opinions"), unchanged.get("opinions"));

        String today = TestClock.today().toString();
        assertNamed(api.as("officer1", "POST", "api/visits", Json.createObjectBuilder().add("on", today).add("projects", array(fileNo))
                .add("staff", array("李明")).add("issues", "问".repeat(4001)).build().toString()), 422, "issues");
        assertNamed(api.as("officer1", "POST", "api/visits", Json.createObjectBuilder().add("on", today).add("projects", array(fileNo))
                .add("staff", array("李明", "名".repeat(101))).add("issues", "问题").build().toString()), 422, "staff");
        assertEquals(0, api.as("officer1", "GET", "api/visits?from=" + today + "&to=" + today, null).assertStatus(200).json()
                .getJsonArray("items").stream().filter(v -> v.asJsonObject().toString().contains(fileNo)).count());
    }

    @Test
    void aChangeWithinEveryLimitIsTakenInThoughItsHistoryWouldBeLongerThanTheHistoryKeeps() {
        String fileNo = takeIn();
        JsonArrayBuilder staff = Json.createArrayBuilder();
        for (int i = 0; i < 40; i++) {
            staff.add("员".repeat(98) + String.format("%02d", i));
        }
        api.as("officer1", "POST", "api/visits", Json.createObjectBuilder().add("on", TestClock.today().toString())
                .add("projects", array(fileNo)).add("staff", staff).add("issues", "问".repeat(4000)).build().toString()).assertStatus(201);

        JsonObject visit = file(fileNo).getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("target").startsWith("visit:")).findFirst().orElseThrow();
        assertEquals(2000, visit.getString("after").length());
        assertTrue(visit.getString("after").endsWith("…[truncated]"), visit.getString("after"));
    }

    @Test
    void anAccountBeyondItsColumnsOrOfNoDepartmentIsRefusedAndNotOpened() {
        assertNamed(api.asAdmin("POST", "api/accounts", Json.createObjectBuilder().add("username", "hostile-long")
                .add("displayName", "名".repeat(101)).add("password", "long-enough-1").add("roles", array("OFFICER")).build().toString()),
                422, "displayName");
        assertNamed(api.asAdmin("POST", "api/accounts", Json.createObjectBuilder().add("username", "hostile-phone")
                .add("displayName", "电话").add("password", "long-enough-1").add("roles", array("OFFICER"))
                .add("phone", "1".repeat(31)).build().toString()), 422, "phone");
        assertNamed(api.asAdmin("POST", "api/accounts", Json.createObjectBuilder().add("username", "hostile-dept")
                .add("displayName", "无此部门").add("password", "long-enough-1").add("roles", array("DEPARTMENT"))
                .add("departmentCode", "NOPE").build().toString()), 422, "departmentCode");
        for (String username : List.of("hostile-long", "hostile-phone", "hostile-dept")) {
            assertEquals(0, api.asAdmin("GET", "api/accounts?search=" + username, null).assertStatus(200).json().getInt("total"), username);
        }
        JsonObject window = api.createAccount("hostile-window", "窗口", "long-enough-1", "OFFICER");
        assertNamed(api.asAdmin("PUT", "api/accounts/" + window.getJsonNumber("id"), Json.createObjectBuilder()
                .add("version", window.getJsonNumber("version")).add("roles", array("DEPARTMENT")).add("departmentCode", "NOPE")
                .build().toString()), 422, "departmentCode");
        assertEquals(List.of("OFFICER"), api.asAdmin("GET", "api/accounts/" + window.getJsonNumber("id"), null).json()
                .getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void aLedgerCellBeyondItsColumnIsAProblemOfItsLineAndColumnAndTheImportTakesNothingIn() throws Exception {
        String code = ServiceFileApiIT.projectCode();
        String csv = "project_code,project_name,enterprise_name,credit_code,type,town,land_status,investment,officer,intake_on,"
                + "category,matter_status,accepted_on,decided_on,document_no\n"
                + code + "," + "项".repeat(201) + ",某企业," + ServiceFileApiIT.creditCode() + ",INDUSTRIAL,HMKFQ,HELD,100,officer1,"
                + ServiceFileApiIT.INTAKE_ON + ",DRC-01,PLANNED,,,\n";

        HttpResponse<String> preview = postCsv("api/projects/ledger/preview", csv);
        HttpResponse<String> apply = postCsv("api/projects/ledger", csv);

        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject problem = Json.createReader(new StringReader(preview.body())).readObject().getJsonArray("problems").getJsonObject(0);
        assertEquals(2, problem.getInt("line"), problem.toString());
        assertEquals("project_name", problem.getString("column"), problem.toString());
        assertEquals("input.tooLong", problem.getString("key"), problem.toString());
        assertEquals(422, apply.statusCode(), apply.body());
        assertEquals(0, api.as("director", "GET", "api/projects?search=" + code, null).json().getInt("total"));
    }

    private HttpResponse<String> postCsv(String path, String csv) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("officer1:" + ProjectDeskDeployment.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv; charset=UTF-8").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- malformed JSON and parameters

    @Test
    void aBodyTheFieldCannotTakeIsA400NamingTheFieldAndTheAllowedValues() {
        String code = ServiceFileApiIT.projectCode();
        JsonObject date = assertNamed(api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(code,
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> b.add("intakeOn", "2026-02-30"))), 400, "intakeOn");
        JsonObject spaceship = assertNamed(api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(code,
                ServiceFileApiIT.creditCode(), "SPACESHIP", b -> { })), 400, "type");
        assertNamed(api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(code, ServiceFileApiIT.creditCode(),
                "INDUSTRIAL", b -> b.add("investment", "lots"))), 400, "investment");
        assertNamed(api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(code, ServiceFileApiIT.creditCode(),
                "INDUSTRIAL", b -> b.add("enterprise", 5))), 400, "enterprise");
        assertNamed(api.as("officer1", "POST", "api/projects", "{\"name\": \"x\""), 400, "body");
        String fileNo = takeIn();
        JsonObject step = assertNamed(api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                "{\"type\":\"LAUNCH\",\"on\":\"2026-06-02\"}"), 400, "type");
        assertNamed(api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                "{\"type\":\"ACCEPT\",\"on\":\"2026-06-31\"}"), 400, "on");
        assertNamed(api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events", "{\"type\":"), 400, "body");

        assertAll(
                () -> assertTrue(date.getString("detail").contains("2026-02-30"), date.toString()),
                () -> assertTrue(spaceship.getString("detail").contains("INDUSTRIAL, PUBLIC_BUILDING"), spaceship.toString()),
                () -> assertTrue(step.getString("detail").contains("ACCEPT"), step.toString()),
                () -> assertEquals(0, api.as("director", "GET", "api/projects?search=" + code, null).json().getInt("total")));
    }

    @Test
    void aRatingOfAFractionOfAStarOrOfAnOverflowingCountIsRefusedNotRounded() {
        String before = api.as("investor2", "GET", "api/projects/XF-2026-0001/rating", null).body();
        for (String stars : List.of("2.5", "99999999999", "1e300", "\"many\"")) {
            assertNamed(api.as("investor2", "POST", "api/projects/XF-2026-0001/rating", "{\"stars\": " + stars + ", \"comment\": \"好\"}"),
                    400, "stars");
        }
        assertEquals(before, api.as("investor2", "GET", "api/projects/XF-2026-0001/rating", null).body(),
                "no rating was stored or revised");
    }

    @Test
    void aParameterThatIsNotANumberIsA400NamingItNotA404() {
        assertNamed(api.asAdmin("GET", "api/accounts?page=abc", null), 400, "page");
        assertNamed(api.asAdmin("GET", "api/accounts?size=1e300", null), 400, "size");
        assertNamed(api.asAdmin("GET", "api/accounts/abc", null), 400, "id");
        assertNamed(api.as("officer1", "GET", "api/meetings/abc", null), 400, "id");
        assertNamed(api.as("director", "GET", "api/complaints/1.5", null), 400, "id");
        api.as("officer1", "GET", "api/meetings/999999999", null).assertProblem(404);
    }

    // ---------------------------------------------------------------- accepted but wrong

    @Test
    void aMeetingFarFromTodayIsRefusedNamingItsStart() {
        String fileNo = takeIn();
        for (String startsAt : List.of("1999-06-03T09:30", TestClock.today().plusYears(3) + "T09:30")) {
            JsonObject problem = assertNamed(api.as("officer1", "POST", "api/meetings", Json.createObjectBuilder().add("startsAt", startsAt)
                    .add("place", "三楼会议室").add("projects", array(fileNo)).add("departments", array("LAND")).build().toString()),
                    422, "startsAt");
            assertTrue(problem.getString("detail").contains(startsAt.substring(0, 10)), problem.toString());
        }
        assertEquals(0, api.as("officer1", "GET", "api/projects/" + fileNo + "/meetings", null).assertStatus(200).jsonArray().size());
    }

    @Test
    void aWeeklyReportOfAWeekBeforeTheFirstProjectIsRefusedAndNotKept() {
        for (String week : List.of("0001-W01", "1970-W01")) {
            JsonObject problem = assertNamed(api.as("leader", "GET", "api/reports/weekly/" + week, null), 422, "week");
            assertTrue(problem.getString("detail").contains(week), problem.toString());
        }
        assertNamed(api.as("leader", "GET", "api/reports/weekly/2099-W01", null), 422, "week");
        JsonArray made = api.as("leader", "GET", "api/reports/weekly?size=500", null).assertStatus(200).jsonArray();
        assertTrue(made.stream().map(JsonValue::asJsonObject).noneMatch(r -> r.getString("week").startsWith("0001")
                || r.getString("week").startsWith("1970")), made.toString());
        assertNotNull(made);
    }
}
