package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes on one PostgreSQL database behind HAProxy ({@link Cluster}): the README's "More than one
 * server", tested. Every job fires every five seconds on the cluster; each test leaves both nodes
 * running or the next one starts the missing node again.
 */
class ClusterIT {

    @RegisterExtension
    static final Cluster CLUSTER = new Cluster();

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession("cluster-");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> JOBS = List.of("time-limit-scan", "officer-digest", "mail-outbox", "meeting-reminders",
            "weekly-report");
    private static final String SCAN = "time-limit-scan";

    private final ApiClient balanced = new ApiClient(CLUSTER.base());

    @BeforeEach
    void bothNodesUp() throws Exception {
        CLUSTER.ensureBothUp();
    }

    @Test
    void eachJobFiresOnOneNodeAtATimeAndEveryNoticeMailAndReportIsMadeOnce() throws Exception {
        Set<Long> before = jobRunIds();
        String window = ProjectDeskDeployment.uniqueUsername("land-window");
        String address = window + "@haimen.example";
        balanced.asAdmin("POST", "api/accounts", Json.createObjectBuilder().add("username", window).add("displayName", "国土窗口")
                .add("password", "window-secret-1").add("roles", Json.createArrayBuilder().add("DEPARTMENT"))
                .add("departmentCode", "LAND").add("email", address).build().toString()).assertStatus(201);
        String fileNo = NoticeMailIT.redLandMatter(balanced);
        String startsAt = TestClock.today().plusDays(1) + "T09:30";
        long meeting = balanced.as("officer1", "POST", "api/meetings", Json.createObjectBuilder()
                .add("startsAt", startsAt).add("place", "行政服务中心三楼会议室")
                .add("projects", Json.createArrayBuilder().add(fileNo)).add("departments", Json.createArrayBuilder().add("LAND"))
                .build().toString()).assertStatus(201).json().getJsonNumber("id").longValue();

        // The scan turns the matter red, the reminders job tells of tomorrow's meeting, the outbox mails both.
        // Minutes on a busy machine, where a scan over the kill test's 30,000 seeded matters takes long.
        awaitTrue(Duration.ofMinutes(10), "the window's reminder and meeting reminder mailed, four runs of every job", () -> {
            List<String> subjects = subjects(mailsTo(address));
            return subjects.contains("【项目服务台】催办 " + fileNo) && subjects.size() >= 2
                    && JOBS.stream().allMatch(job -> runs(job, before).stream().filter(JobRunRow::finished).count() >= 4);
        }, () -> "mailed " + subjects(mailsTo(address)) + "; finished runs " + JOBS.stream().collect(java.util.stream.Collectors
                .toMap(job -> job, job -> runs(job, before).stream().filter(JobRunRow::finished).count())));

        try (Connection db = CLUSTER.database()) {
            assertEquals(2, count(db, "SELECT count(*) FROM qrtz_scheduler_state"), "both nodes' schedulers are in the cluster");
        }
        Set<String> nodes = new HashSet<>();
        for (String job : JOBS) {
            List<JobRunRow> runs = runs(job, before).stream().filter(JobRunRow::finished).toList();
            for (int i = 1; i < runs.size(); i++) {
                assertFalse(runs.get(i).startedAt().isBefore(runs.get(i - 1).finishedAt()),
                        job + ": a run began before the one before it had ended: " + runs);
            }
            assertTrue(runs.stream().allMatch(r -> "SUCCESS".equals(r.outcome())), job + ": " + runs);
            long seconds = Duration.between(runs.get(0).startedAt(), runs.get(runs.size() - 1).startedAt()).toSeconds();
            assertTrue(runs.size() <= seconds / 5 + 2, job + ": " + runs.size() + " runs in " + seconds + " s of a five-second schedule");
            runs.forEach(r -> nodes.add(r.node()));
        }
        System.out.println("ClusterIT: the jobs ran on " + nodes);

        // Not by subject: the demo's meeting tomorrow, at the same hour, gives a reminder with the same subject.
        try (Connection db = CLUSTER.database()) {
            awaitTrue(Duration.ofSeconds(30), "the outbox empties", () -> count(db,
                    "SELECT count(*) FROM notification WHERE recipient = ? AND email_state = 'PENDING'", window) == 0);
            assertEquals(count(db, "SELECT count(*) FROM notification WHERE recipient = ? AND email_state = 'SENT'", window),
                    mailsTo(address).size(), "one e-mail for each of the window's notices");
            // The demo data may hold a meeting tomorrow with LAND invited too: its reminder is another notice.
            assertEquals(1, count(db, "SELECT count(*) FROM notification WHERE recipient = ? AND kind = 'MEETING_REMINDER'"
                    + " AND source_key = ?", window, "reminder:" + meeting + "@" + startsAt), "one reminder of the meeting made here");
            // What each run reports it made is there once: a second maker would have met the unique keys and failed.
            assertEquals(reported(db, "officer-digest", " digests"), count(db, "SELECT count(*) FROM notification WHERE kind = 'DIGEST'"));
            assertEquals(reported(db, "meeting-reminders", " reminders"),
                    count(db, "SELECT count(*) FROM notification WHERE kind = 'MEETING_REMINDER'"));
            assertEquals(1, count(db, "SELECT count(*) FROM job_run WHERE job_name = 'weekly-report' AND message LIKE '% made'"
                    + " AND message NOT LIKE '% already made'"), "last week's report is made by one run");
            LocalDate lastWeek = TestClock.today().minusWeeks(1);
            String week = lastWeek.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", lastWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            assertEquals(1, count(db, "SELECT count(*) FROM weekly_report WHERE iso_week = ?", week));
        }
    }

