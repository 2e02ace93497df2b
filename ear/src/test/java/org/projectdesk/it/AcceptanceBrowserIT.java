package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Joint completion acceptance in a headless Chromium: an officer applies from the service file,
 * schedules the pre-review (the meeting is closed over REST as set-up), records the materials received
 * and schedules the site inspection; then the planning bureau's window, on a tablet-sized window,
 * signs its own item on the combined form with a rectification finding, and is offered no signature on
 * another department's item. The list of acceptances pages through many cases. Screenshots:
 * target/screenshots/acceptance-*.png.
 *
 * <p>The acceptance's days lie in November 2026, before any day the build may take for today (the
 * window signs on today); the project is investor1's, its plan approved and completed on 2 November.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AcceptanceBrowserIT {

    private static final String DEMO_PASSWORD = "demo123";
    private static final String COMPLETED_ON = "2026-11-02";
    private static final String APPLIED_ON = "2026-11-03";
    private static final String PLAN = "PLAN";
    /** The town the many cases of the list test are in (四甲镇), so that the list can be narrowed to them. */
    private static final String TOWN = "SJZ";
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("failed-acceptance-");

    @ArquillianResource
    URL injectedBase;

    private ApiClient api;
    private URI base;

    @BeforeAll
    static void useTheSessionsBrowser() {
        browser = SESSION.browser();
    }

    @BeforeEach
    void newSession() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
        browser.at(base).forgetCookies();
        browser.resize(1280, 900);
    }

    @Test
    void anOfficerRunsTheCaseToTheInspectionAndThePlanningWindowSignsItsItemOnATablet() {
        String fileNo = completedProject(b -> { });

        // The officer applies from the service file.
        browser.open("projects/file.xhtml?fileNo=" + fileNo);
        browser.signIn("officer1", DEMO_PASSWORD);
        assertTrue(browser.present(By.cssSelector("[id='shell:menu'] a[href$='/acceptance/list.xhtml']")), "the menu's entry");
        assertEquals("本项目尚未申请联合竣工验收。", browser.driver.findElement(
                By.cssSelector("[id='acceptances:cases'] .ui-datatable-empty-message")).getText());
        browser.typeDate("acceptances:appliedOn_input", APPLIED_ON);
        browser.typeDate("acceptances:completedOn_input", COMPLETED_ON);
        browser.type("acceptances:contact", "建设单位 王工 13800000000");
        browser.clickAndWaitForPage("acceptances:apply");
        assertTrue(browser.pathAndQuery().startsWith("/acceptance/case.xhtml?id="), browser.pathAndQuery());
        long id = Long.parseLong(browser.pathAndQuery().substring("/acceptance/case.xhtml?id=".length()));
        assertTrue(browser.text("case:messages").contains("联合竣工验收申请已受理。"), browser.text("case:messages"));
        assertEquals("已受理，待预审", browser.text("case:status"));
        assertEquals("联合竣工验收 " + fileNo, title());
        assertEquals("预审应于" + workingDaysAfter(APPLIED_ON, 5) + "前完成。", browser.text("preReviewState"));
        JsonObject applied = acceptance(id);
        List<JsonObject> items = applied.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(items.size(), browser.driver.findElements(By.cssSelector(".pd-acc-item")).size(), "one block an item");
        assertTrue(items.stream().anyMatch(i -> i.getString("departmentCode").equals(PLAN)), items.toString());
        assertFalse(browser.present(By.cssSelector("[id$=':sign']")), "the office signs no verdict");

        // The pre-review meeting, scheduled on the page, held (closed) over REST.
        browser.type("case:preReviewPlace", "行政服务中心三楼会议室");
        browser.typeDate("case:preReviewStartsAt_input", "2026-11-05 09:00");
        browser.clickAjax("case:schedulePreReview");
        assertTrue(browser.text("case:messages").contains("预审会已安排，已通知各相关部门。"), browser.text("case:messages"));
        assertEquals("打开会议", browser.text("case:preReviewMeeting"));
        closePreReview(acceptance(id));

        browser.open("acceptance/case.xhtml?id=" + id);
        assertEquals("已预审，待现场验收", browser.text("case:status"));
        assertEquals("已于2026-11-05召开预审会。 打开会议", browser.text("preReviewState"));

        // The materials, each recorded received; then the one joint site inspection.
        browser.typeDate("case:receivedOn_input", "2026-11-06");
        int materials = browser.tableTexts("case:materials").size();
        assertTrue(materials > 1, "a list of materials: " + materials);
        for (int n = 0; n < materials; n++) {
            browser.clickAjax(browser.driver.findElement(By.cssSelector("[id^='case:materials:'][id$=':receive']")).getAttribute("id"));
            assertTrue(browser.text("case:messages").contains("材料已登记收到。"), browser.text("case:messages"));
        }
        for (List<String> row : browser.tableTexts("case:materials")) {
            assertEquals("已收到 2026-11-06 李明", row.get(2), row.toString());
        }
        browser.type("case:inspectionPlace", "项目现场");
        browser.typeDate("case:inspectionStartsAt_input", "2026-11-10 09:00");
        browser.clickAjax("case:scheduleInspection");
        assertTrue(browser.text("case:messages").contains("现场验收已安排，已通知各相关部门。"), browser.text("case:messages"));
        assertEquals("现场验收中", browser.text("case:status"));
        assertEquals("第1轮现场验收：2026-11-10 09:00 打开会议", browser.text("inspectionState"));
        browser.screenshot("acceptance-office");

        // The planning bureau's window at a tablet's 1024 × 768.
        browser.forgetCookies();
        browser.resize(1024, 768);
        browser.open("acceptance/case.xhtml?id=" + id);
        browser.signIn("dept-plan", DEMO_PASSWORD);
        assertEquals("现场验收中", browser.text("case:status"));
        assertFalse(browser.overflowsHorizontally(), "the form fits a tablet's width");
        JsonObject plan = items.stream().filter(i -> i.getString("departmentCode").equals(PLAN)).findFirst().orElseThrow();
        List<WebElement> signButtons = browser.driver.findElements(By.cssSelector("[id$=':sign']"));
        assertEquals(items.stream().filter(i -> i.getString("departmentCode").equals(PLAN)).count(), signButtons.size(),
                "a signature on the planning bureau's items only");
        for (JsonObject other : items) {
            if (!other.getString("departmentCode").equals(PLAN)) {
                assertFalse(browser.present(By.cssSelector("[data-item='" + other.getString("code") + "'] [id$=':sign']")),
                        "no signature on " + other.getString("code"));
            }
        }
        String item = browser.driver.findElement(By.cssSelector("[data-item='" + plan.getString("code") + "'] [id$=':verdictChoice']"))
                .getAttribute("id").replaceFirst(":verdictChoice$", "");
        List<JsonObject> checks = plan.getJsonArray("checks").getValuesAs(JsonObject.class);
        assertTrue(checks.stream().anyMatch(c -> c.getBoolean("critical")) && checks.stream().anyMatch(c -> !c.getBoolean("critical")),
                "the planning item has critical and other checks: " + checks);
        String criticalMark = browser.driver.findElement(By.cssSelector("[data-item='" + plan.getString("code") + "'] .pd-critical"))
                .getText();
        assertEquals("涉及质量安全", criticalMark);

        // A pass on pledge offers only the checks that concern neither quality nor safety …
        chooseVerdict(item, 1);
        assertEquals(checks.stream().filter(c -> !c.getBoolean("critical")).map(c -> String.valueOf(c.getInt("no"))).toList(),
                checkOptions(item));
        assertFalse(browser.present(By.id(item + ":rows:0:days")), "a pledge has no working days to put it right");
        // … a rectification every check, with its working days.
        chooseVerdict(item, 2);
        assertEquals(checks.stream().map(c -> String.valueOf(c.getInt("no"))).toList(), checkOptions(item));
        browser.type(item + ":rows:0:text", "建筑面积超出规划许可");
        JsonObject critical = checks.stream().filter(c -> c.getBoolean("critical")).findFirst().orElseThrow();
        browser.selectFromMenu(item + ":rows:0:check", critical.getInt("no") + ".");
        browser.type(item + ":rows:0:days", "5");
        browser.screenshot("acceptance-tablet-form");
        browser.clickAjax(item + ":sign");

        assertTrue(browser.text("case:messages").contains("验收意见已登记并签字。"), browser.text("case:messages"));
        WebElement block = browser.driver.findElement(By.cssSelector("[data-item='" + plan.getString("code") + "']"));
        assertEquals("限期整改", block.findElement(By.cssSelector("[id$=':verdict']")).getText());
        String today = TestClock.today().toString();
        String signed = block.findElement(By.cssSelector("[id$=':signed']")).getText();
        assertTrue(signed.startsWith("签字：规划局窗口　" + today + " "), signed);
        assertEquals("建筑面积超出规划许可 · 检查项" + critical.getInt("no") + " · 5个工作日，" + workingDaysAfter(today, 5)
                + "前完成 · 待整改", block.findElement(By.cssSelector(".pd-acc-findings li")).getText());
        assertFalse(browser.present(By.cssSelector("[data-item='" + plan.getString("code") + "'] [id$=':sign']")),
                "signed: no signature offered again");
        assertFalse(browser.overflowsHorizontally(), "still no sideways scrolling");

        // Upright, the same tablet's 768 × 1024.
        browser.resize(768, 1024);
        browser.open("acceptance/case.xhtml?id=" + id);
        assertFalse(browser.overflowsHorizontally(), "the form fits a tablet held upright");
        List<List<String>> deadlines = browser.tableTexts("case:deadlines");
        assertTrue(deadlines.contains(List.of("限期整改 " + plan.getString("code") + " · 建筑面积超出规划许可", "5",
                workingDaysAfter(today, 5), "绿灯")), "the finding's time limit, five working days ahead: " + deadlines);
        browser.screenshot("acceptance-tablet-upright");

        JsonObject read = acceptance(id);
        JsonObject judged = read.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals(plan.getString("code"))).findFirst().orElseThrow();
        assertEquals("RECTIFY", judged.getString("verdict"));
        assertEquals("dept-plan", judged.getString("signedBy"));
        assertEquals(1, judged.getJsonArray("findings").size());
    }

    @Test
    void theListPagesThroughManyCasesAndReadsInEnglishToo() {
        // One project approved through the API; its ledger rows, imported again under new codes, make the others.
        String first = completedProject(b -> b.add("town", TOWN));
        List<List<String>> rows = ledgerRows(first);
        int others = 22;
        List<String> codes = new ArrayList<>();
        List<List<String>> ledger = new ArrayList<>();
        ledger.add(LEDGER_COLUMNS);
        for (int n = 0; n < others; n++) {
            String code = ServiceFileApiIT.projectCode();
            codes.add(code);
            for (List<String> row : rows) {
                List<String> copy = new ArrayList<>(row);
                copy.set(0, "");
                copy.set(1, code);
                ledger.add(copy);
            }
        }
        HttpResponse<String> imported = postLedger(ReferenceDataBrowserIT.Csv.write(ledger).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.statusCode(), imported.body());

        // Every case applied for on its own day, so that the list's order (newest first) is known.
        List<String> fileNos = new ArrayList<>();
        fileNos.add(first);
        for (String code : codes) {
            String fileNo = api.as("officer1", "GET", "api/projects?search=" + code, null).assertStatus(200).json()
                    .getJsonArray("items").getJsonObject(0).getString("fileNo");
            api.as("officer1", "POST", "api/projects/" + fileNo + "/tracking", ApiClient.json("type", "START_CONSTRUCTION",
                    "on", "2026-08-03")).assertStatus(200);
            fileNos.add(fileNo);
        }
        LocalDate day = LocalDate.parse(APPLIED_ON);
        List<String> appliedOn = new ArrayList<>();
        for (String fileNo : fileNos) {
            api.as("officer1", "POST", "api/projects/" + fileNo + "/acceptances", ApiClient.json("appliedOn", day.toString(),
                    "scope", "WHOLE", "completedOn", COMPLETED_ON, "contact", "建设单位 王工 13800000000")).assertStatus(201);
            appliedOn.add(day.toString());
            day = day.plusDays(1);
        }

        browser.open("acceptance/list.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
        assertEquals("竣工验收", title());
        browser.selectFromMenu("acceptances:town", "四甲镇");
        List<List<String>> shown = new ArrayList<>();
        shown.addAll(browser.tableTexts("acceptances:table"));
        assertEquals(20, shown.size(), "the first page");
        while (browser.present(By.cssSelector("[id='acceptances:table_paginator_bottom'] .ui-paginator-next:not(.ui-state-disabled)"))) {
            String before = browser.tableTexts("acceptances:table").get(0).get(0);
            browser.driver.findElement(By.cssSelector("[id='acceptances:table_paginator_bottom'] .ui-paginator-next")).click();
            browser.waitForAjax();
            browser.waitUntil(d -> !browser.tableTexts("acceptances:table").get(0).get(0).equals(before));
            shown.addAll(browser.tableTexts("acceptances:table"));
        }
        List<List<String>> ours = shown.stream().filter(r -> fileNos.stream().anyMatch(f -> r.get(0).startsWith(f + " "))).toList();
        assertEquals(fileNos.size(), ours.size(), "every case once, over the pages");
        int last = fileNos.size() - 1;
        // Newest first: the last applied for leads, the first closes the list.
        for (int position : List.of(0, last / 2, last)) {
            int n = last - position;
            JsonObject project = api.as("officer1", "GET", "api/projects/" + fileNos.get(n), null).assertStatus(200).json();
            int items = api.as("officer1", "GET", "api/projects/" + fileNos.get(n) + "/acceptances", null).assertStatus(200)
                    .jsonArray().getJsonObject(0).getInt("items");
            assertEquals(List.of(fileNos.get(n) + " " + project.getString("name"), "四甲镇", "已受理，待预审", appliedOn.get(n),
                    workingDaysAfter(appliedOn.get(n), 5) + " 红灯", "0/" + items, ""), ours.get(position),
                    "row " + position + " of " + ours.size());
        }
        browser.screenshot("acceptance-list");

        // The same list in English.
        browser.clickAndWaitForPage("shell:language");
        assertEquals("Completion acceptances", title());
        assertEquals("Applied, pre-review due", browser.tableTexts("acceptances:table").get(0).get(2));
    }

    @Test
    void anAdministratorSeesTheItemsAndAFileWithProblemsChangesNothing() throws java.io.IOException {
        HttpResponse<byte[]> exported = api.bytes("api/acceptance-items.csv", "admin");
        assertEquals(200, exported.statusCode());
        String text = new String(exported.body(), StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>(ReferenceDataBrowserIT.Csv.parse(text.startsWith("\uFEFF") ? text.substring(1) : text));
        int items = rows.size() - 1;
        List<String> second = new ArrayList<>(rows.get(1));
        second.set(0, "bad code");
        rows.set(1, second);
        List<String> third = new ArrayList<>(rows.get(2));
        third.set(3, "NOWHERE");
        rows.set(2, third);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("acceptance-items-", ".csv");
        java.nio.file.Files.writeString(file, ReferenceDataBrowserIT.Csv.write(rows), StandardCharsets.UTF_8);

        browser.open("reference/acceptance-items.xhtml");
        browser.signIn("admin", DEMO_PASSWORD);
        assertEquals("竣工验收事项", title());
        assertEquals("共" + items + "项验收事项", browser.text("items:count"));
        assertEquals(items, browser.tableTexts("items:table").size());
        browser.chooseFile("upload:file_input", file);
        browser.clickAndWaitForPage("upload:import");
        assertTrue(browser.text("items:messages").contains(file.getFileName() + "有2个问题，未作任何更改。"), browser.text("items:messages"));
        assertEquals(List.of(List.of("2", "code", "“BAD CODE”不是事项代码（大写字母、数字和-，最多20位）"),
                List.of("3", "department", "不存在部门“NOWHERE”")), browser.tableTexts("upload:problems"));
        assertEquals("共" + items + "项验收事项", browser.text("items:count"), "nothing changed");
        java.nio.file.Files.delete(file);
    }

    // ---------------------------------------------------------------- set-up over REST

    private static final List<String> LEDGER_COLUMNS = List.of("file_no", "project_code", "project_name", "enterprise_name",
            "credit_code", "type", "town", "land_status", "investment", "officer", "intake_on", "category", "matter_status",
            "accepted_on", "decided_on", "document_no", "external_due_on", "simulated_on", "simulated_document_no",
            "step_on", "note", "suspension", "pledge", "procedure_type", "land_held_on");

    /** A new project of investor1's enterprise, its plan approved, built and completed on {@link #COMPLETED_ON}. */
    private String completedProject(java.util.function.Consumer<jakarta.json.JsonObjectBuilder> change) {
        String fileNo = api.as("officer1", "POST", "api/projects", ServiceFileApiIT.intake(ServiceFileApiIT.projectCode(),
                ServiceFileApiIT.INVESTOR1_CODE, "INDUSTRIAL", change)).assertStatus(201).json().getString("fileNo");
        HostileLedgerIT.approveEveryMatter(api, fileNo);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/tracking", ApiClient.json("type", "START_CONSTRUCTION",
                "on", "2026-08-03")).assertStatus(200);
        api.as("officer1", "POST", "api/projects/" + fileNo + "/tracking", ApiClient.json("type", "COMPLETE",
                "on", COMPLETED_ON)).assertStatus(200);
        return fileNo;
    }

    /** The project's rows of the exported ledger. */
    private List<List<String>> ledgerRows(String fileNo) {
        HttpResponse<byte[]> csv = api.bytes("api/projects/ledger.csv", "officer1");
        assertEquals(200, csv.statusCode());
        byte[] bytes = csv.body();
        List<List<String>> ledger = ReferenceDataBrowserIT.Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(LEDGER_COLUMNS, ledger.get(0));
        return ledger.stream().skip(1).filter(r -> r.get(0).equals(fileNo)).toList();
    }

    /** The pre-review meeting held: every department present, each giving its opinion, the meeting closed. */
    private void closePreReview(JsonObject acceptance) {
        long meetingId = acceptance.getJsonNumber("preReviewMeetingId").longValue();
        JsonObject meeting = api.as("officer1", "GET", "api/meetings/" + meetingId, null).assertStatus(200).json();
        for (JsonObject invitation : meeting.getJsonArray("invitations").getValuesAs(JsonObject.class)) {
            String department = invitation.getString("departmentCode");
            api.as("officer1", "POST", "api/meetings/" + meetingId + "/attendance", ApiClient.json("departmentCode", department,
                    "attendance", "PRESENT", "attendee", department + "验收组成员")).assertStatus(200);
            JsonArrayBuilder asked = Json.createArrayBuilder();
            api.as("dept-" + department.toLowerCase(Locale.ROOT), "POST", "api/meetings/" + meetingId + "/opinions",
                    Json.createObjectBuilder().add("projectFileNo", acceptance.getString("fileNo")).add("departmentCode", department)
                            .add("verdict", "FEASIBLE").add("materials", asked).build().toString()).assertStatus(200);
        }
        api.as("officer1", "POST", "api/meetings/" + meetingId + "/close", ApiClient.json("minutes", "验收预审：资料基本齐全。"))
                .assertStatus(200);
    }

    /** The ledger CSV imported by officer1 (all or nothing). */
    private HttpResponse<String> postLedger(byte[] csv) {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(base.resolve("api/projects/ledger"))
                .timeout(java.time.Duration.ofSeconds(120))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("officer1:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", "text/csv; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonObject acceptance(long id) {
        return api.as("officer1", "GET", "api/acceptances/" + id, null).assertStatus(200).json();
    }

    private String workingDaysAfter(String from, int days) {
        return api.as("officer1", "GET", "api/calendar/add-working-days?from=" + from + "&days=" + days, null)
                .assertStatus(200).json().getString("due");
    }

    // ---------------------------------------------------------------- the combined form

    /** Clicks the verdict's radio button (0 passed, 1 on pledge, 2 rectification, 3 not applicable) and waits for the form. */
    private void chooseVerdict(String item, int index) {
        browser.driver.findElement(By.cssSelector("label[for='" + item + ":verdictChoice:" + index + "']")).click();
        browser.waitForAjax();
        browser.visible(item + ":rows:0:text");
    }

    /** The page's heading. */
    private String title() {
        return browser.driver.findElement(By.cssSelector("h1.pd-title")).getText().strip();
    }

    /** The check numbers the first finding row's check menu offers (its "no particular check" left out). */
    private List<String> checkOptions(String item) {
        return browser.driver.findElements(By.cssSelector("[id='" + item + ":rows:0:check_input'] option")).stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
    }
}
