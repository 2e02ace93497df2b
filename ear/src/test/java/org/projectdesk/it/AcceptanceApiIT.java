package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ApiClient.stringOrNull;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * Joint completion acceptance over REST: one case from the application through a failed item, its
 * rectification notice, the re-inspection and a pass on pledge to the opinion, with the three PDFs
 * read back; who may do what (a department window signs only its own items, an investor sees and
 * pledges only for their own enterprise and only as the builder, a leader reads); the refusals, each
 * naming its field; and the configured items read, exported and imported whole or not at all.
 *
 * <p>Each test takes in its own project for investor1's enterprise on 2026-06-01, approves its plan,
 * and starts and completes it through the tracking API (a project applies only once construction has
 * started). The acceptance's days all lie in November 2026, before any day the build may take for
 * today; pledges fall due after today. Items are picked from the case's own list by department, so the
 * tests hold for whichever items config/acceptance/items.csv ships.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AcceptanceApiIT {

    private static final String COMPLETED_ON = "2026-11-02";
    private static final String APPLIED_ON = "2026-11-03";
    private static final String PRE_REVIEW_AT = "2026-11-05T09:00";
    private static final String MATERIALS_ON = "2026-11-06";
    private static final String INSPECTION_AT = "2026-11-10T09:00";
    private static final String INSPECTED_ON = "2026-11-10";
    private static final String REPORTED_ON = "2026-11-13";
    private static final String REINSPECTION_AT = "2026-11-16T09:00";
    private static final String REINSPECTED_ON = "2026-11-16";
    private static final String OPINION_ON = "2026-11-17";
    private static final String PLAN = "PLAN";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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

    // ---------------------------------------------------------------- one case, application to opinion

    @Test
    void aCaseRunsFromTheApplicationThroughARectificationAndReinspectionToTheOpinion() throws IOException {
        JsonObject acceptance = underInspection();
        long id = id(acceptance);
        String fileNo = acceptance.getString("fileNo");
        JsonObject plan = itemOf(acceptance, PLAN);
        Optional<JsonObject> pledged = items(acceptance).stream()
                .filter(i -> !i.getString("departmentCode").equals(PLAN) && firstNonCriticalCheck(i) > 0).findFirst();

        // Two pledges on a paperwork shortfall: the builder's by the investor, the town's recorded by the office.
        String builderPledge = "三十日内补齐证明文件";
        pledged.ifPresent(item -> {
            String due = TestClock.today().plusDays(30).toString();
            api.as("investor1", "POST", "api/acceptances/" + id + "/pledges", pledge("BUILDER", item, builderPledge, due))
                    .assertStatus(201);
            JsonObject both = api.as("officer1", "POST", "api/acceptances/" + id + "/pledges",
                    pledge("TOWN", item, "镇政府督促建设单位按期补齐", due)).assertStatus(201).json();
            assertEquals(List.of("BUILDER", "TOWN"), both.getJsonArray("pledges").getValuesAs(JsonObject.class).stream()
                    .map(p -> p.getString("party")).toList());
        });

        // The site inspection: the planning bureau fails its item, the pledged item passes on pledge, the rest pass.
        JsonObject failed = sign(id, plan, verdict("RECTIFY", INSPECTED_ON, finding("建筑面积超出规划许可", 1, 5)))
                .assertStatus(200).json();
        JsonObject planFinding = itemOf(failed, PLAN).getJsonArray("findings").getJsonObject(0);
        assertEquals("OPEN", planFinding.getString("status"));
        assertEquals(INSPECTED_ON, planFinding.getString("raisedOn"));
        assertEquals(workingDaysAfter(INSPECTED_ON, 5), planFinding.getString("dueOn"));
        assertEquals(window(PLAN), itemOf(failed, PLAN).getString("signedBy"));
        for (JsonObject item : items(acceptance)) {
            if (!item.getString("departmentCode").equals(PLAN)) {
                JsonObjectBuilder body = pledged.isPresent() && pledged.get().getString("code").equals(item.getString("code"))
                        ? verdict("PASSED_ON_PLEDGE", INSPECTED_ON, finding("证明文件缺两份", firstNonCriticalCheck(item), null))
                        : verdict("PASSED", INSPECTED_ON);
                sign(id, item, body).assertStatus(200);
            }
        }
        JsonObject judged = api.as("officer1", "GET", "api/acceptances/" + id, null).assertStatus(200).json();
        assertEquals("RECTIFYING", judged.getString("status"));
        assertFalse(judged.getBoolean("readyForOpinion"));
        pledged.ifPresent(item -> assertEquals("PASSED_ON_PLEDGE",
                itemOf(judged, item.getString("departmentCode"), item.getString("code")).getString("verdict")));

        // The notice lists the finding with its deadline; the form has every item; no opinion yet.
        String notice = pdf("api/acceptances/" + id + "/rectification-notice.pdf", "investor1");
        assertTrue(notice.contains("限期整改通知书"), notice);
        assertTrue(notice.contains("建筑面积超出规划许可"), notice);
        assertTrue(notice.contains(planFinding.getString("dueOn")), notice);
        assertTrue(notice.contains(plan.getString("name")), notice);
        String form = pdf("api/acceptances/" + id + "/form.pdf", "officer1");
        assertTrue(form.contains("建设工程联合竣工验收表"), form);
        assertTrue(form.contains(fileNo), form);
        for (JsonObject item : items(acceptance)) {
            assertTrue(form.contains(item.getString("name")), item.getString("name") + " in " + form);
        }
        assertTrue(form.contains("限期整改"), form);
        assertTrue(form.contains(window(PLAN)), "the signer: " + form);
        if (items(acceptance).stream().flatMap(i -> i.getJsonArray("checks").getValuesAs(JsonObject.class).stream())
                .anyMatch(c -> c.getBoolean("critical"))) {
            assertTrue(form.contains("【关键】"), "critical checks are marked: " + form);
        }
        String english = pdf("api/acceptances/" + id + "/form.pdf?lang=en", "officer1");
        assertTrue(english.contains("Joint completion acceptance form"), english);
        pdfProblem("api/acceptances/" + id + "/opinion.pdf", "officer1", "opinionNo");

        // The builder reports the finding put right; the re-inspection is of the failed item alone.
        api.as("investor1", "POST", "api/acceptances/" + id + "/findings/" + id(planFinding) + "/done",
                ApiClient.json("note", "已按规划许可拆除超建部分", "on", REPORTED_ON)).assertStatus(200);
        JsonObject reported = api.as("officer1", "GET", "api/acceptances/" + id, null).assertStatus(200).json();
        assertEquals("REPORTED_DONE", itemOf(reported, PLAN).getJsonArray("findings").getJsonObject(0).getString("status"));
        assertEquals(REPORTED_ON, stringOrNull(deadline(reported, "FINDING", plan.getString("code") + "#" + id(planFinding)),
                "metOn"), "the finding's time limit is met, as stored");
        assertEquals(workingDaysAfter(REPORTED_ON, 5), deadline(reported, "REINSPECTION", null).getString("dueOn"));
        JsonObject reinspection = api.as("officer1", "POST", "api/acceptances/" + id + "/inspection",
                meeting(REINSPECTION_AT, version(api.as("officer1", "GET", "api/acceptances/" + id, null).json())))
                .assertStatus(200).json();
        assertEquals("INSPECTION_SCHEDULED", reinspection.getString("status"));
        assertEquals(2, reinspection.getInt("round"));
        assertEquals("PENDING", itemOf(reinspection, PLAN).getString("verdict"));
        JsonObject revisit = api.as("officer1", "GET", "api/meetings/" + reinspection.getJsonNumber("inspectionMeetingId"), null)
                .assertStatus(200).json();
        assertEquals("ACCEPTANCE_INSPECTION", revisit.getString("kind"));
        assertEquals(List.of(PLAN), revisit.getJsonArray("invitations").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("departmentCode")).toList(), "only the failed item's department");
        for (JsonObject item : items(acceptance)) {
            assertEquals(2, api.as(window(item.getString("departmentCode")), "GET", "api/acceptances/" + id, null)
                    .assertStatus(200).json().getInt("round"), "every department with an item still reads the case");
        }

        JsonObject passed = sign(id, plan, verdict("PASSED", REINSPECTED_ON)).assertStatus(200).json();
        assertTrue(passed.getBoolean("readyForOpinion"), passed.toString());
        assertEquals("CLOSED", itemOf(passed, PLAN).getJsonArray("findings").getJsonObject(0).getString("status"));
        pdfProblem("api/acceptances/" + id + "/rectification-notice.pdf", "officer1", "findings");
        for (JsonObject p : passed.getJsonArray("pledges").getValuesAs(JsonObject.class)) {
            if (p.getString("party").equals("BUILDER")) {
                JsonObject kept = api.as("officer1", "POST", "api/acceptances/" + id + "/pledges/" + id(p) + "/fulfilled",
                        ApiClient.json("on", TestClock.today().toString())).assertStatus(200).json();
                assertEquals(TestClock.today().toString(), kept.getJsonArray("pledges").getValuesAs(JsonObject.class).stream()
                        .filter(k -> id(k) == id(p)).findFirst().orElseThrow().getString("fulfilledOn"));
            }
        }

        pledged.ifPresent(item -> {
            JsonObject read = api.as("officer1", "GET", "api/acceptances/" + id, null).assertStatus(200).json();
            assertEquals(TestClock.today().toString(), stringOrNull(deadline(read, "PLEDGE", item.getString("code") + "/BUILDER"),
                    "metOn"), "the kept pledge's time limit is met, as stored");
            assertNull(stringOrNull(deadline(read, "PLEDGE", item.getString("code") + "/TOWN"), "metOn"));
        });

        // The opinion: numbered, the project accepted on completion, and printed. The pledge kept above changed the
        // case, so the version read before it is stale now.
        api.as("officer1", "POST", "api/acceptances/" + id + "/opinion", ApiClient.json("on", OPINION_ON, "version",
                version(passed))).assertProblem(409);
        JsonObject current = api.as("officer1", "GET", "api/acceptances/" + id, null).assertStatus(200).json();
        JsonObject opinion = api.as("officer1", "POST", "api/acceptances/" + id + "/opinion",
                ApiClient.json("on", OPINION_ON, "version", version(current))).assertStatus(200).json();
        assertEquals("PASSED", opinion.getString("status"));
        assertEquals(OPINION_ON, opinion.getString("opinionOn"));
        String number = opinion.getString("opinionNo");
        assertTrue(number.matches("YS-2026-\\d{4}"), number);
        assertEquals("COMPLETION_ACCEPTED", api.as("officer1", "GET", "api/projects/" + fileNo, null).json().getString("status"));
        String printed = pdf("api/acceptances/" + id + "/opinion.pdf", "investor1");
        assertTrue(printed.contains("建设工程联合竣工验收意见书"), printed);
        assertTrue(printed.contains(number), printed);
        assertTrue(printed.contains(OPINION_ON), printed);
        assertTrue(printed.contains(window(PLAN)), "each department's signature: " + printed);
        if (pledged.isPresent()) {
            assertTrue(printed.contains("容缺通过"), printed);
            assertTrue(printed.contains(builderPledge), "the pledges passed on: " + printed);
        }
        api.as("officer1", "POST", "api/acceptances/" + id + "/withdrawal", ApiClient.json("reason", "撤回"))
                .assertProblem(422);

        JsonObject listed = api.as("leader", "GET", "api/acceptances?status=PASSED&fileNo=" + fileNo, null).assertStatus(200).json();
        assertEquals(1, listed.getInt("total"), listed.toString());
        JsonObject row = listed.getJsonArray("items").getJsonObject(0);
        assertEquals(number, row.getString("opinionNo"));
        assertEquals(row.getInt("items"), row.getInt("itemsSettled"));
        assertEquals(0, api.as("leader", "GET", "api/acceptances?status=RECTIFYING&fileNo=" + fileNo, null).json().getInt("total"));
        assertEquals(1, api.as("investor1", "GET", "api/projects/" + fileNo + "/acceptances", null).assertStatus(200)
                .jsonArray().size());
    }

    // ---------------------------------------------------------------- who may do what

    @Test
    void eachPartySeesAndSignsOnlyItsOwnPart() throws IOException {
        JsonObject acceptance = underInspection();
        long id = id(acceptance);
        String fileNo = acceptance.getString("fileNo");
        String path = "api/acceptances/" + id;
        JsonObject plan = itemOf(acceptance, PLAN);
        JsonObject other = items(acceptance).stream().filter(i -> !i.getString("departmentCode").equals(PLAN)).findFirst()
                .orElseThrow(() -> new AssertionError("a second department's item: " + acceptance));

        // Investors: their own enterprise's case only; another's answers as if it did not exist.
        assertEquals(fileNo, api.as("investor1", "GET", path, null).assertStatus(200).json().getString("fileNo"));
        api.as("investor2", "GET", path, null).assertProblem(404);
        assertEquals(404, api.bytes(path + "/form.pdf", "investor2").statusCode());
        assertEquals(0, api.as("investor2", "GET", "api/acceptances?fileNo=" + fileNo, null).assertStatus(200).json().getInt("total"));
        api.as("investor2", "POST", path + "/pledges", pledge("BUILDER", other, "承诺", TestClock.today().plusDays(30).toString()))
                .assertProblem(404);
        api.as("investor1", "POST", "api/projects/XF-2026-0001/acceptances", application(APPLIED_ON, COMPLETED_ON))
                .assertProblem(404);

        // A department window: the cases it has an item in; signs its own items and no other's.
        String outsider = api.as("officer1", "GET", "api/catalogue/departments", null).jsonArray().getValuesAs(JsonObject.class)
                .stream().map(d -> d.getString("code"))
                .filter(d -> items(acceptance).stream().noneMatch(i -> i.getString("departmentCode").equals(d))).findFirst()
                .orElseThrow();
        api.as(window(outsider), "GET", path, null).assertProblem(404);
        assertEquals(0, api.as(window(outsider), "GET", "api/acceptances?fileNo=" + fileNo, null).json().getInt("total"));
        sign(id, plan.getString("code"), window(other.getString("departmentCode")), verdict("PASSED", INSPECTED_ON))
                .assertProblem(403);
        sign(id, other.getString("code"), window(PLAN), verdict("PASSED", INSPECTED_ON)).assertProblem(403);
        sign(id, plan.getString("code"), "officer1", verdict("PASSED", INSPECTED_ON)).assertProblem(403);
        sign(id, plan.getString("code"), "investor1", verdict("PASSED", INSPECTED_ON)).assertProblem(403);
        String blank = pdf(path + "/form.pdf", window(PLAN));
        assertTrue(blank.contains("□合格"), "an unsigned item has the boxes to tick: " + blank);
        assertTrue(blank.contains("签字：____"), "and a line to sign on: " + blank);
        JsonObject signed = sign(id, plan, verdict("PASSED", INSPECTED_ON)).assertStatus(200).json();
        assertEquals("PASSED", itemOf(signed, PLAN).getString("verdict"));
        assertEquals(window(PLAN), itemOf(signed, PLAN).getString("signedBy"));
        assertNotNull(stringOrNull(itemOf(signed, PLAN), "signedAt"));
        assertEquals(1, api.as(window(PLAN), "GET", "api/acceptances?fileNo=" + fileNo, null).json().getInt("total"));

        // The investor pledges for the builder only; the town's pledge is the office's to record.
        Optional<JsonObject> pledgeable = items(acceptance).stream()
                .filter(i -> !i.getString("departmentCode").equals(PLAN) && firstNonCriticalCheck(i) > 0).findFirst();
        String due = TestClock.today().plusDays(30).toString();
        pledgeable.ifPresent(item -> {
            api.as("investor1", "POST", path + "/pledges", pledge("TOWN", item, "镇政府承诺", due)).assertProblem(403);
            ApiClient.Answer builder = api.as("investor1", "POST", path + "/pledges", pledge("BUILDER", item, "建设单位承诺", due))
                    .assertStatus(201);
            JsonObject pledge = builder.json().getJsonArray("pledges").getJsonObject(0);
            assertEquals("BUILDER", pledge.getString("party"));
            assertEquals("investor1", pledge.getString("signedBy"));
            api.as("investor1", "POST", path + "/pledges", pledge("BUILDER", item, "再次承诺", due)).assertFieldProblem("party");
            api.as("investor1", "POST", path + "/pledges/" + id(pledge) + "/fulfilled", ApiClient.json("on", due))
                    .assertProblem(403);

            // The town of the project signs the local government's pledge, and nothing for the builder; another town
            // does not see the case at all.
            String town = "town-" + acceptance.getString("townCode").toLowerCase(java.util.Locale.ROOT);
            String otherTown = town.equals("town-clz") ? "town-ylz" : "town-clz";
            api.as(town, "POST", path + "/pledges", pledge("BUILDER", item, "代建设单位承诺", due)).assertProblem(403);
            JsonObject towns = api.as(town, "POST", path + "/pledges", pledge("TOWN", item, "区镇督促补齐资料", due))
                    .assertStatus(201).json();
            assertTrue(towns.getJsonArray("pledges").getValuesAs(JsonObject.class).stream()
                    .anyMatch(p -> p.getString("party").equals("TOWN") && p.getString("signedBy").equals(town)));
            assertEquals(fileNo, api.as(town, "GET", path, null).assertStatus(200).json().getString("fileNo"));
            api.as(otherTown, "GET", path, null).assertProblem(404);
            api.as(otherTown, "POST", path + "/pledges", pledge("TOWN", item, "承诺", due)).assertProblem(404);
            assertEquals(0, api.as(otherTown, "GET", "api/acceptances?fileNo=" + fileNo, null).json().getInt("total"));
        });

        assertEquals(fileNo, api.as("admin", "GET", path, null).assertStatus(200).json().getString("fileNo"));

        // A leader reads and prints, and takes no step.
        assertEquals("INSPECTION_SCHEDULED", api.as("leader", "GET", path, null).assertStatus(200).json().getString("status"));
        assertEquals(200, api.bytes(path + "/form.pdf", "leader").statusCode());
        api.as("leader", "POST", path + "/inspection", meeting(REINSPECTION_AT, version(signed))).assertProblem(403);
        api.as("leader", "POST", path + "/pledges", pledge("TOWN", other, "承诺", due)).assertProblem(403);
        sign(id, other.getString("code"), "leader", verdict("PASSED", INSPECTED_ON)).assertProblem(403);
        api.as("leader", "POST", path + "/opinion", ApiClient.json("on", INSPECTED_ON)).assertProblem(403);
        api.as("leader", "POST", "api/projects/" + fileNo + "/acceptances", application(APPLIED_ON, COMPLETED_ON))
                .assertProblem(403);
    }

    /**
     * On site every department signs at the same moment: each signature sees the others', so the one that
     * completes the round puts the case into rectification, whichever it is.
     */
    @Test
    void everyDepartmentSigningAtOnceCompletesTheRound() throws Exception {
        JsonObject acceptance = underInspection();
        long id = id(acceptance);
        List<JsonObject> items = items(acceptance);
        List<ApiClient.Answer> answers = HostileRacesIT.atOnce(items.size(), i -> sign(id, items.get(i), i == items.size() - 1
                ? verdict("RECTIFY", INSPECTED_ON, finding("竣工资料缺少监理签章", 1, 5))
                : verdict("PASSED", INSPECTED_ON)));
        answers.forEach(a -> a.assertStatus(200));
        JsonObject judged = api.as("officer1", "GET", "api/acceptances/" + id, null).assertStatus(200).json();
        assertEquals("RECTIFYING", judged.getString("status"), judged.toString());
        assertTrue(items(judged).stream().allMatch(i -> !i.getString("verdict").equals("PENDING")));
        assertTrue(judged.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals("INSPECTION")).allMatch(d -> stringOrNull(d, "metOn") != null));
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void wrongInputIsRefusedNamingTheFieldAndChangesNothing() {
        JsonObject acceptance = underInspection();
        long id = id(acceptance);
        String fileNo = acceptance.getString("fileNo");
        String path = "api/acceptances/" + id;
        JsonObject plan = itemOf(acceptance, PLAN);

        sign(id, plan, verdict("RECTIFY", INSPECTED_ON)).assertFieldProblem("findings");
        sign(id, plan, verdict("RECTIFY", INSPECTED_ON, finding("问题", 1, 0))).assertFieldProblem("findings[0].withinDays");
        sign(id, plan, verdict("PASSED", INSPECTED_ON, finding("问题", 1, null))).assertFieldProblem("findings");
        sign(id, plan, verdict("PASSED", "2026-11-09")).assertFieldProblem("on");
        // An item the case does not have is a broken rule naming itemCode (422), like any unknown member of a case.
        sign(id, "ACC-NO-SUCH", window(PLAN), verdict("PASSED", INSPECTED_ON)).assertFieldProblem("itemCode");
        assertEquals(400, sign(id, plan, verdict("GOOD", INSPECTED_ON)).status());
        api.as(window(PLAN), "POST", path + "/items/" + plan.getString("code") + "/verdict", "{\"verdict\": \"PASSED\",")
                .assertProblem(400);
        api.as(window(PLAN), "POST", path + "/items/" + plan.getString("code") + "/verdict", "").assertProblem(400);
        JsonObject stale = sign(id, plan, verdict("PASSED", INSPECTED_ON).add("version", version(acceptance) - 1))
                .assertProblem(409);
        assertTrue(stale.getString("detail").contains(String.valueOf(id)), stale.toString());
        api.as("officer1", "GET", path + "x", null).assertProblem(400);
        api.as("officer1", "GET", "api/acceptances/999999999", null).assertProblem(404);
        api.as("officer1", "GET", "api/acceptances?status=DONE", null).assertProblem(400);
        api.as("officer1", "GET", "api/acceptances?size=501", null).assertProblem(400);
        api.as("officer1", "POST", path + "/pre-review", meeting(PRE_REVIEW_AT, null)).assertProblem(422);
        api.as("officer1", "POST", path + "/inspection", ApiClient.json("startsAt", "next Monday")).assertProblem(400);
        api.as("officer1", "POST", path + "/materials/999999999/received", ApiClient.json("on", MATERIALS_ON))
                .assertFieldProblem("materialId");
        JsonObject unchanged = api.as("officer1", "GET", path, null).assertStatus(200).json();
        assertEquals(version(acceptance), version(unchanged));
        assertEquals("PENDING", itemOf(unchanged, PLAN).getString("verdict"));

        // Withdrawn with a reason; nothing more is signed on it, and the project may apply again.
        api.as("investor1", "POST", path + "/withdrawal", ApiClient.json("reason", " ")).assertFieldProblem("reason");
        api.as("investor1", "POST", path + "/withdrawal", ApiClient.json("reason", "补充资料后重新申请", "version",
                version(acceptance) - 1)).assertProblem(409);
        JsonObject withdrawn = api.as("investor1", "POST", path + "/withdrawal", ApiClient.json("reason", "补充资料后重新申请",
                "on", INSPECTED_ON, "version", version(acceptance))).assertStatus(200).json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals(INSPECTED_ON, withdrawn.getString("withdrawnOn"));
        sign(id, plan, verdict("PASSED", INSPECTED_ON)).assertProblem(422);

        String applications = "api/projects/" + fileNo + "/acceptances";
        api.as("officer1", "POST", applications, "{\"scope\":\"PART\",\"contact\":\"王工\"}").assertProblem(400);
        api.as("officer1", "POST", applications, "{\"appliedOn\":\"2026-11-31\",\"scope\":\"WHOLE\"}").assertProblem(400);
        api.as("officer1", "POST", applications, Json.createObjectBuilder().add("appliedOn", APPLIED_ON).add("scope", "PHASE")
                .add("completedOn", COMPLETED_ON).add("contact", "王工").build().toString()).assertFieldProblem("scopeText");
        api.as("officer1", "POST", applications, application("2026-10-30", "2026-10-30")).assertFieldProblem("completedOn");
        api.as("officer1", "POST", applications, application("2026-11-01", COMPLETED_ON)).assertFieldProblem("appliedOn");
        api.as("officer1", "POST", applications, "").assertProblem(400);
        assertEquals(1, api.as("officer1", "GET", applications, null).jsonArray().size(), "only the withdrawn one");
        assertEquals(201, api.as("officer1", "POST", applications, application(APPLIED_ON, COMPLETED_ON)).status());
    }

    // ---------------------------------------------------------------- the configured items

    @Test
    void theItemsAreReadExportedAndReplacedOnlyByAWholeCleanFile() {
        List<JsonObject> items = api.as(window(PLAN), "GET", "api/acceptance-items", null).assertStatus(200).jsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject plan = items.stream().filter(i -> i.getString("departmentCode").equals(PLAN)).findFirst().orElseThrow();
        assertFalse(plan.getJsonArray("checks").isEmpty(), plan.toString());
        assertFalse(plan.getJsonArray("materials").isEmpty(), plan.toString());

        HttpResponse<byte[]> export = api.bytes("api/acceptance-items.csv", "officer1");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), export.headers().toString());
        byte[] csv = export.body();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFcode,name,name_en,department,category,time_limit_days,"), text);
        List<List<String>> rows = ReferenceDataBrowserIT.Csv.parse(text.substring(1));
        assertEquals(items.stream().map(i -> i.getString("code")).toList(), rows.stream().skip(1).map(r -> r.get(0)).toList());

        assertEquals(403, postCsv("officer1", csv, "text/csv").status());
        String broken = rows.stream().map(r -> r.stream().map(AcceptanceApiIT::quoted).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n"))
                .replaceFirst("\"" + PLAN + "\"", "\"NOPE\"") + "\r\n\"ACC-EXTRA\",\"额外\",\"Extra\",\"HUD\",\"\",\"0\","
                + "\"INDUSTRIAL\",\"\",\"检查\",\"材料\",\"\"";
        JsonObject refused = postCsv("admin", broken.getBytes(StandardCharsets.UTF_8), "text/csv").assertProblem(422);
        List<String> where = refused.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        int planLine = rows.stream().skip(1).map(r -> r.get(3)).toList().indexOf(PLAN) + 2;
        assertTrue(where.contains("line " + planLine + ", column department"), where.toString());
        assertTrue(where.contains("line " + (rows.size() + 1) + ", column time_limit_days"), where.toString());
        assertEquals(items, api.as("officer1", "GET", "api/acceptance-items", null).jsonArray().getValuesAs(JsonObject.class),
                "nothing changed");
        assertEquals(415, postCsv("admin", csv, "text/plain").status());

        List<JsonObject> replaced = postCsv("admin", csv, "text/csv").assertStatus(200).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(items, replaced, "the export imported again gives the same items");
    }

    // ---------------------------------------------------------------- helpers

    /** A new project of investor1's enterprise, its plan approved, built and completed on {@link #COMPLETED_ON}. */
    private String completedProject() {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.INVESTOR1_CODE, "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        HostileLedgerIT.approveEveryMatter(api, fileNo);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/tracking", ApiClient.json("type", "START_CONSTRUCTION",
                "on", "2026-08-03")).assertStatus(200);
        JsonObject completed = api.as("officer1", "POST", "api/projects/" + fileNo + "/tracking", ApiClient.json("type",
                "COMPLETE", "on", COMPLETED_ON)).assertStatus(200).json();
        assertEquals("COMPLETED", completed.getString("status"));
        return fileNo;
    }

    /**
     * A case applied for, pre-reviewed at a closed meeting (where the planning bureau asks for one more
     * material), its materials all in, and its joint site inspection scheduled.
     */
    private JsonObject underInspection() {
        String fileNo = completedProject();
        ApiClient.Answer applied = api.as("investor1", "POST", "api/projects/" + fileNo + "/acceptances",
                application(APPLIED_ON, COMPLETED_ON)).assertStatus(201);
        JsonObject acceptance = applied.json();
        long id = id(acceptance);
        assertTrue(applied.header("Location").orElse("").endsWith("/api/acceptances/" + id), applied.describe());
        assertEquals("APPLIED", acceptance.getString("status"));
        assertEquals(fileNo, acceptance.getString("fileNo"));
        assertEquals(workingDaysAfter(APPLIED_ON, 5), acceptance.getString("preReviewDueOn"));
        assertFalse(items(acceptance).isEmpty(), acceptance.toString());
        items(acceptance).forEach(i -> assertEquals("PENDING", i.getString("verdict"), i.toString()));
        assertEquals(items(acceptance).stream().map(i -> i.getString("code")).toList(),
                api.as("officer1", "GET", "api/projects/" + fileNo + "/acceptances/applicable-items", null).jsonArray()
                        .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        JsonObject scheduled = api.as("officer1", "POST", "api/acceptances/" + id + "/pre-review",
                meeting(PRE_REVIEW_AT, version(acceptance))).assertStatus(200).json();
        long meetingId = scheduled.getJsonNumber("preReviewMeetingId").longValue();
        JsonObject meeting = api.as("officer1", "GET", "api/meetings/" + meetingId, null).assertStatus(200).json();
        assertEquals("ACCEPTANCE_PRE_REVIEW", meeting.getString("kind"));
        List<String> invited = meeting.getJsonArray("invitations").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("departmentCode")).toList();
        assertEquals(items(acceptance).stream().map(i -> i.getString("departmentCode")).distinct().sorted().toList(),
                invited.stream().sorted().toList());
        for (String department : invited) {
            api.as("officer1", "POST", "api/meetings/" + meetingId + "/attendance", ApiClient.json("departmentCode", department,
                    "attendance", "PRESENT", "attendee", department + "验收组成员")).assertStatus(200);
            JsonArrayBuilder asked = Json.createArrayBuilder();
            if (department.equals(PLAN)) {
                asked.add("竣工规划核实测量报告（补测）");
            }
            api.as(window(department), "POST", "api/meetings/" + meetingId + "/opinions", Json.createObjectBuilder()
                    .add("projectFileNo", fileNo).add("departmentCode", department).add("verdict", "FEASIBLE")
                    .add("materials", asked).build().toString()).assertStatus(200);
        }
        api.as("officer1", "POST", "api/meetings/" + meetingId + "/close", ApiClient.json("minutes", "验收预审：资料基本齐全。"))
                .assertStatus(200);

        JsonObject preReviewed = api.as("officer1", "GET", "api/acceptances/" + id, null).assertStatus(200).json();
        assertEquals("PRE_REVIEWED", preReviewed.getString("status"));
        assertEquals(PRE_REVIEW_AT.substring(0, 10), preReviewed.getString("preReviewedOn"));
        JsonObject asked = preReviewed.getJsonArray("materials").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("material").equals("竣工规划核实测量报告（补测）")).findFirst()
                .orElseThrow(() -> new AssertionError("the pre-review's material joins the list: " + preReviewed));
        assertEquals(List.of(itemOf(preReviewed, PLAN).getString("code")), asked.getJsonArray("itemCodes")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        api.as("officer1", "POST", "api/acceptances/" + id + "/inspection", meeting(INSPECTION_AT, version(preReviewed)))
                .assertFieldProblem("materials");
        for (JsonObject material : preReviewed.getJsonArray("materials").getValuesAs(JsonObject.class)) {
            api.as("officer1", "POST", "api/acceptances/" + id + "/materials/" + id(material) + "/received",
                    ApiClient.json("on", MATERIALS_ON)).assertStatus(200);
        }
        JsonObject inspection = api.as("officer1", "POST", "api/acceptances/" + id + "/inspection",
                meeting(INSPECTION_AT, version(api.as("officer1", "GET", "api/acceptances/" + id, null).json())))
                .assertStatus(200).json();
        assertEquals("INSPECTION_SCHEDULED", inspection.getString("status"));
        assertEquals(1, inspection.getInt("round"));
        assertEquals(INSPECTION_AT + ":00", inspection.getString("inspectionAt"));
        return inspection;
    }

    private ApiClient.Answer sign(long id, JsonObject item, JsonObjectBuilder verdict) {
        return sign(id, item.getString("code"), window(item.getString("departmentCode")), verdict);
    }

    private ApiClient.Answer sign(long id, String itemCode, String user, JsonObjectBuilder verdict) {
        return api.as(user, "POST", "api/acceptances/" + id + "/items/" + itemCode + "/verdict", verdict.build().toString());
    }

    private static JsonObjectBuilder verdict(String verdict, String on, JsonObjectBuilder... findings) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        List.of(findings).forEach(list::add);
        return Json.createObjectBuilder().add("verdict", verdict).add("on", on).add("findings", list);
    }

    private static JsonObjectBuilder finding(String text, int checkNo, Integer withinDays) {
        JsonObjectBuilder finding = Json.createObjectBuilder().add("text", text).add("checkNo", checkNo);
        return withinDays == null ? finding : finding.add("withinDays", withinDays);
    }

    private static String pledge(String party, JsonObject item, String text, String dueOn) {
        return ApiClient.json("party", party, "itemCode", item.getString("code"), "text", text, "dueOn", dueOn);
    }

    private static String application(String appliedOn, String completedOn) {
        return ApiClient.json("appliedOn", appliedOn, "scope", "WHOLE", "completedOn", completedOn,
                "contact", "建设单位 王工 13800000000");
    }

    private static String meeting(String startsAt, Long version) {
        return ApiClient.json("startsAt", startsAt, "place", "行政服务中心三楼会议室", "version", version);
    }

    /** The department's window account. */
    private static String window(String departmentCode) {
        return "dept-" + departmentCode.toLowerCase(java.util.Locale.ROOT);
    }

    private static List<JsonObject> items(JsonObject acceptance) {
        return acceptance.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The department's first item of the case. */
    private static JsonObject itemOf(JsonObject acceptance, String department) {
        return items(acceptance).stream().filter(i -> i.getString("departmentCode").equals(department)).findFirst()
                .orElseThrow(() -> new AssertionError("no item of " + department + " in " + acceptance));
    }

    private static JsonObject itemOf(JsonObject acceptance, String department, String code) {
        return items(acceptance).stream().filter(i -> i.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + code + " of " + department + " in " + acceptance));
    }

    /** The number of the item's first check that is not critical (a pass on pledge may name it); 0 when all are. */
    private static int firstNonCriticalCheck(JsonObject item) {
        return item.getJsonArray("checks").getValuesAs(JsonObject.class).stream().filter(c -> !c.getBoolean("critical"))
                .mapToInt(c -> c.getInt("no")).findFirst().orElse(0);
    }

    /** The case's time limit of the kind for the subject (an item's finding {@code CODE#id}, a pledge {@code CODE/PARTY}). */
    private static JsonObject deadline(JsonObject acceptance, String kind, String subject) {
        return acceptance.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals(kind) && java.util.Objects.equals(subject, stringOrNull(d, "subject")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " time limit for " + subject + ": "
                        + acceptance.getJsonArray("deadlines")));
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject object) {
        return object.getJsonNumber("version").longValue();
    }

    private String workingDaysAfter(String from, int days) {
        return api.as("officer1", "GET", "api/calendar/add-working-days?from=" + from + "&days=" + days, null)
                .assertStatus(200).json().getString("due");
    }

    /** The PDF's text, after checking that it is one. */
    private String pdf(String path, String user) throws IOException {
        HttpResponse<byte[]> pdf = api.bytes(path, user);
        assertEquals(200, pdf.statusCode(), path);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""), path);
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII), path);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** A document the case does not have yet: 422 naming the field that says why. */
    private void pdfProblem(String path, String user, String field) {
        api.send("GET", path, user, ProjectDeskDeployment.DEMO_PASSWORD, null, Map.of("Accept", "application/pdf"))
                .assertFieldProblem(field);
    }

    private ApiClient.Answer postCsv(String user, byte[] body, String contentType) {
        URI uri = ProjectDeskDeployment.base(injectedBase).resolve("api/acceptance-items");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + ProjectDeskDeployment.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", contentType + "; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiClient.Answer("POST " + uri, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("POST " + uri + " interrupted", e);
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