    @Test
    void aScanWhoseNodeIsKilledIsRecoveredByTheOtherNodeAndCompletesOnce() throws Exception {
        balanced.asAdmin("POST", "api/admin/jobs/" + SCAN + "/pause", null).assertStatus(200);
        try {
            awaitNoRunOf(SCAN);
            String prefix = seedOpenMatters();
            Set<Long> before = jobRunIds();
            Set<Long> scansBefore = ids("SELECT id FROM supervision_scan");

            CompletableFuture<HttpResponse<String>> pressed = HTTP.sendAsync(post(CLUSTER.a.base(), "api/admin/jobs/" + SCAN + "/run"),
                    HttpResponse.BodyHandlers.ofString());
            JobRunRow running = await(Duration.ofSeconds(60), "the scan to start",
                    () -> runs(SCAN, before).stream().filter(r -> r.requestId() != null).findFirst().orElse(null));
            ClusterNode victim = CLUSTER.named(running.node());
            ClusterNode survivor = CLUSTER.other(victim);
            Thread.sleep(1_500);
            assertFalse(runs(SCAN, before).get(0).finished(), "the scan must still run when its node dies: seed more matters");
            victim.kill();
            pressed.handle((answer, failure) -> null);

            // Recovery begins within about 15 s; the recovered first scan of the seeded matters took 4 minutes on a busy machine.
            JobRunRow recovered = await(Duration.ofMinutes(15), "the other node to run the killed firing again", () -> runs(SCAN, before)
                    .stream().filter(r -> r.finished() && running.requestId().equals(r.requestId())).findFirst().orElse(null));
            assertEquals(survivor.name, recovered.node());
            assertEquals("SUCCESS", recovered.outcome(), recovered.toString());
            assertEquals(2, runs(SCAN, before).size(), "the killed run and its recovery, nothing else: " + runs(SCAN, before));

            try (Connection db = CLUSTER.database()) {
                List<Long> scans = new ArrayList<>(ids("SELECT id FROM supervision_scan"));
                scans.removeAll(scansBefore);
                assertEquals(1, scans.size(), "one scan committed: the killed one left nothing");
                long scan = scans.get(0);
                long notices = count(db, "SELECT notices FROM supervision_scan WHERE id = ?", scan);
                assertTrue(notices > 1000, "the seeded red and yellow matters were judged: " + notices);
                assertEquals(survivor.name, string(db, "SELECT node FROM supervision_scan WHERE id = ?", scan));
                assertEquals(notices, count(db, "SELECT count(*) FROM notification n JOIN project p ON p.id = n.project_id"
                        + " WHERE p.file_no LIKE ?", prefix + "%"), "every notice the scan counted is there, once");
                assertEquals(0, count(db, "SELECT count(*) FROM approval_matter m JOIN project p ON p.id = m.project_id"
                        + " WHERE p.file_no LIKE ? AND m.due_on < ? AND coalesce(m.alert_level, 0) < 2", prefix + "%", TestClock.today()),
                        "every overdue seeded matter is red");
            }
        } finally {
            CLUSTER.ensureBothUp();
            balanced.asAdmin("POST", "api/admin/jobs/" + SCAN + "/resume", null).assertStatus(200);
        }
    }

