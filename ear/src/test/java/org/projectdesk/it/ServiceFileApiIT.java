package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ApiClient.stringOrNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Service files over REST: intake (and each refusal, which leaves nothing behind), the plan per
 * project type, what investors may see, the steps of a matter (happy path, illegal moves, stale
 * versions, supplement and special-procedure stops, forwarded matters, department scoping) and
 * the director's reassignment. Every test takes in its own projects with unique codes, taken in
 * on 2026-06-01 so that every date falls in the loaded 2024–2026 calendar; the demo projects are
 * only read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceFileApiIT {

    static final String INTAKE_ON = "2026-06-01";
    static final String INVESTOR1_CODE = "91320684MA1N7Q2K5Q";
    static final String INVESTOR1_ENTERPRISE = "江海港务有限公司";
    static final String INVESTOR2_CODE = "91320684MA20RT5B95";
    /** GB 32100 characters, in the order of their values. */
    private static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Land, planning, building plans, then the fire check and the construction permit: 30 working days. */
    static final List<String> CRITICAL_PATH = List.of("DRC-01", "LAND-01", "PLAN-01", "LAND-02", "PLAN-03", "HUD-01", "HUD-03",
            "FIRE-02", "HUD-04");
    private static final Set<String> NOT_FOR_BUILDINGS = Set.of("EIC-01", "SAFETY-01", "SAFETY-02");

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

    // ---------------------------------------------------------------- intake

    @Test
    void anOfficerTakesInAProjectAndGetsItsServiceFileWithThePlan() {
        String code = projectCode();
        String credit = creditCode();
        var created = api.as("officer1", "POST", "api/projects", intake(code, credit, "INDUSTRIAL", b -> { }))
                .assertStatus(201);
        JsonObject file = created.json();
        String fileNo = file.getString("fileNo");
        assertTrue(fileNo.matches("XF-2026-\\d{4}"), fileNo);
        assertTrue(created.header("Location").orElse("").endsWith("/api/projects/" + fileNo), created.describe());
        JsonObject enterprise = file.getJsonObject("enterprise");
        assertAll(
                () -> assertEquals(code, file.getString("projectCode")),
                () -> assertEquals("测试项目 " + code, file.getString("name")),
                () -> assertEquals("新建企业 " + credit, enterprise.getString("name")),
                () -> assertEquals(credit, enterprise.getString("creditCode")),
                () -> assertEquals("张三", enterprise.getString("contactName")),
                () -> assertEquals("0513-82000000", enterprise.getString("contactPhone")),
                () -> assertEquals(0, file.getJsonNumber("investment").bigDecimalValue().compareTo(new java.math.BigDecimal("12345.67"))),
                () -> assertEquals("装备制造", file.getString("industry")),
                () -> assertEquals("INDUSTRIAL", file.getString("type")),
                () -> assertEquals("HMKFQ", file.getString("town")),
                () -> assertEquals("HELD", file.getString("landStatus")),
                () -> assertEquals("2026-12-31", file.getString("targetGroundbreaking")),
                () -> assertEquals("集成测试", file.getString("notes")),
                () -> assertEquals("officer1", file.getString("officer")),
                () -> assertEquals("ACCEPTED", file.getString("status")),
                () -> assertEquals(INTAKE_ON, file.getString("intakeOn")),
                () -> assertTrue(file.getInt("catalogueVersion") >= 1),
                () -> assertEquals(22, file.getJsonArray("matters").size()),
                () -> assertEquals(358, file.getInt("serialStatutoryDays")),
                () -> assertEquals(64, file.getInt("serialPromisedDays")),
                () -> assertEquals(30, file.getInt("criticalPathDays")),
                () -> assertEquals(CRITICAL_PATH, ReferenceDataApiIT.strings(file.getJsonArray("criticalPath"))),
                () -> assertEquals(criticalPathFromToday(), stringOrNull(file, "projectedFinish"),
                        "nothing filed yet: the critical path counted from today, into 2027 too"));
        assertAll(file.getJsonArray("matters").getValuesAs(JsonObject.class).stream().map(m -> () -> {
            String category = m.getString("categoryCode");
            assertEquals("PLANNED", m.getString("status"), category);
            assertNull(stringOrNull(m, "acceptedOn"), category);
            assertNull(stringOrNull(m, "dueOn"), category);
            assertNotNull(stringOrNull(m, "plannedStart"), category);
            assertNotNull(stringOrNull(m, "plannedFinish"), category);
            assertTrue(m.getString("plannedStart").compareTo(INTAKE_ON) >= 0, category + " starts on or after intake");
            assertTrue(category.startsWith(m.getString("departmentCode") + "-"), category);
            assertEquals(CRITICAL_PATH.contains(category), m.getBoolean("critical"), category + " critical");
        }));
        // The first handover names the officer; the audit trail starts with the intake.
        assertEquals(1, file.getJsonArray("handovers").size(), created.describe());
        JsonObject handover = file.getJsonArray("handovers").getJsonObject(0);
        assertNull(stringOrNull(handover, "from"));
        assertEquals("officer1", handover.getString("to"));
        assertEquals("officer1", handover.getString("decidedBy"));
        assertEquals(1, file.getJsonArray("history").size());
        JsonObject intake = file.getJsonArray("history").getJsonObject(0);
        assertEquals("INTAKE", intake.getString("action"));
        assertEquals(fileNo, intake.getString("target"));
        assertEquals("officer1", intake.getString("actor"));

        // The same file by its number, and once in the list.
        JsonObject read = api.as("officer2", "GET", "api/projects/" + fileNo, null).assertStatus(200).json();
        assertEquals(file.getString("projectCode"), read.getString("projectCode"));
        assertEquals(file.getJsonNumber("version"), read.getJsonNumber("version"));
        JsonObject page = list("director", "search=" + code);
        assertEquals(1, page.getInt("total"), page.toString());
        JsonObject row = page.getJsonArray("items").getJsonObject(0);
        assertEquals(fileNo, row.getString("fileNo"));
        assertEquals(credit, row.getJsonObject("enterprise").getString("creditCode"));
        assertEquals("ACCEPTED", row.getString("status"));
        assertNull(stringOrNull(row, "nextDueOn"), "nothing filed yet");
    }

    @Test
    void aDirectorTakesInForAnOfficerAndAnExistingCreditCodeReusesTheEnterprise() {
        String code = projectCode();
        JsonObject file = api.as("director", "POST", "api/projects", intake(code, INVESTOR1_CODE, "INDUSTRIAL",
                b -> b.add("officer", "officer2").add("enterprise", enterprise("别的名字", INVESTOR1_CODE.toLowerCase()))))
                .assertStatus(201).json();
        assertEquals("officer2", file.getString("officer"));
        assertEquals(INVESTOR1_ENTERPRISE, file.getJsonObject("enterprise").getString("name"), "the enterprise on record");
        assertEquals(INVESTOR1_CODE, file.getJsonObject("enterprise").getString("creditCode"));
        assertEquals("director", file.getJsonArray("handovers").getJsonObject(0).getString("decidedBy"));

        // Its investor sees it at once, the other investor does not.
        String fileNo = file.getString("fileNo");
        api.as("investor1", "GET", "api/projects/" + fileNo, null).assertStatus(200);
        assertEquals(List.of(fileNo), fileNumbers(list("investor1", "search=" + fileNo)));
        api.as("investor2", "GET", "api/projects/" + fileNo, null).assertProblem(404);
    }

    @Test
    void anOfficerWhoNamesNoOfficerTakesTheProjectHimselfButADirectorMustName() {
        JsonObject file = api.as("officer2", "POST", "api/projects", intake(projectCode(), creditCode(), "INDUSTRIAL",
                b -> b.addNull("officer"))).assertStatus(201).json();
        assertEquals("officer2", file.getString("officer"));
        String code = projectCode();
        api.as("director", "POST", "api/projects", intake(code, creditCode(), "INDUSTRIAL", b -> b.addNull("officer")))
                .assertFieldProblem("officer");
        assertNothingTakenIn(code);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "wrong check character, enterprise.creditCode",
            "short credit code, enterprise.creditCode",
            "letter I in the credit code, enterprise.creditCode",
            "malformed project code, projectCode",
            "project code of 2013, projectCode",
            "unknown town, town",
            "director as officer, officer",
            "investor as officer, officer",
            "unknown officer, officer",
            "intake tomorrow, intakeOn",
            "no name, name",
            "negative investment, investment",
            "no type, type",
            "no land status, landStatus"})
    void anIntakeThatBreaksARuleIs422NamingTheFieldAndLeavesNothing(String rule, String field) {
        String code = projectCode();
        String credit = creditCode();
        String wrongCheck = credit.substring(0, 17) + (credit.charAt(17) == '0' ? '1' : '0');
        Consumer<JsonObjectBuilder> change = switch (rule) {
            case "wrong check character" -> b -> b.add("enterprise", enterprise("错码企业", wrongCheck));
            case "short credit code" -> b -> b.add("enterprise", enterprise("错码企业", credit.substring(0, 17)));
            case "letter I in the credit code" -> b -> b.add("enterprise", enterprise("错码企业", "I" + credit.substring(1)));
            case "malformed project code" -> b -> b.add("projectCode", code.replace("-", ""));
            case "project code of 2013" -> b -> b.add("projectCode", "2013" + code.substring(4));
            case "unknown town" -> b -> b.add("town", "NOWHERE");
            case "director as officer" -> b -> b.add("officer", "director");
            case "investor as officer" -> b -> b.add("officer", "investor1");
            case "unknown officer" -> b -> b.add("officer", ProjectDeskDeployment.uniqueUsername("ghost"));
            case "intake tomorrow" -> b -> b.add("intakeOn", TestClock.today().plusDays(1).toString());
            case "no name" -> b -> b.add("name", " ");
            case "negative investment" -> b -> b.add("investment", -1);
            case "no type" -> b -> b.addNull("type");
            case "no land status" -> b -> b.addNull("landStatus");
            default -> throw new IllegalArgumentException(rule);
        };
        api.as("officer1", "POST", "api/projects", intake(code, credit, "INDUSTRIAL", change)).assertFieldProblem(field);
        assertNothingTakenIn(code);
    }

    @Test
    void aProjectCodeIsTakenInOnlyOnce() {
        String code = projectCode();
        api.as("officer1", "POST", "api/projects", intake(code, creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201);
        var again = api.as("officer2", "POST", "api/projects", intake(code, creditCode(), "PUBLIC_BUILDING", b -> { }));
        JsonObject problem = again.assertFieldProblem("projectCode");
        assertTrue(problem.getString("detail").contains(code), again.describe());
        assertEquals(1, list("officer1", "search=" + code).getInt("total"));
    }

    @Test
    void aRefusedIntakeCreatesNoEnterprise() {
        // The project code is refused after the enterprise was looked up (and would have been created).
        String credit = creditCode();
        String code = projectCode();
        api.as("officer1", "POST", "api/projects", intake(code, credit, "INDUSTRIAL",
                b -> b.add("projectCode", "2026-32068").add("enterprise", enterprise("第一次的名字", credit))))
                .assertFieldProblem("projectCode");
        JsonObject file = api.as("officer1", "POST", "api/projects", intake(code, credit, "INDUSTRIAL",
                b -> b.add("enterprise", enterprise("第二次的名字", credit)))).assertStatus(201).json();
        assertEquals("第二次的名字", file.getJsonObject("enterprise").getString("name"),
                "the refused intake left no enterprise behind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"investor1", "leader", "dept-drc", "admin"})
    void onlyTheOfficeTakesIn(String user) {
        String code = projectCode();
        api.as(user, "POST", "api/projects", intake(code, INVESTOR1_CODE, "INDUSTRIAL", b -> b.add("officer", "officer1")))
                .assertProblem(403);
        assertNothingTakenIn(code);
    }

    @Test
    void withoutCredentialsIntakeIs401() {
        String code = projectCode();
        api.send("POST", "api/projects", null, null, intake(code, creditCode(), "INDUSTRIAL", b -> { }), java.util.Map.of())
                .assertProblem(401);
        assertNothingTakenIn(code);
    }

    @ParameterizedTest(name = "{0}: {1} matters")
    @CsvSource({
            "INDUSTRIAL, 22, 358, 64",
            "PUBLIC_BUILDING, 19, 285, 57",
            "COMMERCIAL_RESIDENTIAL, 19, 285, 57",
            "INFRASTRUCTURE, 18, 279, 57"})
    void eachProjectTypeHasItsPlan(String type, int matters, int statutory, int promised) {
        JsonObject file = api.as("officer1", "POST", "api/projects", intake(projectCode(), creditCode(), type, b -> { }))
                .assertStatus(201).json();
        List<String> codes = file.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("categoryCode")).toList();
        assertEquals(matters, codes.size(), codes.toString());
        assertEquals(matters, Set.copyOf(codes).size(), "each category once: " + codes);
        assertEquals(statutory, file.getInt("serialStatutoryDays"));
        assertEquals(promised, file.getInt("serialPromisedDays"));
        assertEquals(30, file.getInt("criticalPathDays"), "the critical path does not run through the skipped categories");
        boolean industrial = type.equals("INDUSTRIAL");
        assertAll(NOT_FOR_BUILDINGS.stream().map(c -> () -> assertEquals(industrial, codes.contains(c), c)));
        assertEquals(!type.equals("INFRASTRUCTURE"), codes.contains("CAD-01"), "CAD-01");
        assertTrue(codes.containsAll(List.of("DRC-01", "LAND-01", "PLAN-03", "HUD-04", "TRANS-01")), codes.toString());
    }

    // ---------------------------------------------------------------- list and visibility

    @Test
    void theListFiltersAndRefusesUnknownStatusesAndTypes() {
        String code = projectCode();
        String fileNo = takeIn(code, "INFRASTRUCTURE", b -> b.add("town", "LJXQ"));
        assertEquals(List.of(fileNo), fileNumbers(list("officer1", "search=" + code + "&type=infrastructure&town=LJXQ&status=ACCEPTED")));
        assertEquals(List.of(), fileNumbers(list("officer1", "search=" + code + "&type=INDUSTRIAL")));
        assertEquals(List.of(), fileNumbers(list("officer1", "search=" + code + "&town=HMKFQ")));
        assertEquals(List.of(), fileNumbers(list("officer1", "search=" + code + "&status=IN_APPROVAL")));
        assertEquals(List.of(fileNo), fileNumbers(list("officer1", "search=" + fileNo.toLowerCase())));
        assertTrue(fileNumbers(list("leader", "status=APPROVALS_COMPLETED&search=XF-2026-0001")).contains("XF-2026-0001"));
        assertFalse(fileNumbers(list("leader", "status=ACCEPTED&search=XF-2026-0001")).contains("XF-2026-0001"));
        JsonObject officers = list("director", "officer=officer1&size=500");
        assertTrue(officers.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(p -> p.getString("officer").equals("officer1")), officers.toString());

        for (String parameter : List.of("status", "type")) {
            var answer = api.as("officer1", "GET", "api/projects?" + parameter + "=NONSENSE", null);
            JsonObject problem = answer.assertProblem(400);
            assertEquals(parameter, problem.getJsonArray("errors").getJsonObject(0).getString("field"), answer.describe());
        }
        api.as("officer1", "GET", "api/projects?size=0", null).assertProblem(400);
    }

    @Test
    void anInvestorListsOnlyTheirEnterprisesProjects() {
        JsonObject page = list("investor1", "size=500");
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(Math.min(500, page.getInt("total")), items.size(), "the total counts only theirs: " + page);
        assertAll(items.stream().map(p -> () -> assertEquals(INVESTOR1_CODE, p.getJsonObject("enterprise").getString("creditCode"),
                p.toString())));
        assertFalse(fileNumbers(page).contains("XF-2026-0001"));
        // (By search, as a database shared with other runs may hold more than a page of their projects.)
        assertEquals(List.of("XF-2026-0004"), fileNumbers(list("investor1", "search=XF-2026-0004")));
        assertEquals(List.of("XF-2026-0005"), fileNumbers(list("investor1", "search=XF-2026-0005")));
        // Searching for another's project finds nothing, not even a count.
        assertFalse(fileNumbers(list("investor1", "search=XF-2026-0001")).contains("XF-2026-0001"));
        JsonObject byName = list("investor1", "search=" + URLEncoder.encode("新能源天下", StandardCharsets.UTF_8));
        assertEquals(0, byName.getInt("total"), byName.toString());

        JsonObject second = list("investor2", "size=500");
        assertAll(second.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(p -> () ->
                assertEquals(INVESTOR2_CODE, p.getJsonObject("enterprise").getString("creditCode"), p.toString())));
        assertEquals(Math.min(500, second.getInt("total")), second.getJsonArray("items").size());
        assertEquals(List.of("XF-2026-0001"), fileNumbers(list("investor2", "search=XF-2026-0001")).stream()
                .filter("XF-2026-0001"::equals).toList());
        assertEquals(0, list("investor2", "search=XF-2026-0004").getInt("total"));
        assertEquals(0, list("investor2", "search=" + URLEncoder.encode("宝钢", StandardCharsets.UTF_8)).getInt("total"));
        // Office staff, the leader and department windows see every project.
        for (String user : List.of("officer1", "director", "leader", "dept-land")) {
            for (String fileNo : List.of("XF-2026-0001", "XF-2026-0004", "XF-2026-0005")) {
                assertTrue(fileNumbers(list(user, "search=" + fileNo)).contains(fileNo), user + " finds " + fileNo);
            }
        }
    }

    @Test
    void anInvestorOpensOnlyTheirEnterprisesFiles() {
        JsonObject own = api.as("investor2", "GET", "api/projects/XF-2026-0001", null).assertStatus(200).json();
        assertEquals("新能源天下光伏组件项目", own.getString("name"));
        assertEquals(INVESTOR2_CODE, own.getJsonObject("enterprise").getString("creditCode"));
        assertEquals("APPROVALS_COMPLETED", own.getString("status"));
        assertEquals(22, own.getJsonArray("matters").size());
        assertAll(own.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .map(m -> () -> assertEquals("APPROVED", m.getString("status"), m.getString("categoryCode"))));

        var other = api.as("investor2", "GET", "api/projects/XF-2026-0004", null);
        other.assertProblem(404);
        assertFalse(other.body().contains("宝钢"), other.describe());
        var first = api.as("investor1", "GET", "api/projects/XF-2026-0001", null);
        first.assertProblem(404);
        assertFalse(first.body().contains("新能源"), first.describe());
        // Exactly as for a file that does not exist.
        api.as("investor1", "GET", "api/projects/XF-2026-9999", null).assertProblem(404);
        assertEquals("宝钢海宝码头一期工程", api.as("investor1", "GET", "api/projects/XF-2026-0004", null).assertStatus(200).json().getString("name"));
        for (String user : List.of("officer2", "leader", "dept-epb")) {
            api.as(user, "GET", "api/projects/XF-2026-0004", null).assertStatus(200);
        }
        api.get("api/projects/XF-2026-0004", null, null).assertProblem(401);
    }

    // ---------------------------------------------------------------- matter steps

    @Test
    void acceptApproveAndAcceptAgainPutTheProjectInApproval() {
        String fileNo = takeIn(projectCode(), "INDUSTRIAL", b -> { });

        JsonObject accepted = step("officer1", fileNo, "DRC-01", event("ACCEPT", "2026-06-02")).assertStatus(200).json();
        assertAll(
                () -> assertEquals("ACCEPTED", accepted.getString("status")),
                () -> assertEquals("IMMEDIATE", accepted.getString("caseType")),
                () -> assertEquals("2026-06-02", accepted.getString("acceptedOn")),
                () -> assertEquals("2026-06-02", accepted.getString("dueOn"), "an immediate matter is due the day it is accepted"),
                () -> assertTrue(accepted.getBoolean("filedByAgent")));
        assertEquals("IN_APPROVAL", file(fileNo).getString("status"));

        JsonObject approved = step("officer1", fileNo, "DRC-01",
                event("APPROVE", "2026-06-02").add("documentNo", "海发改备〔2026〕101号")).assertStatus(200).json();
        assertAll(
                () -> assertEquals("APPROVED", approved.getString("status")),
                () -> assertEquals("2026-06-02", approved.getString("approvedOn")),
                () -> assertEquals("2026-06-02", approved.getString("decidedOn")),
                () -> assertEquals("海发改备〔2026〕101号", approved.getString("documentNo")),
                () -> assertTrue(approved.getJsonNumber("version").longValue() > accepted.getJsonNumber("version").longValue()));

        // The land bureau's window accepts its own matter: promised 5 working days from the next working day.
        JsonObject land = step("dept-land", fileNo, "LAND-01", event("ACCEPT", "2026-06-03")).assertStatus(200).json();
        String statutoryDue = api.as("officer1", "GET", "api/calendar/add-working-days?from=2026-06-03&days=14", null)
                .assertStatus(200).body();
        assertAll(
                () -> assertEquals("ACCEPTED", land.getString("status")),
                () -> assertEquals("JOINT", land.getString("caseType")),
                () -> assertEquals("2026-06-03", land.getString("acceptedOn")),
                () -> assertEquals("2026-06-10", land.getString("dueOn")),
                () -> assertEquals("2026-06-24", land.getString("statutoryDueOn"), "14 working days, the Dragon Boat Festival left out"),
                () -> assertTrue(statutoryDue.contains("2026-06-24"), statutoryDue),
                () -> assertFalse(land.getBoolean("filedByAgent"), "filed by the department's own window"));

        JsonObject file = file(fileNo);
        assertEquals("IN_APPROVAL", file.getString("status"));
        List<JsonObject> history = file.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(List.of("ACCEPT LAND-01 dept-land", "APPROVE DRC-01 officer1", "ACCEPT DRC-01 officer1", "INTAKE " + fileNo + " officer1"),
                history.stream().map(h -> h.getString("action") + " " + h.getString("target") + " " + h.getString("actor")).toList());
        JsonObject approveEntry = history.get(1);
        assertTrue(approveEntry.getString("before").contains("status=ACCEPTED"), approveEntry.toString());
        assertTrue(approveEntry.getString("after").contains("status=APPROVED"), approveEntry.toString());
        assertTrue(approveEntry.getString("after").contains("海发改备〔2026〕101号"), approveEntry.toString());
        // The list shows the nearest due date of the running matters.
        JsonObject row = list("officer1", "search=" + fileNo).getJsonArray("items").getJsonObject(0);
        assertEquals("IN_APPROVAL", row.getString("status"));
        assertEquals("2026-06-10", row.getString("nextDueOn"));
    }

    @Test
    void illegalStepsAre422AndChangeNothing() {
        String fileNo = takeIn(projectCode(), "INDUSTRIAL", b -> { });
        step("officer1", fileNo, "PLAN-03", event("ACCEPT", "2026-06-02")).assertStatus(200);
        JsonObject before = file(fileNo);

        var planned = step("officer1", fileNo, "PLAN-01", event("APPROVE", "2026-06-02").add("documentNo", "X-1"));
        JsonObject wrongStatus = planned.assertProblem(422);
        assertEquals("PLAN-01 is PLANNED: the step APPROVE is not possible now", wrongStatus.getString("detail"), planned.describe());

        var early = step("officer1", fileNo, "PLAN-03", event("APPROVE", "2026-06-03").add("documentNo", "X-2"));
        assertEquals("PLAN-03 cannot be approved before its prerequisites LAND-02, PLAN-02 are approved",
                early.assertProblem(422).getString("detail"), early.describe());

        String tomorrow = TestClock.today().plusDays(1).toString();
        step("officer1", fileNo, "DRC-01", event("ACCEPT", tomorrow)).assertFieldProblem("on");
        step("officer1", fileNo, "DRC-01", Json.createObjectBuilder().add("type", "ACCEPT")).assertFieldProblem("on");
        step("officer1", fileNo, "DRC-01", Json.createObjectBuilder().add("on", "2026-06-02")).assertFieldProblem("type");
        // Before the matter's last step.
        step("officer1", fileNo, "PLAN-03", event("START_REVIEW", "2026-06-01")).assertFieldProblem("on");
        step("officer1", fileNo, "PLAN-03", event("SUSPEND", "2026-06-02")).assertFieldProblem("reason");
        step("officer1", fileNo, "PLAN-03", event("SUSPEND", "2026-06-02").add("reason", "听证").add("procedureType", 3))
                .assertFieldProblem("procedureType");
        step("officer1", fileNo, "PLAN-03", event("RESUME", "2026-06-02").add("result", "完成")).assertProblem(422);
        step("officer1", fileNo, "PLAN-03", event("SUPPLEMENT_COMPLETE", "2026-06-02")).assertProblem(422);
        step("officer1", fileNo, "PLAN-03", event("DROP", "2026-06-02").add("reason", "不需要")).assertProblem(422);
        step("officer1", fileNo, "PLAN-03", event("ACCEPT", "2026-06-02")).assertProblem(422);
        step("officer1", fileNo, "PLAN-03", event("REQUEST_SUPPLEMENT", "2026-06-02")).assertFieldProblem("materials");
        step("officer1", fileNo, "DRC-01", event("ACCEPT", "2026-06-02").add("caseType", "SUPPLEMENT")).assertFieldProblem("caseType");
        step("officer1", fileNo, "DRC-01", event("ACCEPT", "2026-06-02")).assertStatus(200);
        step("officer1", fileNo, "DRC-01", event("APPROVE", "2026-06-02")).assertFieldProblem("documentNo");
        step("officer1", fileNo, "DRC-01", event("RETURN", "2026-06-02")).assertFieldProblem("reason");

        // Unknown file or category: 404; a malformed body: 400.
        step("officer1", "XF-2026-9999", "DRC-01", event("ACCEPT", "2026-06-02")).assertProblem(404);
        step("officer1", fileNo, "NOPE-01", event("ACCEPT", "2026-06-02")).assertProblem(404);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/PLAN-01/events", "{\"type\":\"JUMP\",\"on\":\"2026-06-02\"}")
                .assertProblem(400);

        // Only the one accepted step happened since.
        JsonObject after = file(fileNo);
        assertEquals(matter(before, "PLAN-03"), matter(after, "PLAN-03"));
        assertEquals(matter(before, "PLAN-01"), matter(after, "PLAN-01"));
        assertEquals(before.getJsonArray("history").size() + 1, after.getJsonArray("history").size());
        assertEquals("ACCEPT", after.getJsonArray("history").getJsonObject(0).getString("action"));
        assertEquals("DRC-01", after.getJsonArray("history").getJsonObject(0).getString("target"));
    }

    @Test
    void aStepOnAStaleVersionIs409() {
        String fileNo = takeIn(projectCode(), "INDUSTRIAL", b -> { });
        long read = matter(file(fileNo), "DRC-01").getJsonNumber("version").longValue();
        JsonObject accepted = step("officer1", fileNo, "DRC-01", event("ACCEPT", "2026-06-02").add("version", read))
                .assertStatus(200).json();
        long current = accepted.getJsonNumber("version").longValue();
        assertTrue(current > read);

        step("officer2", fileNo, "DRC-01", event("APPROVE", "2026-06-02").add("documentNo", "旧").add("version", read))
                .assertProblem(409);
        assertEquals("ACCEPTED", matter(file(fileNo), "DRC-01").getString("status"), "the stale step changed nothing");
        step("officer2", fileNo, "DRC-01", event("APPROVE", "2026-06-02").add("documentNo", "新").add("version", current))
                .assertStatus(200);
        assertEquals("新", matter(file(fileNo), "DRC-01").getString("documentNo"));
    }

    @Test
    void aSupplementStopsTheClockAndItsCompletionPushesTheDueDateBack() {
        String fileNo = takeIn(projectCode(), "INDUSTRIAL", b -> { });
        assertEquals("2026-06-10", step("officer1", fileNo, "LAND-01", event("ACCEPT", "2026-06-03")).assertStatus(200)
                .json().getString("dueOn"));

        // Friday 5 June: two materials missing.
        JsonObject stopped = step("officer1", fileNo, "LAND-01", event("REQUEST_SUPPLEMENT", "2026-06-05")
                .add("materials", Json.createArrayBuilder().add("土地权属证明").add(" ").add("宗地图"))).assertStatus(200).json();
        assertEquals("SUSPENDED", stopped.getString("status"));
        assertEquals("SUPPLEMENT", stopped.getString("caseType"));
        assertNull(stringOrNull(stopped, "dueOn"), stopped.toString());
        assertNull(stringOrNull(stopped, "statutoryDueOn"), stopped.toString());
        JsonObject suspension = stopped.getJsonArray("suspensions").getJsonObject(0);
        assertEquals("SUPPLEMENT", suspension.getString("kind"));
        assertEquals("2026-06-05", suspension.getString("start"));
        assertEquals("土地权属证明；宗地图", suspension.getString("reason"));
        assertNull(stringOrNull(suspension, "end"));
        JsonObject row = list("officer1", "search=" + fileNo).getJsonArray("items").getJsonObject(0);
        assertNull(stringOrNull(row, "nextDueOn"), "a stopped clock has no due date: " + row);

        step("officer1", fileNo, "LAND-01", event("RESUME", "2026-06-09").add("result", "x")).assertProblem(422);
        // Tuesday 9 June: complete. Monday and Tuesday do not count: due two working days later.
        JsonObject resumed = step("officer1", fileNo, "LAND-01", event("SUPPLEMENT_COMPLETE", "2026-06-09")).assertStatus(200).json();
        assertEquals("ACCEPTED", resumed.getString("status"));
        assertEquals("JOINT", resumed.getString("caseType"));
        assertEquals("2026-06-12", resumed.getString("dueOn"));
        assertNotNull(stringOrNull(resumed, "statutoryDueOn"));
        assertEquals("2026-06-09", resumed.getJsonArray("suspensions").getJsonObject(0).getString("end"));

        // A special procedure (expert review) from Wednesday 10 to Monday 15 June: three more working days.
        step("officer1", fileNo, "LAND-01", event("START_REVIEW", "2026-06-10")).assertStatus(200);
        JsonObject suspended = step("officer1", fileNo, "LAND-01", event("SUSPEND", "2026-06-10").add("reason", "专家评审")
                .add("procedureType", 2)).assertStatus(200).json();
        assertEquals("SUSPENDED", suspended.getString("status"));
        assertNull(stringOrNull(suspended, "dueOn"));
        step("officer1", fileNo, "LAND-01", event("SUPPLEMENT_COMPLETE", "2026-06-15")).assertProblem(422);
        step("officer1", fileNo, "LAND-01", event("RESUME", "2026-06-15")).assertFieldProblem("result");
        JsonObject reviewed = step("officer1", fileNo, "LAND-01", event("RESUME", "2026-06-15").add("result", "评审通过"))
                .assertStatus(200).json();
        assertEquals("IN_REVIEW", reviewed.getString("status"));
        assertEquals("2026-06-17", reviewed.getString("dueOn"));
        JsonObject special = reviewed.getJsonArray("suspensions").getJsonObject(1);
        assertEquals("SPECIAL_PROCEDURE", special.getString("kind"));
        assertEquals(2, special.getInt("type"));
        assertEquals("评审通过", special.getString("result"));
        assertEquals(List.of("RESUME", "SUSPEND", "START_REVIEW", "SUPPLEMENT_COMPLETE", "REQUEST_SUPPLEMENT", "ACCEPT", "INTAKE"),
                file(fileNo).getJsonArray("history").getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList());
    }

    @ParameterizedTest
    @CsvSource({"EPB-01, 2026-06-11", "SAFETY-01, 2026-06-08"})
    void aForwardedMatterNeedsTheHigherAuthoritysDueDate(String category, String due) {
        String fileNo = takeIn(projectCode(), "INDUSTRIAL", b -> { });
        JsonObject before = matter(file(fileNo), category);
        assertEquals("FORWARDED", before.getString("caseType"));
        step("officer1", fileNo, category, event("ACCEPT", "2026-06-02")).assertFieldProblem("externalDueOn");
        assertEquals("PLANNED", matter(file(fileNo), category).getString("status"));

        JsonObject accepted = step("officer1", fileNo, category, event("ACCEPT", "2026-06-02").add("externalDueOn", "2026-08-31"))
                .assertStatus(200).json();
        assertEquals("FORWARDED", accepted.getString("caseType"));
        assertEquals("2026-08-31", accepted.getString("externalDueOn"));
        assertEquals(due, accepted.getString("dueOn"));
    }

    @Test
    void aForwardedCategoryAcceptedAsAnotherCaseTypeNeedsNoExternalDate() {
        String fileNo = takeIn(projectCode(), "INDUSTRIAL", b -> { });
        JsonObject accepted = step("officer1", fileNo, "EPB-01", event("ACCEPT", "2026-06-02").add("caseType", "PROMISED")
                .add("externalDueOn", "2026-08-31")).assertStatus(200).json();
        assertEquals("PROMISED", accepted.getString("caseType"));
        assertNull(stringOrNull(accepted, "externalDueOn"));
    }

    @Test
    void aDepartmentWindowActsOnlyOnItsOwnMatters() {
        String fileNo = takeIn(projectCode(), "INDUSTRIAL", b -> { });
        step("dept-land", fileNo, "PLAN-01", event("ACCEPT", "2026-06-02")).assertProblem(403);
        step("dept-plan", fileNo, "LAND-01", event("ACCEPT", "2026-06-02")).assertProblem(403);
        assertEquals("PLANNED", matter(file(fileNo), "PLAN-01").getString("status"));
        assertEquals("ACCEPTED", step("dept-plan", fileNo, "PLAN-01", event("ACCEPT", "2026-06-02")).assertStatus(200).json()
                .getString("status"));
        assertEquals("ACCEPTED", step("dept-land", fileNo, "LAND-01", event("ACCEPT", "2026-06-02")).assertStatus(200).json()
                .getString("status"));
        JsonObject file = file(fileNo);
        assertEquals(3, file.getJsonArray("history").size(), "the refused steps are not in the history");
    }

    @ParameterizedTest
    @ValueSource(strings = {"investor1", "leader", "admin"})
    void investorsLeadersAndAdministratorsRecordNoSteps(String user) {
        // On a project of investor1's own enterprise.
        String fileNo = takeIn(projectCode(), "INDUSTRIAL", b -> b.add("enterprise", enterprise("江海港务", INVESTOR1_CODE)));
        step(user, fileNo, "DRC-01", event("ACCEPT", "2026-06-02")).assertProblem(403);
        JsonObject file = file(fileNo);
        assertEquals("PLANNED", matter(file, "DRC-01").getString("status"));
        assertEquals("ACCEPTED", file.getString("status"));
        api.send("POST", "api/projects/" + fileNo + "/matters/DRC-01/events", null, null,
                event("ACCEPT", "2026-06-02").build().toString(), java.util.Map.of()).assertProblem(401);
    }

    // ---------------------------------------------------------------- reassignment

    @Test
    void theDirectorReassignsWithAReasonOnTheCurrentVersion() {
        String fileNo = takeIn(projectCode(), "INDUSTRIAL", b -> { });
        long version = file(fileNo).getJsonNumber("version").longValue();

        reassign("officer1", fileNo, "officer2", "换人", version).assertProblem(403);
        reassign("investor1", fileNo, "officer2", "换人", version).assertProblem(403);
        reassign("director", fileNo, "officer2", null, version).assertFieldProblem("reason");
        reassign("director", fileNo, "officer2", " ", version).assertFieldProblem("reason");
        reassign("director", fileNo, "officer1", "同一人", version).assertFieldProblem("officer");
        reassign("director", fileNo, "leader", "不是专员", version).assertFieldProblem("officer");
        reassign("director", fileNo, "officer2", "换人", version + 7).assertProblem(409);
        api.as("director", "PUT", "api/projects/" + fileNo + "/officer", ApiClient.json("officer", "officer2", "reason", "换人"))
                .assertProblem(400);
        reassign("director", "XF-2026-9999", "officer2", "换人", 0).assertProblem(404);
        assertEquals("officer1", file(fileNo).getString("officer"));

        JsonObject file = reassign("director", fileNo, "officer2", " 工作调整 ", version).assertStatus(200).json();
        assertEquals("officer2", file.getString("officer"));
        List<JsonObject> handovers = file.getJsonArray("handovers").getValuesAs(JsonObject.class);
        assertEquals(2, handovers.size(), file.toString());
        assertNull(stringOrNull(handovers.get(0), "from"));
        assertEquals("officer1", handovers.get(0).getString("to"));
        assertEquals("officer1", handovers.get(1).getString("from"));
        assertEquals("officer2", handovers.get(1).getString("to"));
        assertEquals("工作调整", handovers.get(1).getString("reason"));
        assertEquals("director", handovers.get(1).getString("decidedBy"));
        assertNotNull(stringOrNull(handovers.get(1), "decidedAt"));
        assertTrue(file.getJsonNumber("version").longValue() > version);
        JsonObject entry = file.getJsonArray("history").getJsonObject(0);
        assertEquals("REASSIGN_OFFICER", entry.getString("action"));
        assertEquals("director", entry.getString("actor"));
        assertEquals("officer=officer1", entry.getString("before"));
        assertTrue(entry.getString("after").contains("officer=officer2"), entry.toString());

        // The version read before the change is stale now.
        reassign("director", fileNo, "officer1", "再换回来", version).assertProblem(409);
        assertEquals("officer2", file(fileNo).getString("officer"));
        assertEquals(List.of(fileNo), fileNumbers(list("officer1", "officer=officer2&search=" + fileNo)));
    }

    // ---------------------------------------------------------------- helpers

    /** A new project code: year 2026, Haimen, a random serial. */
    static String projectCode() {
        return String.format("2026-320684-%02d-03-%06d", RANDOM.nextInt(100), RANDOM.nextInt(1_000_000));
    }

    /** A valid credit code of a new fictional Haimen company (GB 32100 check character computed). */
    static String creditCode() {
        StringBuilder code = new StringBuilder("91320684MA");
        for (int i = 0; i < 7; i++) {
            code.append(CREDIT_CHARACTERS.charAt(RANDOM.nextInt(CREDIT_CHARACTERS.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARACTERS.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return code.append(CREDIT_CHARACTERS.charAt((31 - sum % 31) % 31)).toString();
    }

    static JsonObjectBuilder enterprise(String name, String creditCode) {
        return Json.createObjectBuilder().add("name", name).add("creditCode", creditCode).add("contactName", "张三")
                .add("contactPhone", "0513-82000000");
    }

    /** The body of an intake on 2026-06-01 for officer1, changed as {@code change} says. */
    static String intake(String projectCode, String creditCode, String type, Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("enterprise", enterprise("新建企业 " + creditCode, creditCode))
                .add("name", "测试项目 " + projectCode)
                .add("projectCode", projectCode)
                .add("investment", new java.math.BigDecimal("12345.67"))
                .add("industry", "装备制造")
                .add("type", type)
                .add("town", "HMKFQ")
                .add("landStatus", "HELD")
                .add("targetGroundbreaking", "2026-12-31")
                .add("notes", "集成测试")
                .add("officer", "officer1")
                .add("intakeOn", INTAKE_ON);
        change.accept(body);
        return body.build().toString();
    }

    private String takeIn(String projectCode, String type, Consumer<JsonObjectBuilder> change) {
        return api.as("officer1", "POST", "api/projects", intake(projectCode, creditCode(), type, change))
                .assertStatus(201).json().getString("fileNo");
    }

    /** 30 working days after today (a provisional year counts on the law's holidays). */
    private String criticalPathFromToday() {
        return api.as("officer1", "GET", "api/calendar/add-working-days?from=" + TestClock.today() + "&days=30", null)
                .assertStatus(200).json().getString("due");
    }

    private void assertNothingTakenIn(String projectCode) {
        JsonObject page = list("director", "search=" + projectCode);
        assertEquals(0, page.getInt("total"), "nothing was taken in: " + page);
    }

    private JsonObject list(String user, String query) {
        return api.as(user, "GET", "api/projects?" + query, null).assertStatus(200).json();
    }

    private static List<String> fileNumbers(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(p -> p.getString("fileNo")).toList();
    }

    private JsonObject file(String fileNo) {
        return api.as("officer1", "GET", "api/projects/" + fileNo, null).assertStatus(200).json();
    }

    private static JsonObject matter(JsonObject file, String category) {
        return file.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("categoryCode").equals(category)).findFirst()
                .orElseThrow(() -> new AssertionError(file.getString("fileNo") + " has no " + category));
    }

    private static JsonObjectBuilder event(String type, String on) {
        return Json.createObjectBuilder().add("type", type).add("on", on);
    }

    private ApiClient.Answer step(String user, String fileNo, String category, JsonObjectBuilder event) {
        return api.as(user, "POST", "api/projects/" + fileNo + "/matters/" + category + "/events", event.build().toString());
    }

    private ApiClient.Answer reassign(String user, String fileNo, String officer, String reason, long version) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("officer", officer).add("version", version);
        if (reason == null) {
            body.addNull("reason");
        } else {
            body.add("reason", reason);
        }
        return api.as(user, "PUT", "api/projects/" + fileNo + "/officer", body.build().toString());
    }
}
