package org.projectdesk.supervision.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.scheduling.boundary.JobRunView;
import org.projectdesk.scheduling.boundary.Jobs;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.supervision.entity.BaselineRequest;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.supervision.entity.Notification;
import org.projectdesk.supervision.entity.ScanRun;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

/**
 * The baseline an administrator may choose before the first scan of an imported ledger: the next scan gives
 * the never-lit matters the lights the service file shows without a single notice, records whose choice it
 * was, and leaves the matters already lit to be judged and notified as ever.
 */
@ExtendWith(ArquillianExtension.class)
class ScanBaselineIT {

    private static final String ENTERPRISE = "91320684MA1X4L8D5J";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("scan-baseline-test", AsAdmin.class, AsOfficer.class, AsDirector.class);
    }

    @Inject
    ServiceFiles files;

    @Inject
    Matters matters;

    @Inject
    Supervision supervision;

    @Inject
    Jobs jobs;

    @Inject
    Accounts accounts;

    @Inject
    TimeLimitLights lights;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    AsDirector director;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private LocalDate today;
    private String officerName;

    @BeforeEach
    void peopleWhoWouldBeTold() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        officerName = open("officer", Role.OFFICER, null);
        open("director", Role.DIRECTOR, null);
        open("leader", Role.LEADER, null);
        open("land", Role.DEPARTMENT, "LAND");
    }

    @AfterEach
    void noBaselineLeftForOtherTests() throws Exception {
        admin.call(() -> {
            supervision.withdrawBaseline();
            return null;
        });
    }

    private String open(String prefix, Role role, String department) throws Exception {
        String name = prefix + "-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(name, "测试" + prefix, "secret-1", Set.of(role), department, null, null,
                name + "@example.test")));
        return name;
    }

    private ServiceFileView takeIn(LocalDate on) throws Exception {
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100),
                ThreadLocalRandom.current().nextInt(1_000_000));
        return officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("江海精密钢丝有限公司",
                ENTERPRISE, "施工", "0513-8220 0000"), "精密钢丝四期", code, new BigDecimal("52000"), "金属制品",
                ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName, on)));
    }

    private void accept(String fileNo, String category, LocalDate on) throws Exception {
        officer.call(() -> matters.record(fileNo, category, new MatterEvent.Accept(on, null, null, true, null)));
    }

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
    void onlyAnAdministratorChoosesTheBaseline() throws Exception {
        // In the test's own transaction the refusal arrives wrapped; over REST it is a 403.
        assertThrows(jakarta.ejb.EJBException.class, () -> officer.call(() -> supervision.requestBaseline()));
        assertThrows(jakarta.ejb.EJBException.class, () -> director.call(() -> supervision.requestBaseline()));
        assertFalse(admin.call(() -> supervision.pendingBaseline()).isPresent(), "the refusals asked for nothing");

        BaselineRequest asked = admin.call(() -> supervision.requestBaseline());
        assertEquals(asked, admin.call(() -> supervision.pendingBaseline()).orElseThrow());
        admin.call(() -> {
            supervision.withdrawBaseline();
            return null;
        });
        assertFalse(admin.call(() -> supervision.pendingBaseline()).isPresent(), "withdrawn before any scan took it");
    }

    @Test
    void theBaselineLightsTheNeverLitMattersWithoutANoticeAndTheJobHistorySaysWhoChoseIt() throws Exception {
        ServiceFileView file = takeIn(today.minusDays(60));
        accept(file.fileNo(), "LAND-01", today.minusDays(40));     // red long enough for the leadership
        accept(file.fileNo(), "WATER-01", today.minusDays(3));
        accept(file.fileNo(), "EIC-01", today);

        BaselineRequest asked = admin.call(() -> supervision.requestBaseline());
        JobRunView run = admin.call(() -> jobs.runNow(TimeLimitScanJob.NAME));

        assertNotNull(run, "run now waits for the run to end");
        assertEquals("SUCCESS", run.outcome(), run.message());
        assertTrue(run.message().contains("baseline requested by " + asked.getRequestedBy() + " at " + asked.getRequestedAt()),
                "the job's history says whose choice it was: " + run.message());
        for (Matter m : mattersOf(file.fileNo())) {
            MatterLight expected = lights.of(m);
            assertEquals(expected.light() == null ? null : expected.level(), m.getAlertLevel(), m.getCategoryCode());
            assertEquals(expected.statutoryOverdue(), m.isStatutoryOverdue(), m.getCategoryCode());
        }
        assertEquals(3, mattersOf(file.fileNo()).stream().filter(m -> m.getCategoryCode().equals("LAND-01"))
                .findFirst().orElseThrow().getAlertLevel());
        assertEquals(Integer.valueOf(2), em.createQuery("select p.lightLevel from Project p where p.fileNo = :f", Integer.class)
                .setParameter("f", file.fileNo()).getSingleResult(), "the project takes its worst matter's light");
        assertEquals(List.of(), notices(file.fileNo()), "nobody told of what the baseline lit");
        ScanRun recorded = em.createQuery("select s from ScanRun s where s.baseline is not null order by s.id desc", ScanRun.class)
                .setMaxResults(1).getSingleResult();
        assertEquals(asked, recorded.getBaseline(), "the scan's row keeps the choice");
        assertFalse(admin.call(() -> supervision.pendingBaseline()).isPresent(), "carried out once, then no longer pending");

        ScanReport again = supervision.scan();

        assertEquals(null, again.baseline());
        assertEquals(List.of(), notices(file.fileNo()), "the next scan finds nothing new to tell");
    }

    @Test
    void aMatterAlreadyLitIsJudgedAndNotifiedAsEverInABaselineScan() throws Exception {
        ServiceFileView file = takeIn(today.minusDays(30));
        accept(file.fileNo(), "LAND-01", today);
        supervision.scan();
        assertEquals(0, mattersOf(file.fileNo()).stream().filter(m -> m.getCategoryCode().equals("LAND-01"))
                .findFirst().orElseThrow().getAlertLevel(), "lit green by a usual scan");
        LocalDate overdue = today.minusDays(10);
        admin.call(() -> em.createQuery("update Matter m set m.dueOn = :due where m.categoryCode = 'LAND-01'"
                        + " and m.projectId = (select p.id from Project p where p.fileNo = :f)")
                .setParameter("due", overdue).setParameter("f", file.fileNo()).executeUpdate());

        admin.call(() -> supervision.requestBaseline());
        ScanReport report = supervision.scan();

        assertNotNull(report.baseline());
        assertTrue(mattersOf(file.fileNo()).stream().filter(m -> m.getCategoryCode().equals("LAND-01"))
                .findFirst().orElseThrow().getAlertLevel() >= 2, "turned red");
        assertTrue(notices(file.fileNo()).stream().anyMatch(n -> n.getKind() == NoticeKind.REMINDER
                && n.getRecipient().equals(officerName)), "its officer is reminded: " + notices(file.fileNo()));
        assertTrue(notices(file.fileNo()).stream().anyMatch(n -> n.getKind() == NoticeKind.SUPERVISION),
                "and the director told");
    }
}
