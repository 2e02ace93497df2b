package org.projectdesk.supervision.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.greenchannel.boundary.GreenChannels;
import org.projectdesk.greenchannel.boundary.ProjectEvent;
import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.project.entity.StopReason;
import org.projectdesk.scheduling.boundary.JobRunView;
import org.projectdesk.scheduling.boundary.JobView;
import org.projectdesk.scheduling.boundary.Jobs;
import org.projectdesk.scheduling.control.JobScheduler;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.servicefile.boundary.TrackingStep;
import org.projectdesk.shared.control.Database;
import org.projectdesk.shared.control.DatabaseKind;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.supervision.entity.Notification;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsLandWindow;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;
import org.projectdesk.testing.MovableClock;

/**
 * The time-limit scan on a real server and database: the lights it stores agree with the rule the
 * service file applies, each change of light is notified once whatever reruns, and the green
 * channel's simulated approvals convert and halt as the law wants.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionIT {

    private static final String ENTERPRISE = "91320684MA1X4L8D5J";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("supervision-test", AsAdmin.class, AsOfficer.class, AsDirector.class,
                AsLandWindow.class, MovableClock.class);
    }

    @Inject
    ServiceFiles files;

    @Inject
    Matters matters;

    @Inject
    GreenChannels greenChannels;

    @Inject
    Supervision supervision;

    @Inject
    Jobs jobs;

    @Inject
    JobScheduler scheduler;

    @Inject
    Accounts accounts;

    @Inject
    TimeLimitLights lights;

    @Inject
    Notices notices;

    @Inject
    org.projectdesk.servicefile.boundary.Ledgers ledgers;

    @Inject
    org.projectdesk.calendar.boundary.WorkingDayCalendar calendar;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    AsDirector director;

    @Inject
    AsLandWindow landWindow;

    @Inject
    Inbox inbox;

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    /** The server's clock: today is test.today (arquillian.xml), whatever the real date. */
    @Inject
    Clock clock;

    @Inject
    MovableClock movableClock;

    private LocalDate today;
    private String officerName;

    @BeforeEach
    void peopleToNotify() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        officerName = open("officer", Role.OFFICER, null);
        open("director", Role.DIRECTOR, null);
        open("leader", Role.LEADER, null);
        open("land", Role.DEPARTMENT, "LAND");
    }

    private String open(String prefix, Role role, String department) throws Exception {
        String name = prefix + "-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(name, "测试" + prefix, "secret-1", Set.of(role), department, null, null,
                name + "@example.test")));
        return name;
    }

    private ServiceFileView takeIn(LandStatus land, LocalDate on) throws Exception {
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        return officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("江海精密钢丝有限公司",
                ENTERPRISE, "施工", "0513-8220 0000"), "精密钢丝三期", code, new BigDecimal("52000"), "金属制品",
                ProjectType.INDUSTRIAL, "HMKFQ", land, null, null, officerName, on)));
    }

    /** A project whose filing was approved 60 days ago and whose land matter has run for 40: long overdue, red. */
    private ServiceFileView landLongOverdue(String filingDocument) throws Exception {
        ServiceFileView file = takeIn(LandStatus.HELD, today.minusDays(60));
        step(file.fileNo(), "DRC-01", accept(today.minusDays(60)));
        step(file.fileNo(), "DRC-01", approve(today.minusDays(60), filingDocument));
        step(file.fileNo(), "LAND-01", accept(today.minusDays(40)));
        return file;
    }

    private MatterView step(String fileNo, String category, MatterEvent event) throws Exception {
        return officer.call(() -> matters.record(fileNo, category, event));
    }

    private static MatterEvent accept(LocalDate on) {
        return new MatterEvent.Accept(on, null, null, true, null);
    }

    private static MatterEvent approve(LocalDate on, String document) {
        return new MatterEvent.Approve(on, null, document);
    }

    private static MatterEvent issueSimulated(LocalDate on, String document) {
        return new MatterEvent.IssueSimulated(on, null, document, "以土地证为准", "投资方书面承诺承担风险");
    }

    private static MatterEvent convertSimulated(LocalDate on, String document) {
        return new MatterEvent.ConvertSimulated(on, null, document);
    }

    /** The file's notices but the one telling its officer, who did not take it in themselves, that it is theirs. */
    private List<Notification> notices(String fileNo) {
        return em.createQuery("select n from Notification n, Project p where p.id = n.projectId and p.fileNo = :f"
                        + " and n.kind <> :assigned order by n.id", Notification.class)
                .setParameter("f", fileNo).setParameter("assigned", NoticeKind.OFFICER_ASSIGNED).getResultList();
    }

    private List<Matter> mattersOf(String fileNo) {
        em.clear();
        return em.createQuery("select m from Matter m, Project p where p.id = m.projectId and p.fileNo = :f",
                Matter.class).setParameter("f", fileNo).getResultList();
    }

    @Test
    void theScanStoresForEveryRunningMatterTheLightTheServiceFileShows() throws Exception {
        ServiceFileView file = landLongOverdue("海发改备〔2026〕1号");
        step(file.fileNo(), "EIC-01", accept(today));                   // just started
        step(file.fileNo(), "WATER-01", accept(today.minusDays(3)));
        step(file.fileNo(), "QUAKE-01", accept(today));                 // done on the spot, due today

        ScanReport report = supervision.scan();

        assertTrue(report.running() >= 4);
        for (Matter m : mattersOf(file.fileNo())) {
            MatterLight expected = lights.of(m);
            assertEquals(expected.light() == null ? null : expected.level(), m.getAlertLevel(), m.getCategoryCode());
        }
        Matter land = mattersOf(file.fileNo()).stream().filter(m -> m.getCategoryCode().equals("LAND-01")).findFirst().orElseThrow();
        assertEquals(3, land.getAlertLevel(), "red long enough for the leadership");
        Matter quake = mattersOf(file.fileNo()).stream().filter(m -> m.getCategoryCode().equals("QUAKE-01")).findFirst().orElseThrow();
        assertEquals(0, quake.getAlertLevel(), "an immediate matter on its day is green, not a warning");
        assertEquals(Integer.valueOf(2), em.createQuery("select p.lightLevel from Project p where p.fileNo = :f", Integer.class)
                .setParameter("f", file.fileNo()).getSingleResult(), "the project takes its worst matter's light");
        assertTrue(officer.call(() -> supervision.warnings(Light.RED, 0, 5000)).stream()
                .anyMatch(w -> w.projectFileNo().equals(file.fileNo()) && w.categoryCode().equals("LAND-01")
                        && w.remainingWorkingDays() < -3));
    }

    @Test
    void theScanWritesAProjectAgainOnlyWhenItsLightChanges() throws Exception {
        ServiceFileView file = landLongOverdue("海发改备〔2026〕9号");
        String unlit = projectRowVersion(file.fileNo());

        supervision.scan();
        String red = projectRowVersion(file.fileNo());
        step(file.fileNo(), "EIC-01", accept(today));
        String stepped = projectRowVersion(file.fileNo());
        ScanReport greenMatter = supervision.scan();

        assertEquals(Integer.valueOf(0), mattersOf(file.fileNo()).stream().filter(m -> m.getCategoryCode().equals("EIC-01"))
                .findFirst().orElseThrow().getAlertLevel(), "the matter accepted today was lit green");
        assertTrue(greenMatter.changes() >= 1);
        assertEquals(Integer.valueOf(2), em.createQuery("select p.lightLevel from Project p where p.fileNo = :f", Integer.class)
                .setParameter("f", file.fileNo()).getSingleResult(), "a green matter leaves the project red");
        if (database.kind() == DatabaseKind.POSTGRESQL) {
            assertNotEquals(unlit, red, "the first scan lit the project: its row was written");
            assertEquals(stepped, projectRowVersion(file.fileNo()), "the project's light did not change: its row was not written");
        }
    }

    /** The transaction that last wrote the project's row, on PostgreSQL; null elsewhere. */
    private String projectRowVersion(String fileNo) {
        if (database.kind() != DatabaseKind.POSTGRESQL) {
            return null;
        }
        return (String) em.createNativeQuery("SELECT CAST(xmin AS VARCHAR) FROM project WHERE file_no = :f")
                .setParameter("f", fileNo).getSingleResult();
    }

    @Test
    void eachChangeOfLightIsNotifiedOnceEvenWhenTheScanRunsAgainAfterARestart() throws Exception {
        ServiceFileView file = landLongOverdue("海发改备〔2026〕2号");

        supervision.scan();
        Map<NoticeKind, Long> first = notices(file.fileNo()).stream()
                .collect(Collectors.groupingBy(Notification::getKind, Collectors.counting()));
        long departments = count("select count(a) from Account a join a.roles r where r = :role and a.enabled = true"
                + " and a.departmentCode = 'LAND'", Role.DEPARTMENT);
        assertEquals(departments + 1, first.get(NoticeKind.REMINDER), "the land department's windows and the officer");
        assertEquals(count("select count(a) from Account a join a.roles r where r = :role and a.enabled = true", Role.DIRECTOR)
                        + count("select count(a) from Account a join a.roles r where r = :role and a.enabled = true"
                                + " and a.townCode = 'HMKFQ'", Role.TOWN),
                first.get(NoticeKind.SUPERVISION), "the director, and the staff of the project's town");
        assertEquals(count("select count(a) from Account a join a.roles r where r = :role and a.enabled = true", Role.LEADER),
                first.get(NoticeKind.LEADERSHIP));
        assertTrue(notices(file.fileNo()).stream().allMatch(n -> n.getLight() == Light.RED && "LAND-01".equals(n.getCategoryCode())
                && "LAND".equals(n.getDepartmentCode())), "each notice names the matter's category and department");

        supervision.scan();
        scheduler.restart();
        JobRunView rerun = admin.call(() -> jobs.runNow(TimeLimitScanJob.NAME));

        assertNotNull(rerun, "run now waits for the run to end");
        assertEquals("SUCCESS", rerun.outcome(), rerun.message());
        assertEquals(first, notices(file.fileNo()).stream()
                .collect(Collectors.groupingBy(Notification::getKind, Collectors.counting())), "nothing sent twice");
        JobView scan = admin.call(() -> jobs.list()).stream().filter(j -> j.name().equals(TimeLimitScanJob.NAME))
                .findFirst().orElseThrow();
        assertEquals("SUCCESS", scan.lastOutcome());
        assertNotNull(scan.nextFire());
        assertNotNull(scan.lastDurationMillis());
    }

    @Test
    void twoScansAtOnceAsOnTwoNodesSendEachNoticeOnce() throws Exception {
        ServiceFileView file = landLongOverdue("海发改备〔2026〕3号");

        var first = java.util.concurrent.CompletableFuture.supplyAsync(supervision::scan, executor);
        var second = java.util.concurrent.CompletableFuture.supplyAsync(supervision::scan, executor);
        ScanReport a = first.get(60, java.util.concurrent.TimeUnit.SECONDS);
        ScanReport b = second.get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertTrue(a.changes() == 0 || b.changes() == 0, "the scans took turns: " + a + " " + b);
        Map<String, Long> perRecipientAndKind = notices(file.fileNo()).stream()
                .collect(Collectors.groupingBy(n -> n.getRecipient() + " " + n.getKind(), Collectors.counting()));
        assertTrue(perRecipientAndKind.values().stream().allMatch(c -> c == 1), perRecipientAndKind.toString());
        assertTrue(perRecipientAndKind.containsKey(officerName + " REMINDER"));
    }

    @Test
    void eachOfficerGetsOneDigestAWorkingDayWhateverRerunsAndNoneOnADayOff() throws Exception {
        ServiceFileView file = takeIn(LandStatus.HELD, today.minusDays(60));
        step(file.fileNo(), "DRC-01", accept(today.minusDays(60)));
        supervision.scan();
        // Whichever day test.today is, the digest is tried on the next day off and on the next working day.
        LocalDate dayOff = today.plusDays(1);
        while (calendar.isWorkingDay(dayOff)) {
            dayOff = dayOff.plusDays(1);
        }
        LocalDate workingDay = calendar.addWorkingDays(today, 1);

        int sentOnDayOff;
        try {
            movableClock.moveTo(dayOff);
            sentOnDayOff = notices.sendDailyDigests();
            movableClock.moveTo(workingDay);
            notices.sendDailyDigests();
            notices.sendDailyDigests();
        } finally {
            movableClock.reset();
        }

        List<Notification> digests = em.createQuery("select n from Notification n where n.recipient = :r and n.kind = :k",
                Notification.class).setParameter("r", officerName).setParameter("k", NoticeKind.DIGEST).getResultList();
        assertEquals(0, sentOnDayOff, "no digest on " + dayOff + ", a day off");
        assertEquals(1, digests.size(), "one digest on " + workingDay + ", though sent twice: " + digests);
        assertEquals("digest:" + workingDay, digests.get(0).getSourceKey());
        assertEquals("projects=1;yellow=0;red=1;conversion=0", digests.get(0).getBody(), "DRC-01 is overdue since its day");
        assertEquals("您负责的1个在办项目中：黄灯事项0项，红灯事项1项，超期未转正的模拟审批0项。",
                NoticeText.of(new NoticeView(1, NoticeKind.DIGEST, null, null, null, null, null, digests.get(0).getBody(),
                        digests.get(0).getCreatedAt(), false), java.util.Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aSimulatedApprovalNotConvertedInTimeIsFlaggedAndItsOfficerToldOnce() throws Exception {
        ServiceFileView file = takeIn(LandStatus.IN_TRANSFER, today.minusDays(40));
        officer.call(() -> {
            greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.PROPOSE_GREEN_CHANNEL, "省重大项目", null, null));
            return null;
        });
        director.call(() -> {
            greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.GRANT_GREEN_CHANNEL, "同意", null, null));
            return null;
        });
        step(file.fileNo(), "DRC-01", accept(today.minusDays(40)));
        step(file.fileNo(), "DRC-01", approve(today.minusDays(40), "海发改备〔2026〕4号"));
        step(file.fileNo(), "EIC-01", accept(today.minusDays(39)));
        step(file.fileNo(), "EIC-01", issueSimulated(today.minusDays(38), "模拟节能审查第3号"));
        var before = admin.call(() -> supervision.settings());
        admin.call(() -> supervision.changeSettings(before.getVersion(), before.getYellowDays(), before.getYellowPercent(),
                before.getLeadershipAfterDays(), before.getGreenWindowFrom(), before.getGreenWindowTo(), 10));
        try {
            supervision.scan();
            supervision.scan();
        } finally {
            var changed = admin.call(() -> supervision.settings());
            admin.call(() -> supervision.changeSettings(changed.getVersion(), before.getYellowDays(), before.getYellowPercent(),
                    before.getLeadershipAfterDays(), before.getGreenWindowFrom(), before.getGreenWindowTo(),
                    before.getConversionDays()));
        }

        Matter eic = mattersOf(file.fileNo()).stream().filter(m -> m.getCategoryCode().equals("EIC-01")).findFirst().orElseThrow();
        assertTrue(eic.isConversionOverdue(), "more than 10 working days since 38 days ago");
        List<Notification> told = notices(file.fileNo()).stream().filter(n -> n.getKind() == NoticeKind.CONVERSION_DUE).toList();
        assertEquals(1, told.size(), "told once, though scanned twice");
        assertEquals(officerName, told.get(0).getRecipient());
        assertEquals("EIC-01", told.get(0).getCategoryCode());
    }

    private long count(String jpql, Role role) {
        return em.createQuery(jpql, Long.class).setParameter("role", role).getSingleResult();
    }

    @Test
    void onlyTheDirectorGrantsTheGreenChannelAndTheMattersThenRunOnTheirGreenLimits() throws Exception {
        ServiceFileView file = takeIn(LandStatus.IN_TRANSFER, today.minusDays(10));
        step(file.fileNo(), "WATER-01", accept(today.minusDays(1)));
        officer.call(() -> {
            greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.PROPOSE_GREEN_CHANNEL, "省重大项目", null, null));
            return null;
        });
        List<Notification> proposal = notices(file.fileNo()).stream().filter(n -> n.getKind() == NoticeKind.GREEN_PROPOSAL).toList();
        assertEquals(count("select count(distinct a) from Account a join a.roles r where r = :role and a.enabled = true", Role.DIRECTOR),
                proposal.size(), "every director is told of the proposal, nobody else");
        assertTrue(proposal.stream().allMatch(n -> n.getBody().equals("省重大项目")), "with the officer's reason");

        // In the test's own transaction the refusal arrives wrapped; over REST it is a 403 (ear tests).
        assertThrows(jakarta.ejb.EJBException.class, () -> officer.call(() -> {
            greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.GRANT_GREEN_CHANNEL, "同意", null, null));
            return null;
        }));
        assertEquals("reason", assertThrows(RuleViolation.class, () -> director.call(() -> {
            greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.GRANT_GREEN_CHANNEL, " ", null, null));
            return null;
        })).field());
        director.call(() -> {
            greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.GRANT_GREEN_CHANNEL, "列入绿色通道", null, null));
            return null;
        });

        ServiceFileView granted = officer.call(() -> files.file(file.fileNo()));
        assertEquals(GreenChannelStatus.GRANTED, granted.greenChannel().status());
        assertEquals("列入绿色通道", granted.greenChannel().decisionReason());
        MatterView water = granted.matters().stream().filter(m -> m.categoryCode().equals("WATER-01")).findFirst().orElseThrow();
        assertTrue(water.greenChannel());
        assertEquals(2, water.limitDays());
        assertEquals(today.minusDays(1), granted.greenWindow().firstAcceptedOn());
        assertEquals(18, granted.greenWindow().fromDays());
        assertEquals(22, granted.greenWindow().toDays());
        assertTrue(granted.criticalPathDays() < 30, "simulatable matters run beside the land: " + granted.criticalPathDays());
        assertEquals(List.of("GRANT_GREEN_CHANNEL", "PROPOSE_GREEN_CHANNEL"),
                granted.history().stream().limit(2).map(a -> a.action()).toList());
    }

    @Test
    void theScanStoresTheGreenChannelProjectLightTheServiceFileShows() throws Exception {
        // Three green-channel projects whose running matter is itself green: the window alone decides.
        String red = greenProject(today.minusDays(45), null);           // ~31 working days used of 22
        String yellow = greenProject(today.minusDays(14), 25);          // running matter due after the window
        String green = greenProject(today.minusDays(3), null);

        supervision.scan();

        Map<String, Integer> expected = Map.of(red, 2, yellow, 1, green, 0);
        for (var project : expected.entrySet()) {
            ServiceFileView file = officer.call(() -> files.file(project.getKey()));
            assertTrue(file.matters().stream().filter(m -> m.light() != null).allMatch(m -> m.light() == Light.GREEN),
                    "only the window lights " + project.getKey());
            assertEquals(project.getValue(), file.light() == null ? null : file.light().level(), "the file's light");
            assertEquals(project.getValue(), em.createQuery("select p.lightLevel from Project p where p.fileNo = :f",
                    Integer.class).setParameter("f", project.getKey()).getSingleResult(), "the light the scan stored");
        }
    }

    /**
     * A green-channel project first accepted on {@code firstAccepted} (DRC-01, decided at once) with
     * LAND-01 running since today, due {@code dueAfterFirst} working days after the first acceptance
     * (as a suspension would move it) or on its own green limit.
     */
    private String greenProject(LocalDate firstAccepted, Integer dueAfterFirst) throws Exception {
        ServiceFileView file = takeIn(LandStatus.HELD, firstAccepted);
        step(file.fileNo(), "DRC-01", accept(firstAccepted));
        step(file.fileNo(), "DRC-01", approve(firstAccepted, "海发改备〔2026〕" + file.fileNo()));
        step(file.fileNo(), "LAND-01", accept(today));
        officer.call(() -> {
            greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.PROPOSE_GREEN_CHANNEL, "省重大项目", null, null));
            return null;
        });
        director.call(() -> {
            greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.GRANT_GREEN_CHANNEL, "列入绿色通道", null, null));
            return null;
        });
        if (dueAfterFirst != null) {
            LocalDate due = calendar.addWorkingDays(firstAccepted, dueAfterFirst);
            admin.call(() -> em.createQuery("update Matter m set m.dueOn = :due where m.categoryCode = 'LAND-01'"
                    + " and m.projectId = (select p.id from Project p where p.fileNo = :f)")
                    .setParameter("due", due).setParameter("f", file.fileNo()).executeUpdate());
        }
        return file.fileNo();
    }

    @Test
    void simulatedApprovalsConvertOnceTheLandIsHeldAndABrokenPledgeHaltsWhatStandsOnThem() throws Exception {
        ServiceFileView file = takeIn(LandStatus.IN_TRANSFER, today.minusDays(20));
        officer.call(() -> {
            greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.PROPOSE_GREEN_CHANNEL, "省重大项目", null, null));
            return null;
        });
        director.call(() -> {
            greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.GRANT_GREEN_CHANNEL, "同意", null, null));
            return null;
        });
        LocalDate day = today.minusDays(19);
        for (String formal : List.of("DRC-01", "LAND-01", "PLAN-01")) {
            step(file.fileNo(), formal, accept(day));
            step(file.fileNo(), formal, approve(day, formal + "-正式"));
        }
        for (String simulated : List.of("PLAN-02", "PLAN-03", "FIRE-01")) {
            step(file.fileNo(), simulated, accept(day.plusDays(1)));
            MatterView issued = step(file.fileNo(), simulated, issueSimulated(day.plusDays(2), simulated + "-模拟"));
            assertEquals(MatterStatus.SIMULATED, issued.status());
            assertEquals(MatterView.Approval.SIMULATED, issued.approval());
        }
        RuleViolation notYet = assertThrows(RuleViolation.class,
                () -> step(file.fileNo(), "PLAN-02", convertSimulated(day.plusDays(3), "建规字001")));
        assertEquals("matter.simulated.landNotHeld", notYet.key());

        officer.call(() -> {
            greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.RECORD_LAND_HELD, null, day.plusDays(4), null));
            return null;
        });
        MatterView converted = step(file.fileNo(), "PLAN-02", convertSimulated(day.plusDays(5), "建规字001"));
        assertEquals(MatterView.Approval.FORMAL, converted.approval());
        assertEquals(day.plusDays(2), converted.simulatedOn());
        assertEquals(day.plusDays(5), converted.approvedOn());
        assertEquals("PLAN-02-模拟", converted.simulatedDocumentNo());
        assertEquals("建规字001", converted.documentNo());
        assertEquals("matter.approve.prerequisites", assertThrows(RuleViolation.class,
                () -> step(file.fileNo(), "PLAN-03", convertSimulated(day.plusDays(5), "建规字002"))).key(),
                "the land title beneath it must be formal first");

        String ledger = new String(officer.call(() -> ledgers.export()), java.nio.charset.StandardCharsets.UTF_8);
        String plan02 = ledger.lines().filter(l -> l.startsWith(file.fileNo() + ",") && l.contains(",PLAN-02,")).findFirst()
                .orElseThrow();
        assertTrue(plan02.contains(",已批准," + day.plusDays(1) + "," + day.plusDays(5) + ",建规字001,," + day.plusDays(2)
                + ",PLAN-02-模拟,"), "the ledger shows simulated → formal with both dates, in the office's words: " + plan02);

        step(file.fileNo(), "FIRE-01", new MatterEvent.Halt(day.plusDays(6), null, "原因"));

        Map<String, MatterStatus> statuses = mattersOf(file.fileNo()).stream()
                .collect(Collectors.toMap(Matter::getCategoryCode, Matter::getStatus));
        assertEquals(MatterStatus.HALTED, statuses.get("FIRE-01"));
        for (String dependent : List.of("HUD-03", "FIRE-02", "PLAN-04", "HUD-04")) {
            assertEquals(MatterStatus.HALTED, statuses.get(dependent), dependent);
        }
        assertEquals(MatterStatus.SIMULATED, statuses.get("PLAN-03"), "what FIRE-01 stands on is untouched");
        assertEquals(MatterStatus.APPROVED, statuses.get("PLAN-02"));

        officer.call(() -> files.track(file.fileNo(), new TrackingStep(TrackingStep.Type.WITHDRAW, day.plusDays(7),
                StopReason.LAND, null, null)));
        Matter plan03 = mattersOf(file.fileNo()).stream().filter(m -> m.getCategoryCode().equals("PLAN-03")).findFirst().orElseThrow();
        assertEquals(MatterStatus.HALTED, plan03.getStatus(), "a withdrawn project's simulated approvals are halted");
        assertEquals("project withdrawn (LAND)", plan03.getHaltedReason());
    }

    /**
     * The inbox lists notices by id, newest first: ids are drawn one at a time from the sequence, by Hibernate and by
     * the scan's set-based insert (the column's default) alike, so they follow the order notices were written. Drawn
     * in blocks, the notice written after the scan's would have taken a lower id from the block held before it.
     */
    @Test
    void theInboxListsNoticesInTheOrderTheyWereWrittenWhoeverWroteThem() throws Exception {
        landWindow.openAccountIfMissing();
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        officer.call(() -> notices.send(Notice.of(NoticeKind.OFFICER_ASSIGNED, "order-first:" + run,
                Recipients.users(AsLandWindow.USERNAME)).saying("first " + run)));
        officer.call(() -> em.createNativeQuery("INSERT INTO notification (recipient, kind, source_key, body, created_at,"
                        + " email_state) VALUES (?1, 'OFFICER_ASSIGNED', ?2, ?3, ?4, 'NONE')")
                .setParameter(1, AsLandWindow.USERNAME).setParameter(2, "order-second:" + run).setParameter(3, "second " + run)
                .setParameter(4, java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .executeUpdate());
        officer.call(() -> notices.send(Notice.of(NoticeKind.OFFICER_ASSIGNED, "order-third:" + run,
                Recipients.users(AsLandWindow.USERNAME)).saying("third " + run)));

        List<String> mine = landWindow.call(() -> inbox.page(0, 500)).items().stream().map(NoticeView::body)
                .filter(body -> body != null && body.endsWith(" " + run)).toList();

        assertEquals(List.of("third " + run, "second " + run, "first " + run), mine);
    }

    /**
     * The unread count is kept between requests (KeptUnreadCounts); each way a notice is written or read moves it at
     * once on this server: a notice sent, one read, all read by one bulk statement.
     */
    @Test
    void theUnreadCountFollowsEachNoticeWrittenAndRead() throws Exception {
        landWindow.openAccountIfMissing();
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        long before = landWindowUnread();
        assertEquals(before, landWindowUnread(), "asked again, nothing written");

        officer.call(() -> notices.send(Notice.of(NoticeKind.OFFICER_ASSIGNED, "unread-first:" + run,
                Recipients.users(AsLandWindow.USERNAME)).saying("first " + run)));
        assertEquals(before + 1, landWindowUnread(), "a notice sent");

        long newest = landWindow.call(() -> inbox.page(0, 1)).items().get(0).id();
        landWindow.call(() -> {
            inbox.markRead(newest);
            return null;
        });
        assertEquals(before, landWindowUnread(), "that notice read");

        officer.call(() -> notices.send(Notice.of(NoticeKind.OFFICER_ASSIGNED, "unread-second:" + run,
                Recipients.users(AsLandWindow.USERNAME)).saying("second " + run)));
        assertEquals(before + 1, landWindowUnread(), "another sent");
        landWindow.call(inbox::markAllRead);
        assertEquals(0, landWindowUnread(), "all read at once");
    }

    private long landWindowUnread() throws Exception {
        return landWindow.call(inbox::unread);
    }
}
