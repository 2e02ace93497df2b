package org.projectdesk.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.audit.boundary.AuditView;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.coordination.boundary.NewProblem;
import org.projectdesk.coordination.boundary.ProblemView;
import org.projectdesk.coordination.boundary.Problems;
import org.projectdesk.coordination.entity.ProblemSource;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.referral.entity.Referral;
import org.projectdesk.referral.entity.ReferralDetails;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.supervision.control.CalendarNotices;
import org.projectdesk.supervision.control.TimeLimitScan;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.supervision.entity.Notification;
import org.projectdesk.supervision.entity.ScanRun;
import org.projectdesk.supervision.entity.SupervisionSettings;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

/**
 * The calendar past the last official year (2026): plans, acceptances, problems and the scan count
 * on the provisional 2027; importing 2027's "official" schedule moves exactly the dates it changes,
 * records and tells them, or changes nothing when it fails. Every file here is taken in on Wednesday
 * 2 December 2026, so the dates below are worked out by hand (the test clock is on or after it).
 */
@ExtendWith(ArquillianExtension.class)
class ProvisionalCalendarIT {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final String ENTERPRISE = "91320684MA1X4L8D5J";

    /**
     * Unlike the provisional 2027: Sunday 31 January and Saturday 20 February are worked and the
     * Spring Festival runs Friday 5 to Friday 12 February; the other holidays are the law's.
     */
    private static final String OFFICIAL_2027 = """
            date,kind,name
            2027-01-01,holiday,元旦
            2027-01-31,workday,春节
            2027-02-05,holiday,春节
            2027-02-06,holiday,春节
            2027-02-07,holiday,春节
            2027-02-08,holiday,春节
            2027-02-09,holiday,春节
            2027-02-10,holiday,春节
            2027-02-11,holiday,春节
            2027-02-12,holiday,春节
            2027-02-20,workday,春节
            2027-04-05,holiday,清明节
            2027-05-01,holiday,劳动节
            2027-05-02,holiday,劳动节
            2027-05-03,holiday,劳动节
            2027-05-04,holiday,劳动节
            2027-06-09,holiday,端午节
            2027-09-15,holiday,中秋节
            2027-10-01,holiday,国庆节
            2027-10-02,holiday,国庆节
            2027-10-03,holiday,国庆节
            2027-10-04,holiday,国庆节
            2027-10-05,holiday,国庆节
            """;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("provisional-calendar-test", AsAdmin.class, AsOfficer.class, AsDirector.class,
                ImportSabotage.class);
    }

    @Inject
    CalendarYears years;

    @Inject
    CalendarNotices calendarNotices;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ServiceFiles files;

    @Inject
    Matters matters;

    @Inject
    Problems problems;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    TimeLimitScan scan;

    @Inject
    ImportSabotage sabotage;

    @Inject
    Clock clock;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private String officerName;

    @BeforeEach
    void anOfficerOfTheirOwn() throws Exception {
        assertFalse(LocalDate.now(clock).isBefore(DAY), "the test clock must be on or after " + DAY);
        officerName = "officer-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(officerName, "测试专员", "secret-1", Set.of(Role.OFFICER), null, null,
                null, null)));
        open("admin", Role.ADMIN);
        open("director", Role.DIRECTOR);
    }

    private void open(String prefix, Role role) throws Exception {
        String name = prefix + "-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(name, "测试" + prefix, "secret-1", Set.of(role), null, null, null, null)));
    }

    /** A file taken in on {@link #DAY}, with EPB-01 and LAND-01 accepted that day and two problems raised (45 and 60 days). */
    private record Fixture(String fileNo, long problemIn45, long problemIn60) {
    }

    private Fixture fileWithRunningMatters() throws Exception {
        String code = String.format("2026-320684-26-12-%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        ServiceFileView file = officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData(
                "江海精密钢丝有限公司", ENTERPRISE, "施工", "0513-8220 0000"), "精密钢丝四期", code, new BigDecimal("52000"),
                "金属制品", ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName, DAY)));
        step(file.fileNo(), "DRC-01", accept("DRC-01"));
        step(file.fileNo(), "DRC-01", new MatterEvent.Approve(DAY, null, "海发改备〔2026〕88号"));
        step(file.fileNo(), "EPB-01", accept("EPB-01"));
        step(file.fileNo(), "LAND-01", accept("LAND-01"));
        ProblemView in45 = raise(file.fileNo(), 45);
        ProblemView in60 = raise(file.fileNo(), 60);
        return new Fixture(file.fileNo(), in45.id(), in60.id());
    }

    private MatterView step(String fileNo, String category, MatterEvent event) throws Exception {
        return officer.call(() -> matters.record(fileNo, category, event));
    }

    /** EPB-01 is filed as a promised-time case (承诺件) rather than forwarded, so the office's own limits count. */
    private static MatterEvent accept(String category) {
        return new MatterEvent.Accept(DAY, null, category.equals("EPB-01") ? CaseType.PROMISED : null, true, null);
    }

    private ProblemView raise(String fileNo, int dueDays) throws Exception {
        return officer.call(() -> problems.raise(fileNo, new NewProblem("施工用电接入未落实", List.of("LAND"), dueDays,
                ProblemSource.OFFICER, null, DAY)));
    }

    private Matter matter(String fileNo, String category) {
        em.clear();
        return em.createQuery("select m from Matter m, Project p where p.id = m.projectId and p.fileNo = :f"
                + " and m.categoryCode = :c", Matter.class).setParameter("f", fileNo).setParameter("c", category)
                .getSingleResult();
    }

    private LocalDate problemDue(long id) {
        em.clear();
        return em.createQuery("select x.dueOn from Problem x where x.id = :id", LocalDate.class).setParameter("id", id)
                .getSingleResult();
    }

    private List<DateMove> movesOf(String fileNo, List<DateMove> moves) {
        return moves.stream().filter(m -> fileNo.equals(m.fileNo())).toList();
    }

    private List<Notification> noticesOf(String recipient, NoticeKind kind) {
        return em.createQuery("select n from Notification n where n.recipient = :r and n.kind = :k", Notification.class)
                .setParameter("r", recipient).setParameter("k", kind).getResultList();
    }

    private String kindOf(int year) {
        return years.years().stream().filter(y -> y.year() == year).findFirst().map(YearSummary::kind).orElse("none");
    }

    @Test
    void aPlanAnAcceptanceAProblemAndTheScanCountOnTheProvisionalYear() throws Exception {
        Fixture fixture = fileWithRunningMatters();
        ServiceFileView file = officer.call(() -> files.file(fixture.fileNo()));

        for (MatterView m : file.matters()) {
            assertNotNull(m.plannedStart(), m.categoryCode());
            assertNotNull(m.plannedFinish(), m.categoryCode());
            assertFalse(file.projectedFinish().isBefore(m.plannedFinish()), m.categoryCode() + " is planned after the projection");
        }
        // The critical path of an industrial plan is 30 working days: 14 January 2027 (1 January off).
        MatterView last = file.matters().stream().filter(m -> m.categoryCode().equals("HUD-04")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 14), last.plannedFinish());
        assertTrue(calendar.isProvisional(last.plannedFinish()));
        assertTrue(calendar.isProvisional(file.projectedFinish()));

        // EPB-01: 7 promised working days, 11 December; 42 statutory, Monday 1 February.
        Matter epb = matter(fixture.fileNo(), "EPB-01");
        assertEquals(LocalDate.of(2026, 12, 11), epb.getDueOn());
        assertEquals(LocalDate.of(2027, 2, 1), epb.getStatutoryDueOn());
        assertTrue(calendar.isProvisional(epb.getStatutoryDueOn()));
        assertFalse(calendar.isProvisional(epb.getDueOn()));
        // 45 working days: 4 February; 60: 3 March, over the Spring Festival (5 and 8–10 February off).
        assertEquals(LocalDate.of(2027, 2, 4), problemDue(fixture.problemIn45()));
        assertEquals(LocalDate.of(2027, 3, 3), problemDue(fixture.problemIn60()));

        // The scan of Monday 4 January 2027 judges on the provisional year: LAND-01 (due 9 December) is red.
        transaction.begin();
        try {
            ScanRun run = new ScanRun(LocalDate.of(2027, 1, 4), clock.instant(), "test");
            em.persist(run);
            em.flush();
            TimeLimitScan.Outcome outcome = scan.run(run.getId(), LocalDate.of(2027, 1, 4), true, clock.instant(),
                    em.find(SupervisionSettings.class, SupervisionSettings.ID), "NONE");
            assertTrue(outcome.running() >= 1, outcome.toString());
            Object[] land = em.createQuery("select m.alertLevel, m.statutoryOverdue from Matter m, Project p"
                            + " where p.id = m.projectId and p.fileNo = :f and m.categoryCode = 'LAND-01'", Object[].class)
                    .setParameter("f", fixture.fileNo()).getSingleResult();
            assertTrue((Integer) land[0] >= 2, "red: " + land[0]);
            assertEquals(Boolean.TRUE, land[1], "its 14 statutory days ended on 21 December");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void importingTheOfficialYearMovesExactlyTheDatesItChangesRecordsThemAndTellsTheOfficerOnce() throws Exception {
        Fixture fixture = fileWithRunningMatters();
        byte[] official = OFFICIAL_2027.getBytes(StandardCharsets.UTF_8);
        List<DateMove> expected = List.of(
                new DateMove(0L, fixture.fileNo(), officerName, "EPB-01", "statutoryDueOn", LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 1, 31), false),
                new DateMove(0L, fixture.fileNo(), officerName, "problem " + fixture.problemIn45(), "dueOn",
                        LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 3), false));

        // A town's referral waiting since the same day with a limit of 43 working days: Tuesday 2 February on the
        // provisional year, Monday 1 February once Sunday 31 January is worked. It is on no file yet.
        long referral = waitingReferral(43);
        DateMove referralMove = new DateMove(null, null, null, "referral " + referral, "dueOn", LocalDate.of(2027, 2, 2),
                LocalDate.of(2027, 2, 1), false);
        assertEquals(LocalDate.of(2027, 2, 2), em.find(Referral.class, referral).getDueOn());

        CalendarImport preview = admin.call(() -> years.preview(official));

        assertEquals(expected, withoutIds(movesOf(fixture.fileNo(), preview.moves())));
        assertTrue(preview.moves().contains(referralMove), preview.moves().toString());
        assertEquals(LocalDate.of(2027, 2, 1), matter(fixture.fileNo(), "EPB-01").getStatutoryDueOn(), "a preview stores nothing");
        assertEquals("provisional", kindOf(2027));

        try {
            CalendarImport applied = admin.call(() -> years.apply(official, "国办发明电〔2026〕x号.csv"));

            assertEquals(expected, withoutIds(movesOf(fixture.fileNo(), applied.moves())));
            assertTrue(applied.moves().contains(referralMove), applied.moves().toString());
            assertEquals(LocalDate.of(2027, 2, 1), em.find(Referral.class, referral).getDueOn());
            assertEquals("official", kindOf(2027));
            assertEquals("provisional", kindOf(2028));
            Matter epb = matter(fixture.fileNo(), "EPB-01");
            assertEquals(LocalDate.of(2027, 1, 31), epb.getStatutoryDueOn(), "Sunday 31 January is worked");
            assertEquals(LocalDate.of(2026, 12, 11), epb.getDueOn());
            assertFalse(calendar.isProvisional(epb.getStatutoryDueOn()));
            assertEquals(LocalDate.of(2027, 1, 14), matter(fixture.fileNo(), "HUD-04").getPlannedFinish(), "before 31 January: unmoved");
            assertEquals(LocalDate.of(2027, 2, 3), problemDue(fixture.problemIn45()));
            assertEquals(LocalDate.of(2027, 3, 3), problemDue(fixture.problemIn60()), "as many days worked by 3 March");

            long projectId = em.createQuery("select p.id from Project p where p.fileNo = :f", Long.class)
                    .setParameter("f", fixture.fileNo()).getSingleResult();
            Map<String, String> recorded = audit.forProject(projectId).stream()
                    .filter(a -> a.action().equals("CALENDAR_RECOUNT"))
                    .collect(Collectors.toMap(AuditView::target, a -> a.before() + " → " + a.after()));
            assertEquals(Map.of("EPB-01 statutoryDueOn", "2027-02-01 → 2027-01-31",
                    "problem " + fixture.problemIn45() + " dueOn", "2027-02-04 → 2027-02-03"), recorded);

            List<Notification> told = noticesOf(officerName, NoticeKind.DATES_MOVED);
            assertEquals(1, told.size(), "one notice for both moves");
            assertTrue(told.get(0).getBody().contains("count=2"), told.get(0).getBody());
            assertTrue(told.get(0).getBody().contains(fixture.fileNo() + " EPB-01 statutoryDueOn 2027-02-01 → 2027-01-31"),
                    told.get(0).getBody());
        } finally {
            admin.call(() -> years.withdraw(2027));
        }
        assertEquals("provisional", kindOf(2027));
        assertEquals(LocalDate.of(2027, 2, 1), matter(fixture.fileNo(), "EPB-01").getStatutoryDueOn(), "counted back");
        assertEquals(LocalDate.of(2027, 2, 4), problemDue(fixture.problemIn45()));
        assertEquals(LocalDate.of(2027, 2, 2), em.find(Referral.class, referral).getDueOn(), "counted back");
    }

    /** A referral of Changle Town registered on the fixture's day, waiting, with an intake limit of so many working days. */
    private long waitingReferral(int days) throws Exception {
        transaction.begin();
        try {
            Referral referral = new Referral("CLZ", new ReferralDetails("常乐待受理企业", null, "常乐待受理项目", new BigDecimal("9000"),
                    null, LandStatus.HELD, null, null, "周", "13800000000", null), DAY, LocalDate.now(clock), days,
                    calendar::dueDate, "it-town", clock.instant());
            em.persist(referral);
            em.flush();
            transaction.commit();
            return referral.getId();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }

    @Test
    void anImportThatFailsAtItsEndChangesNothing() throws Exception {
        Fixture fixture = fileWithRunningMatters();
        byte[] official = OFFICIAL_2027.getBytes(StandardCharsets.UTF_8);

        sabotage.armOnce();
        assertThrows(Exception.class, () -> admin.call(() -> years.apply(official, "2027.csv")));

        assertEquals("provisional", kindOf(2027));
        assertEquals(LocalDate.of(2027, 2, 1), matter(fixture.fileNo(), "EPB-01").getStatutoryDueOn());
        assertEquals(LocalDate.of(2027, 2, 4), problemDue(fixture.problemIn45()));
        assertTrue(calendar.isProvisional(LocalDate.of(2027, 2, 1)));
        assertEquals(List.of(), noticesOf(officerName, NoticeKind.DATES_MOVED));
        long projectId = em.createQuery("select p.id from Project p where p.fileNo = :f", Long.class)
                .setParameter("f", fixture.fileNo()).getSingleResult();
        assertTrue(audit.forProject(projectId).stream().noneMatch(a -> a.action().equals("CALENDAR_RECOUNT")));
    }

    @Test
    void whoeverMustImportIsToldOnceAYear() throws Exception {
        CalendarOutlook outlook = years.outlook();
        assertTrue(outlook.warns(), outlook.toString());
        assertEquals(2027, outlook.unannouncedYear());

        calendarNotices.remindUnannounced();
        int again = calendarNotices.remindUnannounced();

        assertEquals(0, again, "nothing twice");
        List<String> told = em.createQuery("select n.recipient from Notification n where n.kind = :k and n.sourceKey = :key",
                String.class).setParameter("k", NoticeKind.CALENDAR_MISSING).setParameter("key", "calendar:2027").getResultList();
        List<String> adminsAndDirectors = em.createQuery("select distinct a.username from Account a join a.roles r"
                + " where r in :roles and a.enabled = true", String.class)
                .setParameter("roles", List.of(Role.ADMIN, Role.DIRECTOR)).getResultList();
        assertEquals(Set.copyOf(adminsAndDirectors), Set.copyOf(told));
        assertEquals(told.size(), Set.copyOf(told).size(), "once each");
        assertTrue(told.stream().noneMatch(officerName::equals));
    }

    @Test
    void aYearShippedWithTheApplicationOrNotOfficialCannotBeWithdrawn() {
        assertThrows(Exception.class, () -> admin.call(() -> years.withdraw(2026)));
        assertThrows(Exception.class, () -> admin.call(() -> years.withdraw(2028)));
        assertEquals("official", kindOf(2026));
    }

    private static List<DateMove> withoutIds(List<DateMove> moves) {
        return moves.stream().map(m -> new DateMove(0L, m.fileNo(), m.officer(), m.subject(), m.field(), m.before(), m.after(),
                m.provisional()))
                .toList();
    }
}
