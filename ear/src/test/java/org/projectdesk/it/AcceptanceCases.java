package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;

/**
 * Joint completion acceptance cases set up over REST as the office and the departments' windows make them
 * (as in {@link AcceptanceApiIT}): a project of investor1's enterprise taken in on 2026-06-01, its plan
 * approved, built and completed on 2026-11-02; applied for by the investor on 2026-11-03; pre-reviewed at a
 * closed meeting on 2026-11-05; every material received on 2026-11-06; inspected on 2026-11-10, where the
 * first items of the form fail with one finding each and the rest pass. Every day lies before any day the
 * build may take for today.
 */
final class AcceptanceCases {

    static final String COMPLETED_ON = "2026-11-02";
    static final String APPLIED_ON = "2026-11-03";
    static final String INSPECTED_ON = "2026-11-10";
    /** What each failed item's finding says, in the form's order, and its working days. */
    static final List<String> FINDINGS = List.of("消防通道宽度不足4米", "雨污管网未按图施工", "档案资料缺竣工图");
    static final List<Integer> WITHIN_DAYS = List.of(5, 10, 15);

    private AcceptanceCases() {
    }

    /** A completed project of investor1's enterprise, ready to apply; its file number. */
    static String completedProject(ApiClient api) {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.INVESTOR1_CODE, "INDUSTRIAL", b -> { })).assertStatus(201).json().getString("fileNo");
        HostileLedgerIT.approveEveryMatter(api, fileNo);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/tracking", ApiClient.json("type", "START_CONSTRUCTION",
                "on", "2026-08-03")).assertStatus(200);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/tracking", ApiClient.json("type", "COMPLETE",
                "on", COMPLETED_ON)).assertStatus(200);
        return fileNo;
    }

    /**
     * A case in rectification: the first {@code failing} items of the form each with one finding of
     * {@link #FINDINGS} ({@link #WITHIN_DAYS} working days), the other items passed. Returns the case as read.
     */
    static JsonObject rectifying(ApiClient api, int failing) {
        String fileNo = completedProject(api);
        JsonObject applied = api.as("investor1", "POST", "api/projects/" + fileNo + "/acceptances", ApiClient.json(
                "appliedOn", APPLIED_ON, "scope", "WHOLE", "completedOn", COMPLETED_ON, "contact", "建设单位 王工 13800000000"))
                .assertStatus(201).json();
        long id = id(applied);
        long meeting = api.as("officer1", "POST", "api/acceptances/" + id + "/pre-review",
                meeting("2026-11-05T09:00", version(applied))).assertStatus(200).json().getJsonNumber("preReviewMeetingId").longValue();
        List<String> departments = items(applied).stream().map(i -> i.getString("departmentCode")).distinct().toList();
        for (String department : departments) {
            api.as("officer1", "POST", "api/meetings/" + meeting + "/attendance", ApiClient.json("departmentCode", department,
                    "attendance", "PRESENT", "attendee", department + "验收组成员")).assertStatus(200);
            api.as(window(department), "POST", "api/meetings/" + meeting + "/opinions", Json.createObjectBuilder()
                    .add("projectFileNo", fileNo).add("departmentCode", department).add("verdict", "FEASIBLE")
                    .add("materials", Json.createArrayBuilder()).build().toString()).assertStatus(200);
        }
        api.as("officer1", "POST", "api/meetings/" + meeting + "/close", ApiClient.json("minutes", "验收预审：资料齐全。"))
                .assertStatus(200);
        JsonObject preReviewed = read(api, id);
        assertEquals("PRE_REVIEWED", preReviewed.getString("status"), preReviewed.toString());
        for (JsonObject material : preReviewed.getJsonArray("materials").getValuesAs(JsonObject.class)) {
            api.as("officer1", "POST", "api/acceptances/" + id + "/materials/" + id(material) + "/received",
                    ApiClient.json("on", "2026-11-06")).assertStatus(200);
        }
        api.as("officer1", "POST", "api/acceptances/" + id + "/inspection", meeting("2026-11-10T09:00", version(read(api, id))))
                .assertStatus(200);
        List<JsonObject> items = items(applied);
        assertTrue(items.size() > failing, "the form has more than " + failing + " items: " + items);
        for (int n = 0; n < items.size(); n++) {
            JsonObject item = items.get(n);
            var verdict = Json.createObjectBuilder().add("on", INSPECTED_ON);
            if (n < failing) {
                verdict.add("verdict", "RECTIFY").add("findings", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("text", FINDINGS.get(n)).add("withinDays", WITHIN_DAYS.get(n))));
            } else {
                verdict.add("verdict", "PASSED").add("findings", Json.createArrayBuilder());
            }
            api.as(window(item.getString("departmentCode")), "POST", "api/acceptances/" + id + "/items/" + item.getString("code")
                    + "/verdict", verdict.build().toString()).assertStatus(200);
        }
        JsonObject rectifying = read(api, id);
        assertEquals("RECTIFYING", rectifying.getString("status"), rectifying.toString());
        return rectifying;
    }

    /** The case's findings of the current round, in the form's order. */
    static List<JsonObject> findings(JsonObject acceptance) {
        return items(acceptance).stream().flatMap(i -> i.getJsonArray("findings").getValuesAs(JsonObject.class).stream())
                .filter(f -> f.getInt("round") == acceptance.getInt("round")).toList();
    }

    /** The department of the item the finding is on. */
    static String departmentOf(JsonObject acceptance, JsonObject finding) {
        return items(acceptance).stream().filter(i -> i.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> id(f) == id(finding))).findFirst().orElseThrow().getString("departmentCode");
    }

    static JsonObject read(ApiClient api, long id) {
        return api.as("officer1", "GET", "api/acceptances/" + id, null).assertStatus(200).json();
    }

    static List<JsonObject> items(JsonObject acceptance) {
        return acceptance.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The department's window account. */
    static String window(String departmentCode) {
        return "dept-" + departmentCode.toLowerCase(Locale.ROOT);
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject object) {
        return object.getJsonNumber("version").longValue();
    }

    private static String meeting(String startsAt, long version) {
        return ApiClient.json("startsAt", startsAt, "place", "行政服务中心三楼会议室", "version", version);
    }
}
