package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ApiClient.stringOrNull;
import static org.projectdesk.it.ReferenceDataApiIT.strings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * Dates counted through a year without its official holiday schedule say so over REST: beside the
 * dates, {@code "provisional"} names the view's provisional ones. The server has the official
 * 2024–2026 schedule (shipped) and counts 2027–2029 provisionally (the law's holidays only). Every
 * day here is fixed, never today: the project is taken in on Friday 2026-11-20, so its plan runs into
 * January 2027; the latest day used is 2026-12-02 (the test servers' today is later, 28 December by default).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisionalDatesApiIT {

    static final String INTAKE_ON = "2026-11-20";
    /** The computed dates of a matter, in the order its {@code provisional} list names them. */
    private static final List<String> MATTER_DATES = List.of("dueOn", "statutoryDueOn", "plannedStart", "plannedFinish");

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

    /** Takes in an industrial project on {@link #INTAKE_ON} for officer1; returns its file as answered. */
    static JsonObject takeIn(ApiClient api) {
        return api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> b.add("intakeOn", INTAKE_ON))).assertStatus(201).json();
    }

    @Test
    void aPlanReachingIntoTheProvisionalYearNamesEachMattersProvisionalDates() {
        JsonObject file = takeIn(api);
        String fileNo = file.getString("fileNo");
        Map<String, JsonObject> matters = byCode(file);

        // The critical path (30 working days) from Friday 20 November: PLAN-04 and HUD-03 end in December, and
        // FIRE-02 (3 working days after HUD-03's 29 December) on 30 and 31 December and, New Year's Day off,
        // Monday 4 January 2027; HUD-04, done on the spot after FIRE-02, starts and ends that Monday.
        assertAll(
                () -> assertMatter(matters.get("FIRE-02"), "2026-12-29", "2027-01-04", List.of("plannedFinish")),
                () -> assertMatter(matters.get("HUD-04"), "2027-01-04", "2027-01-04", List.of("plannedStart", "plannedFinish")),
                () -> assertMatter(matters.get("PLAN-04"), "2026-12-29", "2026-12-31", List.of()),
                () -> assertMatter(matters.get("DRC-01"), INTAKE_ON, INTAKE_ON, List.of()));
        // Every matter: exactly its dates from 2027 on, none of 2026.
        assertAll(matters.values().stream().map(m -> () -> assertEquals(datesFrom2027(m), strings(m.getJsonArray("provisional")),
                m.getString("categoryCode"))));
        // The projected finish counts from the server's today: provisional exactly when it lies in 2027 or later.
        String finish = stringOrNull(file, "projectedFinish");
        assertEquals(finish != null && finish.compareTo("2027") >= 0 ? List.of("projectedFinish") : List.of(),
                strings(file.getJsonArray("provisional")), file.toString());

        // LAND-02 accepted on the day of intake: promised 7 working days (23–27 and 30 November, 1 December), statutory
        // 30 (6 in November, 23 in December, then New Year's Day off: Monday 4 January 2027).
        JsonObject land = api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/LAND-02/events",
                ApiClient.json("type", "ACCEPT", "on", INTAKE_ON)).assertStatus(200).json();
        assertAll(
                () -> assertEquals("2026-12-01", land.getString("dueOn")),
                () -> assertEquals("2027-01-04", land.getString("statutoryDueOn")),
                () -> assertEquals(List.of("statutoryDueOn"), strings(land.getJsonArray("provisional")), land.toString()));
        assertEquals(List.of("statutoryDueOn"),
                strings(byCode(file(fileNo)).get("LAND-02").getJsonArray("provisional")), "the file says the same");

        // The list's next due date is LAND-02's promised 1 December: not provisional.
        JsonObject row = api.as("officer1", "GET", "api/projects?search=" + fileNo, null).assertStatus(200).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("2026-12-01", row.getString("nextDueOn"));
        assertEquals(List.of(), strings(row.getJsonArray("provisional")));

        // The pre-review is due 5 working days after intake: Friday 27 November.
        JsonObject preReview = api.as("officer1", "GET", "api/projects/" + fileNo + "/pre-review", null).assertStatus(200).json();
        assertEquals("2026-11-27", preReview.getString("dueOn"));
        assertEquals(List.of(), strings(preReview.getJsonArray("provisional")));
    }

    @Test
    void theInvestorsStatusMarksAProvisionalPromise() {
        JsonObject file = takeIn(api);
        JsonObject status = api.as("officer1", "GET", "api/portal/projects/" + file.getString("fileNo") + "/status", null)
                .assertStatus(200).json();
        Map<String, JsonObject> lines = status.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(m -> m.getString("categoryCode"), Function.identity()));
        // Before it is filed a matter promises nothing: its planned finish is a plan, marked provisional like a promise.
        assertAll(
                () -> assertEquals("2027-01-04", lines.get("FIRE-02").getString("plannedOn")),
                () -> assertNull(stringOrNull(lines.get("FIRE-02"), "promisedOn"), "no promise before filing"),
                () -> assertEquals(List.of("plannedOn"), strings(lines.get("FIRE-02").getJsonArray("provisional"))),
                () -> assertEquals("2026-12-31", lines.get("PLAN-04").getString("plannedOn")),
                () -> assertEquals(List.of(), strings(lines.get("PLAN-04").getJsonArray("provisional"))),
                () -> assertEquals(strings(file(file.getString("fileNo")).getJsonArray("provisional")),
                        strings(status.getJsonArray("provisional")), "the projected finish as on the file"));
    }

    @Test
    void aProblemsDueDateInTheProvisionalYearSaysSo() {
        String fileNo = takeIn(api).getString("fileNo");
        // 30 working days from Friday 20 November end on Monday 4 January 2027; 5 on Friday 27 November.
        JsonObject late = raise(fileNo, 30).assertStatus(201).json();
        JsonObject soon = raise(fileNo, 5).assertStatus(201).json();
        assertAll(
                () -> assertEquals("2027-01-04", late.getString("dueOn")),
                () -> assertEquals(List.of("dueOn"), strings(late.getJsonArray("provisional"))),
                () -> assertEquals("2026-11-27", soon.getString("dueOn")),
                () -> assertEquals(List.of(), strings(soon.getJsonArray("provisional"))));
        List<List<String>> listed = api.as("officer1", "GET", "api/projects/" + fileNo + "/problems", null).assertStatus(200)
                .jsonArray().getValuesAs(JsonObject.class).stream()
                .map(q -> List.of(q.getString("dueOn"), String.join(",", strings(q.getJsonArray("provisional"))))).toList();
        assertEquals(List.of(List.of("2026-11-27", ""), List.of("2027-01-04", "dueOn")), listed);
    }

    @Test
    void aGreenChannelWindowSaysWhichOfItsEndsIsProvisional() {
        String fileNo = takeIn(api).getString("fileNo");
        api.as("officer1", "POST", "api/projects/" + fileNo + "/events",
                ApiClient.json("type", "PROPOSE_GREEN_CHANNEL", "reason", "省重大项目")).assertStatus(200);
        api.as("director", "POST", "api/projects/" + fileNo + "/events",
                ApiClient.json("type", "GRANT_GREEN_CHANNEL", "reason", "同意")).assertStatus(200);
        // First acceptance Wednesday 2 December 2026 (the test servers' today is later: 28 December by default). The
        // 18th working day is Monday 28 December; the 22nd, New Year's Day off, Monday 4 January 2027.
        api.as("officer1", "POST", "api/projects/" + fileNo + "/matters/DRC-01/events",
                ApiClient.json("type", "ACCEPT", "on", "2026-12-02")).assertStatus(200);
        JsonObject window = file(fileNo).getJsonObject("greenWindow");
        assertAll(
                () -> assertEquals("2026-12-28", window.getString("from")),
                () -> assertEquals("2027-01-04", window.getString("to")),
                () -> assertEquals(List.of("to"), strings(window.getJsonArray("provisional")), window.toString()));
    }

    @Test
    void theYearsSayWhichAreOfficialAndWhichProvisional() {
        Map<Integer, JsonObject> years = api.as("officer1", "GET", "api/calendar/years", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(y -> y.getInt("year"), Function.identity()));
        // Other tests may load further years (2036): only these are asserted.
        assertAll(
                () -> assertEquals("official", years.get(2024).getString("kind")),
                () -> assertEquals("official", years.get(2025).getString("kind")),
                () -> assertEquals("official", years.get(2026).getString("kind")),
                () -> assertEquals("system", years.get(2026).getString("loadedBy")),
                () -> assertEquals("provisional", years.get(2027).getString("kind")),
                () -> assertEquals("provisional", years.get(2028).getString("kind")),
                () -> assertEquals("provisional", years.get(2029).getString("kind")),
                () -> assertEquals(0, years.get(2027).getInt("makeUpDays"), "no adjusted working days without the notice"),
                () -> assertNull(stringOrNull(years.get(2027), "loadedBy")));
    }

    @Test
    void aDueDateCountedIntoTheProvisionalYearSaysSo() {
        // From Sunday 20 December: 9 working days to 31 December, New Year's Day off, then 4–8 and 11–15 January
        // (19) and Monday 18 January 2027.
        JsonObject across = api.as("officer1", "GET", "api/calendar/add-working-days?from=2026-12-20&days=20", null)
                .assertStatus(200).json();
        assertEquals("2027-01-18", across.getString("due"));
        assertEquals(List.of("due"), strings(across.getJsonArray("provisional")));

        JsonObject within = api.as("officer1", "GET", "api/calendar/add-working-days?from=2026-12-01&days=20", null)
                .assertStatus(200).json();
        assertEquals("2026-12-29", within.getString("due"));
        assertEquals(List.of(), strings(within.getJsonArray("provisional")));
    }

    private JsonObject file(String fileNo) {
        return api.as("officer1", "GET", "api/projects/" + fileNo, null).assertStatus(200).json();
    }

    private ApiClient.Answer raise(String fileNo, int dueDays) {
        return api.as("officer1", "POST", "api/projects/" + fileNo + "/problems", Json.createObjectBuilder()
                .add("description", "跨年协调难题（" + dueDays + "个工作日）").add("departments", Json.createArrayBuilder().add("HUD"))
                .add("dueDays", dueDays).add("source", "OFFICER").add("on", INTAKE_ON).build().toString());
    }

    private static Map<String, JsonObject> byCode(JsonObject file) {
        return file.getJsonArray("matters").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(m -> m.getString("categoryCode"), Function.identity()));
    }

    private static void assertMatter(JsonObject matter, String plannedStart, String plannedFinish, List<String> provisional) {
        String category = matter.getString("categoryCode");
        assertEquals(plannedStart, matter.getString("plannedStart"), category);
        assertEquals(plannedFinish, matter.getString("plannedFinish"), category);
        assertEquals(provisional, strings(matter.getJsonArray("provisional")), category);
    }

    /** The names of a matter's computed dates that lie in 2027 or later, in the order the API lists them. */
    private static List<String> datesFrom2027(JsonObject matter) {
        List<String> names = new ArrayList<>();
        for (String name : MATTER_DATES) {
            String date = stringOrNull(matter, name);
            if (date != null && date.compareTo("2027-01-01") >= 0) {
                names.add(name);
            }
        }
        return names;
    }
}