    @Test
    void runNowPressedOnBothNodesAtOnceRunsTheScanOnce() throws Exception {
        balanced.asAdmin("POST", "api/admin/jobs/" + SCAN + "/pause", null).assertStatus(200);
        try (Connection lock = CLUSTER.database()) {
            awaitNoRunOf(SCAN);
            Set<Long> before = jobRunIds();
            Map<ClusterNode, Long> logged = new HashMap<>();
            for (ClusterNode node : CLUSTER.nodes()) {
                logged.put(node, Files.size(node.serverLog()));
            }
            // The scan takes its turn on the settings row: held here, the first press's run waits until both
            // presses have reached their nodes, however slowly a busy machine hands them on.
            lock.setAutoCommit(false);
            try (Statement hold = lock.createStatement()) {
                hold.execute("SELECT id FROM supervision_settings FOR UPDATE");
            }
            List<CompletableFuture<HttpResponse<String>>> presses = CLUSTER.nodes().stream()
                    .map(node -> HTTP.sendAsync(post(node.base(), "api/admin/jobs/" + SCAN + "/run"), HttpResponse.BodyHandlers.ofString()))
                    .toList();
            awaitTrue(Duration.ofSeconds(120), "both nodes to take the press", () -> CLUSTER.nodes().stream().allMatch(node -> {
                try (var log = Files.newInputStream(node.serverLog())) {
                    log.skipNBytes(logged.get(node));
                    return new String(log.readAllBytes(), StandardCharsets.UTF_8).contains("Job " + SCAN + " run now by admin");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
            lock.rollback();

            List<JsonObject> answers = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> press : presses) {
                HttpResponse<String> answer = press.join();
                assertEquals(200, answer.statusCode(), answer.body());
                answers.add(Json.createReader(new StringReader(answer.body())).readObject());
            }
            assertEquals(answers.get(0), answers.get(1), "both presses answer with the same run");
            List<JobRunRow> runs = runs(SCAN, before);
            assertEquals(1, runs.size(), "one run for the two presses: " + runs);
        } finally {
            balanced.asAdmin("POST", "api/admin/jobs/" + SCAN + "/resume", null).assertStatus(200);
        }
    }

    @Test
    void aCalendarYearImportedOnOneNodeIsUsedByTheOtherWithinItsRecheck() throws Exception {
        ApiClient b = new ApiClient(CLUSTER.b.base());
        String asked = "api/calendar/add-working-days?from=2036-10-03&days=1";
        ApiClient.Answer before = b.get(asked, "officer1", DEMO_PASSWORD);
        assertTrue(before.status() == 422 || !before.json().getString("due").equals("2036-10-04"),
                "before: 2036 is beyond the provisional years (422), or counted on the law's holidays: " + before.describe());

        Browser browser = BROWSER.browser().at(CLUSTER.a.base());
        browser.forgetCookies();
        browser.open("reference/calendar.xhtml");
        browser.signIn("admin", DEMO_PASSWORD);
        browser.chooseFile("upload:file_input", fixture("reference/calendar-2036.csv"));
        browser.clickAndWaitForPage("upload:preview");
        browser.visible("importPreview:summary");
        browser.clickAndWaitForPage("importPreview:apply");
        JsonObject onA = new ApiClient(CLUSTER.a.base()).get(asked, "officer1", DEMO_PASSWORD).json();
        assertEquals("2036-10-04", onA.getString("due"), "the importing node counts with it at once");

        long started = System.nanoTime();
        awaitTrue(Duration.ofSeconds(45), "node-b counting with the imported 2036 as node-a does (the years between stay provisional on both)",
                () -> {
                    ApiClient.Answer answer = b.get(asked, "officer1", DEMO_PASSWORD);
                    return answer.status() == 200 && answer.json().equals(onA);
                });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(35)) < 0, "within the 30-second recheck: " + took);
    }

    /** Sign-in is kept in memory on each node (SignedInAccounts): another node's change is seen within 10 s. */
    @Test
    void anAccountDisabledOnOneNodeIsRefusedByTheOtherWithinItsKeptTime() throws Exception {
        ApiClient a = new ApiClient(CLUSTER.a.base());
        ApiClient b = new ApiClient(CLUSTER.b.base());
        String username = ProjectDeskDeployment.uniqueUsername("kept-leader");
        JsonObject created = a.createAccount(username, "Soon Disabled", "secret-1", "LEADER");
        b.get("api/me", username, "secret-1").assertStatus(200);
        a.asAdmin("PUT", "api/accounts/" + created.getJsonNumber("id").longValue(), Json.createObjectBuilder()
                .add("version", created.getJsonNumber("version").longValue()).add("enabled", false).build().toString())
                .assertStatus(200);
        a.get("api/me", username, "secret-1").assertProblem(401);

        long started = System.nanoTime();
        awaitTrue(Duration.ofSeconds(40), "node-b refusing the account disabled on node-a",
                () -> b.get("api/me", username, "secret-1").status() == 401);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "within SignedInAccounts.LONGEST_KEPT (10 s): " + took);
    }

