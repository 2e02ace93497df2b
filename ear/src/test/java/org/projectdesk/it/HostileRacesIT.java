package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Races: the same write sent by several clients at the very same moment (threads released together
 * from a barrier). Each request either succeeds or answers 409 with a problem saying what conflicted —
 * never 500 — and the rows afterwards are what one careful client would have left: one enterprise, one
 * account, one kept report, and every department's opinion, merged into the one-time notification.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRacesIT {

    private static final int AT_ONCE = 10;

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

    @Test
    void tenIntakesOfOneNewEnterpriseAtOnceFindOrCreateItOnce() throws Exception {
        String credit = ServiceFileApiIT.creditCode();
        List<String> codes = IntStream.range(0, AT_ONCE).mapToObj(i -> ServiceFileApiIT.projectCode()).distinct().toList();
        api.as("officer1", "GET", "api/me", null).assertStatus(200);

        List<ApiClient.Answer> answers = atOnce(codes.size(), i -> api.as("officer1", "POST", "api/projects",
                ServiceFileApiIT.intake(codes.get(i), credit, "INDUSTRIAL", b -> { })));

        assertOnlySuccessOrConflict(answers, 201);
        List<String> fileNos = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            ApiClient.Answer answer = answers.get(i);
            JsonObject page = projects("search=" + codes.get(i));
            if (answer.status() == 201) {
                JsonObject file = answer.json();
                assertEquals(credit, file.getJsonObject("enterprise").getString("creditCode"), answer.describe());
                assertEquals("新建企业 " + credit, file.getJsonObject("enterprise").getString("name"), answer.describe());
                fileNos.add(file.getString("fileNo"));
                assertEquals(1, page.getInt("total"), codes.get(i) + " taken in: " + page);
            } else {
                assertEquals(0, page.getInt("total"), "a refused intake leaves nothing: " + page);
            }
        }
        assertFalse(fileNos.isEmpty(), "at least one intake went through");
        JsonObject ofTheEnterprise = projects("search=" + credit + "&size=50");
        assertEquals(Set.copyOf(fileNos), ofTheEnterprise.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("fileNo")).collect(Collectors.toSet()), "every intake's file, on the one enterprise");
    }

    @Test
    void tenAccountsWithOneUserNameAtOnceOpenOneAndRefuseTheOthersNamingTheUserName() throws Exception {
        String username = ProjectDeskDeployment.uniqueUsername("race");
        api.asAdmin("GET", "api/me", null).assertStatus(200);

        List<ApiClient.Answer> answers = atOnce(AT_ONCE, i -> api.asAdmin("POST", "api/accounts",
                ApiClient.newAccount(username, "并发账号 " + i, "Race-password-" + i, "OFFICER")));

        List<ApiClient.Answer> opened = answers.stream().filter(a -> a.status() == 201).toList();
        assertEquals(1, opened.size(), () -> "one account opened: " + describe(answers));
        for (ApiClient.Answer refused : answers.stream().filter(a -> a.status() != 201).toList()) {
            // 409 when it met the other at the database's unique key; 422 when the other was already committed.
            assertTrue(refused.status() == 409 || refused.status() == 422, refused::describe);
            JsonObject problem = refused.assertProblem(refused.status());
            assertEquals("username", problem.getJsonArray("errors").getJsonObject(0).getString("field"), refused::describe);
        }
        JsonObject found = api.asAdmin("GET", "api/accounts?search=" + username, null).assertStatus(200).json();
        assertEquals(1, found.getJsonArray("rows").size(), found.toString());
        String displayName = found.getJsonArray("rows").getJsonObject(0).getString("displayName");
        assertEquals(opened.get(0).json().getString("displayName"), displayName, "the account is the one that answered 201");
        int winner = Integer.parseInt(displayName.substring(displayName.lastIndexOf(' ') + 1));
        assertEquals(username, api.get("api/me", username, "Race-password-" + winner).assertStatus(200).json().getString("username"));
    }

    @Test
    void tenFirstRequestsOfOnePastWeeklyReportAtOnceMakeItOnceAndAllReadIt() throws Exception {
        Set<String> made = api.as("leader", "GET", "api/reports/weekly?size=520", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("week")).collect(Collectors.toSet());
        // A past week since the office's first project (the demo's, in March) that no test or earlier run asked for.
        LocalDate today = TestClock.today();
        String week = IntStream.rangeClosed(2, 30).mapToObj(today::minusWeeks)
                .map(d -> String.format("%04d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
                .filter(w -> !made.contains(w)).skip(new java.security.SecureRandom().nextInt(8)).findFirst()
                .orElseThrow(() -> new AssertionError("every week of the last thirty is made already"));
        api.as("leader", "GET", "api/me", null).assertStatus(200);
        api.as("director", "GET", "api/me", null).assertStatus(200);

        List<ApiClient.Answer> answers = atOnce(AT_ONCE, i -> api.as(i % 2 == 0 ? "leader" : "director", "GET",
                "api/reports/weekly/" + week, null));

        answers.forEach(a -> a.assertStatus(200));
        JsonObject first = answers.get(0).json();
        assertEquals(week, first.getString("week"));
        for (ApiClient.Answer answer : answers) {
            assertEquals(first, answer.json(), "one report for everyone");
            assertEquals(answers.get(0).header("Last-Modified"), answer.header("Last-Modified"), "made once");
        }
        long kept = api.as("leader", "GET", "api/reports/weekly?size=520", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("week").equals(week)).count();
        assertEquals(1, kept, "the week's report is kept once");
    }

    @Test
    void tenOpinionsOfOneDepartmentAtOnceLeaveOneOpinionAndTheNotificationFollowingIt() throws Exception {
        String fileNo = takeIn();
        long meeting = schedule(fileNo, "LAND", "EIC");
        api.as("dept-land", "GET", "api/me", null).assertStatus(200);

        List<ApiClient.Answer> answers = atOnce(AT_ONCE, i -> api.as("dept-land", "POST", "api/meetings/" + meeting + "/opinions",
                opinion(fileNo, "LAND", "FEASIBLE_WITH_CONDITIONS", "条件 " + i, "红线图 " + i)));

        assertOnlySuccessOrConflict(answers, 200);
        List<JsonObject> opinions = api.as("officer1", "GET", "api/meetings/" + meeting, null).assertStatus(200).json()
                .getJsonArray("opinions").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("departmentCode").equals("LAND")).toList();
        assertEquals(1, opinions.size(), "one opinion per department: " + opinions);
        String notes = opinions.get(0).getString("notes");
        String kept = "红线图 " + notes.substring(notes.lastIndexOf(' ') + 1);
        assertEquals(List.of(kept), strings(opinions.get(0), "materials"), "the opinion as one request gave it");
        List<String> asked = materials(fileNo).stream().map(i -> i.getString("material")).filter(m -> m.startsWith("红线图"))
                .toList();
        assertEquals(List.of(kept), asked, "the notification asks for the opinion's material, not the others'");
    }

    @Test
    void sixDepartmentsAskingForTheSameMaterialAtOnceAreAllMergedIntoOneItem() throws Exception {
        List<String> departments = List.of("LAND", "EIC", "PLAN", "HUD", "EPB", "FIRE");
        String fileNo = takeIn();
        long meeting = schedule(fileNo, departments.toArray(String[]::new));
        for (String department : departments) {
            api.as(window(department), "GET", "api/me", null).assertStatus(200);
        }
        String shared = "项目可行性研究报告（送审稿）";

        List<ApiClient.Answer> answers = atOnce(departments.size(), i -> api.as(window(departments.get(i)), "POST",
                "api/meetings/" + meeting + "/opinions", opinion(fileNo, departments.get(i), "FEASIBLE", null,
                        shared, "专项材料 " + departments.get(i))));

        answers.forEach(a -> a.assertStatus(200));
        List<JsonObject> opinions = api.as("officer1", "GET", "api/meetings/" + meeting, null).assertStatus(200).json()
                .getJsonArray("opinions").getValuesAs(JsonObject.class);
        assertEquals(Set.copyOf(departments), opinions.stream().map(o -> o.getString("departmentCode")).collect(Collectors.toSet()),
                "every department's opinion is kept");
        List<JsonObject> items = materials(fileNo);
        JsonObject merged = items.stream().filter(i -> i.getString("material").equals(shared)).findFirst()
                .orElseThrow(() -> new AssertionError(shared + " not in " + items));
        assertTrue(strings(merged, "departments").containsAll(departments), "asked for by all six: " + merged);
        assertEquals(1, items.stream().filter(i -> i.getString("material").equals(shared)).count(), "one item: " + items);
        for (String department : departments) {
            JsonObject own = items.stream().filter(i -> i.getString("material").equals("专项材料 " + department)).findFirst()
                    .orElseThrow(() -> new AssertionError(department + "'s own material is lost: " + items));
            assertEquals(List.of(department), strings(own, "departments"));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Sends {@code count} requests from as many threads released together; their answers in order. */
    static List<ApiClient.Answer> atOnce(int count, IntFunction<ApiClient.Answer> request) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(count);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<ApiClient.Answer>> pending = IntStream.range(0, count).mapToObj(i -> threads.submit(() -> {
                barrier.await(60, TimeUnit.SECONDS);
                return request.apply(i);
            })).toList();
            List<ApiClient.Answer> answers = new ArrayList<>();
            for (Future<ApiClient.Answer> answer : pending) {
                answers.add(answer.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Each answer is the success status or a 409 problem with a message; at least one succeeded. */
    private static void assertOnlySuccessOrConflict(List<ApiClient.Answer> answers, int success) {
        for (ApiClient.Answer answer : answers) {
            assertTrue(answer.status() == success || answer.status() == 409, () -> "status of " + answer.describe());
            if (answer.status() == 409) {
                assertFalse(answer.assertProblem(409).getString("detail").isBlank(), answer::describe);
            }
        }
        assertTrue(answers.stream().anyMatch(a -> a.status() == success), () -> "none succeeded: " + describe(answers));
    }

    private static String describe(List<ApiClient.Answer> answers) {
        return answers.stream().map(ApiClient.Answer::describe).collect(Collectors.joining("\n"));
    }

    private JsonObject projects(String query) {
        return api.as("officer1", "GET", "api/projects?" + query, null).assertStatus(200).json();
    }

    private String takeIn() {
        return api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.creditCode(), "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
    }

    private long schedule(String fileNo, String... departments) {
        var codes = Json.createArrayBuilder();
        List.of(departments).forEach(codes::add);
        String body = Json.createObjectBuilder().add("startsAt", "2026-06-03T09:30").add("place", "行政服务中心三楼会议室")
                .add("projects", Json.createArrayBuilder().add(fileNo)).add("departments", codes).build().toString();
        return api.as("officer1", "POST", "api/meetings", body).assertStatus(201).json().getJsonNumber("id").longValue();
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

    private List<JsonObject> materials(String fileNo) {
        return api.as("officer1", "GET", "api/projects/" + fileNo + "/notification", null).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String window(String department) {
        return "dept-" + department.toLowerCase(java.util.Locale.ROOT);
    }
}
