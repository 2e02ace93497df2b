package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * The reference data over REST: the approval catalogue (departments, categories in force, versions)
 * and the working-day calendar (arithmetic over the official 2024-2026 schedule, the loaded years),
 * with the problem document of each malformed request. Reads only: nothing here changes the data, so
 * the figures hold whatever other tests do (they may add future catalogue versions or later years).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceDataApiIT {

    /** The 13 approving departments of the seed's figures. */
    static final List<String> APPROVING = List.of("DRC", "EIC", "LAND", "PLAN", "HUD", "EPB", "FIRE", "CAD", "MET",
            "WATER", "SAFETY", "QUAKE", "TRANS");
    /** They and the power-supply company, which takes part in the joint completion acceptance only. */
    static final List<String> DEPARTMENTS = Stream.concat(APPROVING.stream(), Stream.of("POWER")).toList();
    static final Set<String> STAGES = Set.of("I", "II", "III", "IV", "ALONGSIDE");
    static final Set<String> CATEGORY_CASE_TYPES = Set.of("IMMEDIATE", "PROMISED", "JOINT", "FORWARDED");
    static final Set<String> CATEGORY_FIELDS = Set.of("code", "name", "nameEn", "departmentCode", "departmentName",
            "departmentNameEn", "stage", "statutoryDays", "promisedDays", "greenChannelDays", "immediate",
            "defaultCaseType", "prerequisites", "simulatable", "materials", "serviceContent", "procedure", "fee",
            "legalBasis");
    static final String SHIPPED_CALENDAR = "config/calendar/cn-holidays-2024-2026.csv";

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

    // ---------------------------------------------------------------- catalogue

    @Test
    void theThirteenApprovingDepartmentsAndThePowerUtilityWithChineseAndEnglishNames() {
        var answer = api.get("api/catalogue/departments", "officer1", DEMO_PASSWORD).assertStatus(200);
        assertTrue(answer.contentType().startsWith("application/json"), answer.describe());
        JsonArray departments = answer.jsonArray();
        assertEquals(14, departments.size(), answer.describe());
        assertEquals(new TreeSet<>(DEPARTMENTS), new TreeSet<>(codes(departments, "code")), answer.describe());
        Map<String, JsonObject> byCode = byCode(departments, "code");
        assertAll(departments.getValuesAs(JsonObject.class).stream().map(d -> () -> {
            assertFalse(d.getString("name").isBlank(), d.toString());
            assertFalse(d.getString("nameEn").isBlank(), d.toString());
            assertTrue(d.getJsonNumber("version").longValue() >= 0, d.toString());
        }));
        assertEquals("发展和改革委员会", byCode.get("DRC").getString("name"));
        assertEquals("Development and Reform Commission", byCode.get("DRC").getString("nameEn"));
        assertEquals("公安消防大队", byCode.get("FIRE").getString("name"));
        assertEquals("Transport Bureau", byCode.get("TRANS").getString("nameEn"));
        assertEquals("供电公司", byCode.get("POWER").getString("name"));
    }

    @Test
    void theCategoriesInForceAddUpToTheOfficesFigures() {
        var answer = api.get("api/catalogue/categories", "director", DEMO_PASSWORD).assertStatus(200);
        JsonArray categories = answer.jsonArray();
        List<JsonObject> all = categories.getValuesAs(JsonObject.class);
        assertEquals(22, all.size(), answer.describe());
        assertEquals(22, new HashSet<>(codes(categories, "code")).size(), "codes are unique");

        assertEquals(358, all.stream().mapToInt(c -> c.getInt("statutoryDays")).sum(), "statutory total");
        assertEquals(64, all.stream().mapToInt(c -> c.getInt("promisedDays")).sum(), "promised total");
        List<JsonObject> immediate = all.stream().filter(c -> c.getBoolean("immediate")).toList();
        assertEquals(6, immediate.size(), () -> "immediate: " + codesOf(immediate));
        assertEquals(5, immediate.stream().map(c -> c.getString("departmentCode")).distinct().count(),
                () -> "departments of the immediate ones: " + codesOf(immediate));
        assertEquals(new TreeSet<>(APPROVING), all.stream().map(c -> c.getString("departmentCode"))
                .collect(Collectors.toCollection(TreeSet::new)), "the 13 approving departments; the power-supply company approves none");
    }

    @Test
    void eachCategoryIsCompleteAndConsistent() {
        List<JsonObject> all = categoriesInForce();
        Map<String, JsonObject> departments = byCode(api.get("api/catalogue/departments", "admin", DEMO_PASSWORD).assertStatus(200).jsonArray(), "code");
        assertAll(all.stream().map(c -> () -> {
            String code = c.getString("code");
            assertTrue(c.keySet().containsAll(CATEGORY_FIELDS), code + " lacks fields: " + c.keySet());
            assertTrue(code.matches("[A-Z][A-Z0-9-]{1,19}"), code);
            assertTrue(code.startsWith(c.getString("departmentCode") + "-"), code + " is numbered within its department");
            JsonObject department = departments.get(c.getString("departmentCode"));
            assertNotNull(department, code + " names a known department");
            assertEquals(department.getString("name"), c.getString("departmentName"), code);
            assertEquals(department.getString("nameEn"), c.getString("departmentNameEn"), code);
            assertFalse(c.getString("name").isBlank(), code);
            assertFalse(c.getString("nameEn").isBlank(), code);
            assertTrue(STAGES.contains(c.getString("stage")), code + " stage " + c.getString("stage"));
            assertTrue(CATEGORY_CASE_TYPES.contains(c.getString("defaultCaseType")), code + " " + c.getString("defaultCaseType"));
            int statutory = c.getInt("statutoryDays");
            int promised = c.getInt("promisedDays");
            int green = c.getInt("greenChannelDays");
            assertTrue(statutory >= promised && promised >= green && green >= 0,
                    code + " limits shrink: " + statutory + " ≥ " + promised + " ≥ " + green);
            if (c.getBoolean("immediate")) {
                assertEquals(0, promised, code + " is done on the spot");
            }
            assertFalse(c.getJsonArray("materials").isEmpty(), code + " lists its materials");
            c.getJsonArray("materials").getValuesAs(jakarta.json.JsonString.class)
                    .forEach(m -> assertFalse(m.getString().isBlank(), code + " material"));
            for (String field : List.of("serviceContent", "procedure", "fee", "legalBasis")) {
                assertFalse(ApiClient.stringOrNull(c, field) == null || c.getString(field).isBlank(), code + " " + field);
            }
        }));
    }

    @Test
    void prerequisitesNameCategoriesOfTheCatalogueAndFormNoCycle() {
        List<JsonObject> all = categoriesInForce();
        Map<String, List<String>> prerequisites = new HashMap<>();
        all.forEach(c -> prerequisites.put(c.getString("code"), strings(c.getJsonArray("prerequisites"))));
        prerequisites.forEach((code, before) -> before.forEach(p -> {
            assertTrue(prerequisites.containsKey(p), code + " needs unknown " + p);
            assertFalse(p.equals(code), code + " needs itself");
        }));

        // Kahn's algorithm: every category can be ordered after its prerequisites.
        Map<String, Integer> waiting = new HashMap<>();
        prerequisites.forEach((code, before) -> waiting.put(code, new LinkedHashSet<>(before).size()));
        List<String> ordered = new ArrayList<>();
        List<String> ready = new ArrayList<>(waiting.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).sorted().toList());
        assertFalse(ready.isEmpty(), "some category needs nothing before it");
        while (!ready.isEmpty()) {
            String done = ready.remove(0);
            ordered.add(done);
            prerequisites.forEach((code, before) -> {
                if (new LinkedHashSet<>(before).contains(done) && waiting.merge(code, -1, Integer::sum) == 0) {
                    ready.add(code);
                }
            });
        }
        Set<String> cyclic = new TreeSet<>(prerequisites.keySet());
        ordered.forEach(cyclic::remove);
        assertTrue(cyclic.isEmpty(), "categories on a prerequisite cycle: " + cyclic);
        assertEquals(22, ordered.size());
    }

    @Test
    void theConstructionPermitNeedsTheDrawingReview() {
        Map<String, JsonObject> byCode = byCode(categoriesInForceArray(), "code");
        JsonObject permit = byCode.get("HUD-03");
        assertNotNull(permit, "HUD-03 is in force");
        assertTrue(permit.getString("name").contains("施工许可"), permit.getString("name"));
        assertEquals("HUD", permit.getString("departmentCode"));
        assertTrue(strings(permit.getJsonArray("prerequisites")).contains("HUD-01"), permit.toString());
        assertTrue(byCode.get("HUD-01").getString("name").contains("图"), byCode.get("HUD-01").getString("name"));
    }

    @ParameterizedTest(name = "on={0}")
    @ValueSource(strings = {"2011-09-01", "2024-02-29", "2026-12-31"})
    void onAnyDaySinceTheFirstVersionTheCategoriesOfVersionOneAreInForce(String on) {
        var answer = api.get("api/catalogue/categories?on=" + on, "officer2", DEMO_PASSWORD).assertStatus(200);
        List<JsonObject> categories = answer.jsonArray().getValuesAs(JsonObject.class);
        assertEquals(22, categories.size(), answer.describe());
        assertEquals(358, categories.stream().mapToInt(c -> c.getInt("statutoryDays")).sum(), answer.describe());
    }

    @Test
    void beforeTheFirstVersionNoCatalogueIsInForce() {
        var answer = api.get("api/catalogue/categories?on=2010-01-01", "admin", DEMO_PASSWORD);
        JsonObject problem = answer.assertProblem(422);
        assertTrue(problem.getString("detail").contains("2010-01-01"), answer.describe());
        assertEquals("on", problem.getJsonArray("errors").getJsonObject(0).getString("field"), answer.describe());
    }

    @ParameterizedTest(name = "on={0}")
    @ValueSource(strings = {"garbage", "2026-13-01", "2026-02-30", "20260101"})
    void aMalformedDayIsABadRequestNamingOn(String on) {
        var answer = api.get("api/catalogue/categories?on=" + on, "admin", DEMO_PASSWORD);
        JsonObject problem = answer.assertProblem(400);
        assertEquals("on", problem.getJsonArray("errors").getJsonObject(0).getString("field"), answer.describe());
        assertTrue(problem.getString("detail").contains(on), answer.describe());
    }

    @Test
    void theVersionsAreListedNewestFirstAndTheFirstIsTheShippedCatalogue() {
        var answer = api.get("api/catalogue/versions", "director", DEMO_PASSWORD).assertStatus(200);
        List<JsonObject> versions = answer.jsonArray().getValuesAs(JsonObject.class);
        assertFalse(versions.isEmpty(), answer.describe());
        for (int i = 1; i < versions.size(); i++) {
            JsonObject newer = versions.get(i - 1);
            JsonObject older = versions.get(i);
            assertTrue(newer.getInt("number") > older.getInt("number"), "newest first: " + answer.describe());
            assertFalse(LocalDate.parse(newer.getString("effectiveFrom")).isBefore(LocalDate.parse(older.getString("effectiveFrom"))),
                    "effective dates never go back: " + answer.describe());
        }
        JsonObject first = versions.get(versions.size() - 1);
        assertAll(
                () -> assertEquals(1, first.getInt("number")),
                () -> assertEquals("2011-09-01", first.getString("effectiveFrom")),
                () -> assertEquals("config/catalogue/categories.csv", first.getString("note")),
                () -> assertEquals("system", first.getString("createdBy")),
                () -> assertNotNull(Instant.parse(first.getString("createdAt"))),
                () -> assertTrue(first.getJsonArray("categories").isEmpty(), "the list leaves out the categories"));
    }

    @Test
    void versionOneHasItsTwentyTwoCategories() {
        var answer = api.get("api/catalogue/versions/1", "investor1", DEMO_PASSWORD).assertStatus(200);
        JsonObject version = answer.json();
        assertEquals(1, version.getInt("number"));
        assertEquals("2011-09-01", version.getString("effectiveFrom"));
        List<JsonObject> categories = version.getJsonArray("categories").getValuesAs(JsonObject.class);
        assertEquals(22, categories.size(), answer.describe());
        assertEquals(358, categories.stream().mapToInt(c -> c.getInt("statutoryDays")).sum());
        assertEquals(64, categories.stream().mapToInt(c -> c.getInt("promisedDays")).sum());
        // Version 1 is in force today (later versions, if any, take effect in the future).
        assertEquals(new TreeSet<>(codesOf(categories)), new TreeSet<>(codesOf(categoriesInForce())));
    }

    @Test
    void anUnknownVersionIs404AndAMalformedOne400() {
        JsonObject missing = api.get("api/catalogue/versions/999", "admin", DEMO_PASSWORD).assertProblem(404);
        assertTrue(missing.getString("detail").contains("999"), missing.toString());
        JsonObject malformed = api.get("api/catalogue/versions/x", "admin", DEMO_PASSWORD).assertProblem(400);
        assertEquals("number", malformed.getJsonArray("errors").getJsonObject(0).getString("field"), malformed.toString());
        api.get("api/catalogue/versions/0", "admin", DEMO_PASSWORD).assertProblem(400);
    }

    // ---------------------------------------------------------------- calendar

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-09-30, 1, 2026-10-08",   // National Day 10-01..10-07
            "2026-02-13, 2, 2026-02-24",   // Sat 02-14 is a make-up working day; 15-23 Spring Festival
            "2026-11-20, 5, 2026-11-27",   // an ordinary week from a Friday
            "2026-11-20, 0, 2026-11-20",   // no days: the day itself
            "2026-11-21, 0, 2026-11-21",   // ... even a Saturday
            "2026-09-30, 3, 2026-10-10",   // Sat 10-10 is a make-up working day
            "2025-12-31, 248, 2026-12-31", // the whole of 2026
            "2024-12-31, 1, 2025-01-02"})  // New Year's Day across the year
    void addingWorkingDaysFollowsTheOfficialSchedule(String from, int days, String due) {
        var answer = api.get("api/calendar/add-working-days?from=" + from + "&days=" + days, "officer1", DEMO_PASSWORD)
                .assertStatus(200);
        JsonObject result = answer.json();
        assertEquals(from, result.getString("from"), answer.describe());
        assertEquals(days, result.getInt("days"), answer.describe());
        assertEquals(due, result.getString("due"), answer.describe());
        if (days > 0) {
            // The count between the two days agrees with the sum.
            JsonObject count = api.get("api/calendar/working-days?from=" + from + "&to=" + due, "officer1", DEMO_PASSWORD)
                    .assertStatus(200).json();
            assertEquals(days, count.getInt("count"), count.toString());
        }
    }

    @ParameterizedTest(name = "({0}, {1}] has {2} working days")
    @CsvSource({
            "2025-12-31, 2026-12-31, 248",
            "2024-12-31, 2025-12-31, 248",
            "2023-12-31, 2024-12-31, 251",
            "2026-09-30, 2026-10-14, 6",
            "2026-09-30, 2026-10-07, 0",
            "2026-11-20, 2026-11-20, 0",
            "2026-02-13, 2026-02-14, 1"})
    void countingWorkingDays(String from, String to, int count) {
        var answer = api.get("api/calendar/working-days?from=" + from + "&to=" + to, "leader", DEMO_PASSWORD).assertStatus(200);
        JsonObject result = answer.json();
        assertEquals(from, result.getString("from"), answer.describe());
        assertEquals(to, result.getString("to"), answer.describe());
        assertEquals(count, result.getInt("count"), answer.describe());
    }

    @ParameterizedTest(name = "{0} -> 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "api/calendar/add-working-days?days=1                  | from",
            "api/calendar/add-working-days?from=&days=1            | from",
            "api/calendar/add-working-days?from=2026-9-30&days=1   | from",
            "api/calendar/add-working-days?from=tomorrow&days=1    | from",
            "api/calendar/add-working-days?from=2026-09-30         | days",
            "api/calendar/add-working-days?from=2026-09-30&days=-1 | days",
            "api/calendar/add-working-days?from=2026-09-30&days=2501 | days",
            "api/calendar/add-working-days?from=2026-09-30&days=x  | days",
            "api/calendar/add-working-days?from=2026-09-30&days=1.5 | days",
            "api/calendar/working-days?to=2026-10-14               | from",
            "api/calendar/working-days?from=2026-09-30             | to",
            "api/calendar/working-days?from=2026-09-30&to=2026-14-01 | to",
            "api/calendar/working-days?from=2026-10-14&to=2026-09-30 | to"})
    void malformedCalendarRequestsAreBadRequestsNamingTheParameter(String path, String parameter) {
        var answer = api.get(path, "officer2", DEMO_PASSWORD);
        JsonObject problem = answer.assertProblem(400);
        JsonArray errors = problem.getJsonArray("errors");
        assertEquals(1, errors.size(), answer.describe());
        assertEquals(parameter, errors.getJsonObject(0).getString("field"), answer.describe());
        assertFalse(errors.getJsonObject(0).getString("message").isBlank(), answer.describe());
    }

    @Test
    void aProvisionalYearCountsAndAYearBeforeTheCalendarIs422NamingIt() {
        // 2027 has no official notice yet: counted on the law's holidays (1 January off).
        assertEquals("2027-01-18", api.get("api/calendar/add-working-days?from=2026-12-20&days=20", "officer1", DEMO_PASSWORD)
                .assertStatus(200).json().getString("due"));
        assertEquals(14, api.get("api/calendar/working-days?from=2026-12-20&to=2027-01-10", "officer1", DEMO_PASSWORD)
                .assertStatus(200).json().getInt("count"));

        var answer = api.get("api/calendar/add-working-days?from=2023-06-01&days=20", "officer1", DEMO_PASSWORD);
        JsonObject problem = answer.assertProblem(422);
        assertTrue(problem.getString("detail").contains("2023"), answer.describe());

        // In the caller's language when asked for.
        var chinese = api.send("GET", "api/calendar/add-working-days?from=2023-06-01&days=20", "officer1", DEMO_PASSWORD,
                null, Map.of("Accept-Language", "zh-CN"));
        String detail = chinese.assertProblem(422).getString("detail");
        assertTrue(detail.startsWith("2023年的法定节假日安排尚未导入"), chinese.describe());

        // Within 2026 the same start is fine: 2026-12-31 is the ninth working day after Sunday 12-20.
        assertEquals("2026-12-31", api.get("api/calendar/add-working-days?from=2026-12-20&days=9", "officer1", DEMO_PASSWORD)
                .assertStatus(200).json().getString("due"));
    }

    @Test
    void theShippedYearsAreLoadedBySystem() {
        var answer = api.get("api/calendar/years", "admin", DEMO_PASSWORD).assertStatus(200);
        Map<Integer, JsonObject> years = new HashMap<>();
        answer.jsonArray().getValuesAs(JsonObject.class).forEach(y -> years.put(y.getInt("year"), y));
        assertTrue(years.keySet().containsAll(List.of(2024, 2025, 2026)), answer.describe());
        assertEquals("provisional", years.get(2027).getString("kind"), "2027 has no official notice yet: " + answer.describe());
        assertEquals("provisional", years.get(2029).getString("kind"), answer.describe());
        assertEquals(Set.of("year", "kind", "holidays", "makeUpDays", "workingDays", "source", "loadedBy", "loadedAt"),
                years.get(2027).keySet(), "the kind is said once: " + years.get(2027));
        assertTrue(years.get(2027).isNull("loadedBy"), "nobody loaded a provisional year: " + years.get(2027));
        List.of(2024, 2025, 2026).forEach(y -> assertEquals("official", years.get(y).getString("kind"), answer.describe()));
        // {year: [holidays, make-up days, working days]} as config/calendar/cn-holidays-2024-2026.csv lists them.
        Map<Integer, int[]> expected = Map.of(2024, new int[] {28, 8, 251}, 2025, new int[] {28, 5, 248},
                2026, new int[] {33, 6, 248});
        assertAll(expected.entrySet().stream().map(e -> () -> {
            JsonObject year = years.get(e.getKey());
            assertEquals(e.getValue()[0], year.getInt("holidays"), year.toString());
            assertEquals(e.getValue()[1], year.getInt("makeUpDays"), year.toString());
            assertEquals(e.getValue()[2], year.getInt("workingDays"), year.toString());
            assertEquals(SHIPPED_CALENDAR, year.getString("source"), year.toString());
            assertEquals("system", year.getString("loadedBy"), year.toString());
            assertNotNull(Instant.parse(year.getString("loadedAt")), year.toString());
        }));
    }

    // ---------------------------------------------------------------- who may read

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"investor1", "investor2", "dept-drc", "dept-hud", "dept-fire", "dept-power", "leader"})
    void everySignedInRoleMayReadTheReferenceData(String username) {
        assertEquals(DEPARTMENTS.size(), api.get("api/catalogue/departments", username, DEMO_PASSWORD).assertStatus(200).jsonArray().size());
        assertEquals(22, api.get("api/catalogue/categories", username, DEMO_PASSWORD).assertStatus(200).jsonArray().size());
        assertFalse(api.get("api/catalogue/versions", username, DEMO_PASSWORD).assertStatus(200).jsonArray().isEmpty());
        assertEquals(22, api.get("api/catalogue/versions/1", username, DEMO_PASSWORD).assertStatus(200).json()
                .getJsonArray("categories").size());
        assertEquals("2026-10-08", api.get("api/calendar/add-working-days?from=2026-09-30&days=1", username, DEMO_PASSWORD)
                .assertStatus(200).json().getString("due"));
        assertEquals(6, api.get("api/calendar/working-days?from=2026-09-30&to=2026-10-14", username, DEMO_PASSWORD)
                .assertStatus(200).json().getInt("count"));
        assertTrue(api.get("api/calendar/years", username, DEMO_PASSWORD).assertStatus(200).jsonArray().size() >= 3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "api/catalogue/departments",
            "api/catalogue/categories",
            "api/catalogue/categories?on=2026-01-01",
            "api/catalogue/versions",
            "api/catalogue/versions/1",
            "api/calendar/add-working-days?from=2026-09-30&days=1",
            "api/calendar/working-days?from=2026-09-30&to=2026-10-14",
            "api/calendar/years"})
    void withoutCredentialsEverythingIs401(String path) {
        var answer = api.get(path, null, null);
        answer.assertProblem(401);
        assertTrue(answer.header("WWW-Authenticate").orElse("").startsWith("Basic "), answer.describe());
        // An unknown user too (never a wrong password of a demo account: five of those lock it for other tests).
        api.get(path, ProjectDeskDeployment.uniqueUsername("nobody"), DEMO_PASSWORD).assertProblem(401);
    }

    // ---------------------------------------------------------------- helpers

    private List<JsonObject> categoriesInForce() {
        return categoriesInForceArray().getValuesAs(JsonObject.class);
    }

    private JsonArray categoriesInForceArray() {
        return api.get("api/catalogue/categories", "admin", DEMO_PASSWORD).assertStatus(200).jsonArray();
    }

    static Map<String, JsonObject> byCode(JsonArray array, String field) {
        Map<String, JsonObject> map = new HashMap<>();
        array.getValuesAs(JsonObject.class).forEach(o -> map.put(o.getString(field), o));
        return map;
    }

    static List<String> codes(JsonArray array, String field) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
    }

    static List<String> codesOf(List<JsonObject> categories) {
        return categories.stream().map(c -> c.getString("code")).toList();
    }

    static List<String> strings(JsonArray array) {
        return array.stream().map(v -> v.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) v).getString() : v.toString()).toList();
    }
}