    @Test
    void anUploadStoredByOneNodeIsDownloadedFromTheOther() throws Exception {
        ApiClient a = new ApiClient(CLUSTER.a.base());
        long referral = a.as("town-clz", "POST", "api/referrals", Json.createObjectBuilder().add("enterpriseName", "海门常乐精工机械有限公司")
                .add("creditCode", "91320684MA1N7Q2K5Q").add("projectName", "常乐镇双节点测试项目" + RANDOM.nextInt(1000))
                .add("investment", 42000).add("industry", "装备制造").add("landStatus", "IN_TRANSFER").add("contactName", "陆建华")
                .add("contactPhone", "0513-8291 0000").build().toString()).assertStatus(201).json().getJsonNumber("id").longValue();
        byte[] pdf = ("%PDF-1.4\n% stored on node-a " + RANDOM.nextLong() + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> stored = HTTP.send(HttpRequest.newBuilder(CLUSTER.a.base().resolve("api/referrals/" + referral + "/attachments"))
                .header("Authorization", basic("town-clz")).header("Content-Type", "application/octet-stream")
                .header("Accept", "application/json")
                .header("X-Filename", URLEncoder.encode("项目简介.pdf", StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, stored.statusCode(), stored.body());
        long attachment = Json.createReader(new StringReader(stored.body())).readObject().getJsonNumber("id").longValue();

        HttpResponse<byte[]> downloaded = new ApiClient(CLUSTER.b.base())
                .bytes("api/referrals/" + referral + "/attachments/" + attachment, "officer1");
        assertEquals(200, downloaded.statusCode());
        assertArrayEquals(pdf, downloaded.body(), "node-b reads what node-a stored, from the shared folder");
    }

    /** What the balancer's health check (or a monitor) reads: each node ready, each with its own clustered scheduler. */
    @Test
    void eachNodeIsReadyWithItsOwnSchedulerCheckingIntoTheCluster() throws Exception {
        Set<String> instances = new HashSet<>();
        for (ClusterNode node : CLUSTER.nodes()) {
            HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(node.management().resolve("health/ready"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, ready.statusCode(), node.name + ": " + ready.body());
            JsonObject scheduler = Json.createReader(new StringReader(ready.body())).readObject().getJsonArray("checks")
                    .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("scheduler")).findFirst()
                    .orElseThrow(() -> new AssertionError(node.name + " has no scheduler check: " + ready.body()));
            assertEquals("UP", scheduler.getString("status"), scheduler.toString());
            assertTrue(scheduler.getJsonObject("data").getBoolean("clustered"), scheduler.toString());
            assertTrue(scheduler.getJsonObject("data").containsKey("lastCheckIn"), "checks into the shared job store: " + scheduler);
            instances.add(scheduler.getJsonObject("data").getString("instance"));
        }
        assertEquals(2, instances.size(), "each node is its own scheduler instance: " + instances);
    }

    @Test
    void aUserWhoseNodeDiesSignsInAgainOnTheOtherAndContinuesToThePageAsked() throws Exception {
        Browser browser = BROWSER.browser().at(CLUSTER.base());
        browser.forgetCookies();
        browser.open("projects/list.xhtml");
        browser.signIn("officer1", DEMO_PASSWORD);
        assertEquals("/projects/list.xhtml", browser.pathAndQuery());
        String first = browser.cookie("PDNODE");
        assertNotNull(first, "the balancer pins the session to a node");
        browser.open("inbox.xhtml");
        assertEquals("/inbox.xhtml", browser.pathAndQuery(), "the session holds on its node");

        CLUSTER.named(first).kill();
        browser.open("projects/list.xhtml");
        assertEquals("/login.xhtml?continue=" + URLEncoder.encode("/projects/list.xhtml", StandardCharsets.UTF_8), browser.pathAndQuery(),
                "the other node has no session: the user is asked to sign in");
        browser.signIn("officer1", DEMO_PASSWORD);
        assertEquals("/projects/list.xhtml", browser.pathAndQuery(), "and continues where they were going");
        assertEquals(CLUSTER.other(CLUSTER.named(first)).name, browser.cookie("PDNODE"));
        browser.open("inbox.xhtml");
        assertEquals("/inbox.xhtml", browser.pathAndQuery());
    }

    // ---------------------------------------------------------------- helpers

    /**
     * 1,500 projects in approval with 20 running matters each, ids from the application's sequences, due
     * from 87 days before the test day to 52 after it, never judged: the first scan over them takes seconds.
     * Returns the prefix of their file numbers.
     */
    private static String seedOpenMatters() throws SQLException {
        String prefix = "KL" + (10 + RANDOM.nextInt(90)) + "-";
        LocalDate today = TestClock.today();
        try (Connection db = CLUSTER.database()) {
            db.setAutoCommit(false);
            try (PreparedStatement projects = db.prepareStatement("""
                    INSERT INTO project (id, version, file_no, project_code, name, enterprise_id, investment, industry, project_type,
                                         town_code, land_status, officer, status, intake_on, catalogue_version, created_by,
                                         created_at, green_channel)
                    SELECT nextval('project_seq'), 0, ? || lpad(g::text, 6, '0'),
                           '2026-320684-' || lpad((g % 90 + 10)::text, 2, '0') || '-05-' || lpad((? * 10000 + g)::text, 6, '0'),
                           '集群测试项目' || g, (SELECT min(id) FROM enterprise), (g % 500 + 1) * 100, '制造业', 'INDUSTRIAL',
                           (SELECT min(code) FROM town), 'HELD', 'officer2', 'IN_APPROVAL', CAST(? AS DATE) - 120, 1, 'cluster-test',
                           now(), 'NONE'
                    FROM generate_series(1, 1500) AS g""");
                 PreparedStatement matters = db.prepareStatement("""
                    INSERT INTO approval_matter (id, version, project_id, category_code, category_name, department_code,
                                                 statutory_days, promised_days, green_channel_days, status, case_type,
                                                 filed_by_agent, accepted_on, clock_started_on, due_on, statutory_due_on, last_event_on)
                    SELECT nextval('approval_matter_seq'), 0, p.id, c.code, c.name, c.department_code, c.statutory_days,
                           greatest(c.promised_days, 3), least(c.green_channel_days, greatest(c.promised_days, 3)),
                           CASE WHEN (p.id + c.n) % 2 = 0 THEN 'ACCEPTED' ELSE 'IN_REVIEW' END, c.default_case_type, true,
                           CAST(? AS DATE) - 90, CAST(? AS DATE) - 90,
                           CAST(? AS DATE) - 87 + ((p.id / 50 * 7 + c.n) % 140)::int,
                           CAST(? AS DATE) + 40, CAST(? AS DATE) - 90
                    FROM project p
                    CROSS JOIN (SELECT (row_number() OVER (ORDER BY code))::int AS n, * FROM approval_category
                                WHERE catalogue_version_id = (SELECT id FROM catalogue_version WHERE version_number = 1)
                                ORDER BY code LIMIT 20) AS c
                    WHERE p.file_no LIKE ?""")) {
                projects.setString(1, prefix);
                projects.setInt(2, 10 + RANDOM.nextInt(89));
                projects.setObject(3, today);
                projects.executeUpdate();
                for (int i = 1; i <= 5; i++) {
                    matters.setObject(i, today);
                }
                matters.setString(6, prefix + "%");
                matters.executeUpdate();
            }
            db.commit();
            try (Statement analyze = db.createStatement()) {
                db.setAutoCommit(true);
                analyze.execute("ANALYZE project");
                analyze.execute("ANALYZE approval_matter");
            }
        }
        return prefix;
    }

    /** Until no node executes the job (a killed node's unfinished job_run rows stay; the job store knows). */
    private static void awaitNoRunOf(String job) throws Exception {
        try (Connection db = CLUSTER.database()) {
            awaitTrue(Duration.ofSeconds(120), "no " + job + " running", () -> count(db,
                    "SELECT count(*) FROM qrtz_fired_triggers WHERE job_name = ? AND state = 'EXECUTING'", job) == 0);
        }
    }

    /** One job's runs not among {@code before}, in the order they began. */
    private static List<JobRunRow> runs(String job, Set<Long> before) {
        try (Connection db = CLUSTER.database();
             PreparedStatement query = db.prepareStatement("SELECT id, node, request_id, started_at, finished_at, outcome, message"
                     + " FROM job_run WHERE job_name = ? ORDER BY started_at, id")) {
            query.setString(1, job);
            List<JobRunRow> runs = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (!before.contains(rows.getLong(1))) {
                        runs.add(new JobRunRow(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getObject(4, OffsetDateTime.class), rows.getObject(5, OffsetDateTime.class), rows.getString(6),
                                rows.getString(7)));
                    }
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<Long> jobRunIds() throws SQLException {
        return ids("SELECT id FROM job_run");
    }

    private static Set<Long> ids(String sql) throws SQLException {
        try (Connection db = CLUSTER.database(); Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            Set<Long> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }

    /** The sum of what a job's runs say they made ("3 digests"). */
    private static long reported(Connection db, String job, String suffix) throws SQLException {
        long sum = 0;
        try (PreparedStatement query = db.prepareStatement("SELECT message FROM job_run WHERE job_name = ? AND outcome = 'SUCCESS'")) {
            query.setString(1, job);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String message = rows.getString(1);
                    assertTrue(message.endsWith(suffix), job + ": " + message);
                    sum += Long.parseLong(message.substring(0, message.length() - suffix.length()).strip());
                }
            }
        }
        return sum;
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        return Long.parseLong(string(db, sql, parameters));
    }

    /** The first column of the first row. */
    private static String string(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private List<MimeMessage> mailsTo(String address) {
        return CLUSTER.mails().stream().filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream().map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList());
    }

    private static HttpRequest post(URI node, String path) {
        return HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofMinutes(6)).header("Authorization", basic("admin"))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ClusterIT.class.getResource("/" + name).toURI());
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private interface Probe<T> {
        T value() throws Exception;
    }

    private static void awaitTrue(Duration timeout, String what, Check check) throws Exception {
        await(timeout, what, () -> check.holds() ? Boolean.TRUE : null);
    }

    /** As {@link #awaitTrue(Duration, String, Check)}, saying on a timeout what {@code state} found last. */
    private static void awaitTrue(Duration timeout, String what, Check check, Probe<String> state) throws Exception {
        try {
            awaitTrue(timeout, what, check);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + state.value(), e);
        }
    }

    private static <T> T await(Duration timeout, String what, Probe<T> probe) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.value();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what);
            }
            Thread.sleep(500);
        }
    }

    /** A row of job_run as the nodes wrote it. */
    record JobRunRow(long id, String node, String requestId, OffsetDateTime startedAt, OffsetDateTime finishedAt, String outcome,
            String message) {

        boolean finished() {
            return finishedAt != null;
        }
    }
}
