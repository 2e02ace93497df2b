package org.projectdesk.worklist.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.catalogue.entity.Department;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsLandWindow;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.AsQueueOfficer;
import org.projectdesk.testing.Deployments;
import org.projectdesk.worklist.control.QueueQueries;

/**
 * The work queues on a real server and database: an officer's queue holds exactly their projects' red and
 * yellow matters, the most overdue first, and its count is its length; a department window's holds its own
 * department's matters only; the director's red matters are every red one.
 */
@ExtendWith(ArquillianExtension.class)
class WorkQueuesIT {

    private static final String ENTERPRISE = "91320684MA1X4L8D5J";
    private static final int LONG = 7;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("worklist-test", AsAdmin.class, AsOfficer.class, AsDirector.class, AsLandWindow.class,
                AsQueueOfficer.class);
    }

    @Inject
    ServiceFiles files;

    @Inject
    Matters matters;

    @Inject
    Supervision supervision;

    @Inject
    Accounts accounts;

    @Inject
    WorkQueues workQueues;

    @Inject
    QueueQueries queries;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    AsDirector director;

    @Inject
    AsLandWindow landWindow;

    @Inject
    AsQueueOfficer queueOfficer;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private LocalDate today;

    @BeforeEach
    void window() throws Exception {
        today = LocalDate.now(clock);
        landWindow.openAccountIfMissing();
    }

    private String openOfficer(String displayName) throws Exception {
        String name = "queue-officer-" + ThreadLocalRandom.current().nextInt(1_000_000);
        admin.call(() -> accounts.open(new NewAccount(name, displayName, "secret-1", Set.of(Role.OFFICER), null, null, null,
                name + "@example.test")));
        return name;
    }

    private String takeIn(String officerName, String name) throws Exception {
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        return officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("江海精密钢丝有限公司",
                ENTERPRISE, "施工", "0513-8220 0000"), name, code, new BigDecimal("52000"), "金属制品",
                ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName, today.minusDays(90)))).fileNo();
    }

    private void accept(String fileNo, String category, LocalDate on) throws Exception {
        officer.call(() -> matters.record(fileNo, category, new MatterEvent.Accept(on, null, null, true, null)));
    }

    /** Projects of one officer, each with its land matter accepted a day later than the one before (all long overdue). */
    private List<String> overdueProjects(String officerName, String prefix) throws Exception {
        List<String> fileNos = new ArrayList<>();
        for (int i = 0; i < LONG; i++) {
            String fileNo = takeIn(officerName, prefix + i);
            accept(fileNo, "LAND-01", today.minusDays(80 - i));
            accept(fileNo, "WATER-01", today);       // just accepted: green, in no officer's queue
            fileNos.add(fileNo);
        }
        supervision.scan();
        return fileNos;
    }

    private static List<String> fileNos(WorkQueue queue) {
        return queue.items().stream().map(WorkItem::fileNo).toList();
    }

    @Test
    void anOfficersQueueHoldsExactlyTheirOverdueMattersTheMostOverdueFirst() throws Exception {
        String mine = openOfficer("队列专员");
        String other = openOfficer("另一专员");
        List<String> expected = overdueProjects(mine, "队列项目");
        String notMine = takeIn(other, "别人的项目");
        accept(notMine, "LAND-01", today.minusDays(90));
        supervision.scan();

        WorkQueue queue = queries.officerMatters(mine, today, 100);

        assertEquals(expected, fileNos(queue));
        assertEquals(LONG, queue.count());
        WorkItem first = queue.items().get(0);
        WorkItem middle = queue.items().get(LONG / 2);
        WorkItem last = queue.items().get(LONG - 1);
        assertEquals("队列项目0", first.projectName());
        assertEquals("队列项目3", middle.projectName());
        assertEquals("队列项目6", last.projectName());
        String land = em.find(Department.class, "LAND").getName();
        for (WorkItem item : queue.items()) {
            assertEquals(Light.RED, item.light(), item.fileNo());
            assertEquals(land, item.departmentName(), item.fileNo());
            assertEquals("队列专员", item.person(), item.fileNo());
            assertEquals("ACCEPTED", item.status(), item.fileNo());
            assertTrue(item.workingDaysLeft() < 0, item.fileNo() + " " + item.workingDaysLeft());
        }
        assertTrue(first.workingDaysLeft() < last.workingDaysLeft(), "the most overdue first");

        WorkQueue shortened = queries.officerMatters(mine, today, 3);
        assertEquals(LONG, shortened.count());
        assertEquals(expected.subList(0, 3), fileNos(shortened));
        assertEquals(List.of(notMine), fileNos(queries.officerMatters(other, today, 100)));
        assertEquals(new WorkQueue(0, List.of()), queries.officerMatters("nobody-" + mine, today, 100));
    }

    @Test
    void aDepartmentWindowSeesItsOwnDepartmentsMattersOnlyRedFirst() throws Exception {
        String mine = openOfficer("部门队列专员");
        List<String> overdue = overdueProjects(mine, "部门队列项目");

        DepartmentQueues queues = landWindow.call(() -> workQueues.department(10_000));

        assertEquals("LAND", queues.departmentCode());
        assertEquals(em.find(Department.class, "LAND").getName(), queues.departmentName());
        assertEquals(queues.matters().count(), queues.matters().items().size());
        assertTrue(fileNos(queues.matters()).containsAll(overdue), "our overdue land matters are in the queue");
        assertTrue(queues.matters().items().stream().allMatch(i -> i.departmentName().equals(queues.departmentName())),
                "no other department's matter (the water matters of the same projects) is in the queue");
        List<Integer> levels = queues.matters().items().stream().map(i -> i.light() == null ? -1 : i.light().level()).toList();
        List<Integer> sorted = new ArrayList<>(levels);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, levels, "red, then yellow, then the rest");
        for (WorkQueue q : List.of(queues.invitations(), queues.opinions(), queues.signatures())) {
            assertEquals(q.count(), q.items().size());
        }

        DepartmentQueues firstFive = landWindow.call(() -> workQueues.department(5));
        assertEquals(queues.matters().count(), firstFive.matters().count());
        assertEquals(queues.matters().items().subList(0, 5), firstFive.matters().items());
    }

    @Test
    void theDirectorsRedQueueIsEveryRedMatterAndItsCountItsLength() throws Exception {
        String mine = openOfficer("督办专员");
        List<String> overdue = overdueProjects(mine, "督办项目");

        DirectorQueues queues = director.call(() -> workQueues.director(100_000));

        assertEquals(queues.red().count(), queues.red().items().size());
        assertTrue(fileNos(queues.red()).containsAll(overdue));
        assertTrue(queues.red().items().stream().allMatch(i -> i.light() == Light.RED));
        assertEquals(queues.red().count(), director.call(() -> workQueues.red(3)).count());
        for (WorkQueue q : List.of(queues.proposals(), queues.complaints(), queues.escalated())) {
            assertEquals(q.count(), q.items().size());
        }
    }

    /** The city's red queue is kept between requests (KeptQueues), yet a matter the scan turns red is in it at once. */
    @Test
    void theKeptRedQueueHoldsAMatterTurnedRedAtOnce() throws Exception {
        WorkQueue before = director.call(() -> workQueues.red(100_000));
        assertEquals(before, director.call(() -> workQueues.red(100_000)), "asked again, nothing written");

        List<String> overdue = overdueProjects(openOfficer("督办专员"), "新近红灯");

        assertTrue(fileNos(before).stream().noneMatch(overdue::contains));
        assertTrue(fileNos(director.call(() -> workQueues.red(100_000))).containsAll(overdue));
        assertTrue(fileNos(director.call(() -> workQueues.director(100_000)).red()).containsAll(overdue));
    }

    /**
     * An officer's queues are kept between requests under the officer's name: asked again they are the same, another
     * officer is never given them, and a matter of theirs turned red is in them at once.
     */
    @Test
    void anOfficersKeptQueuesAreTheirsAloneAndHoldAMatterTurnedRedAtOnce() throws Exception {
        queueOfficer.openAccountIfMissing();
        List<String> overdue = overdueProjects(AsQueueOfficer.USERNAME, "保留队列项目");

        OfficerQueues mine = queueOfficer.call(() -> workQueues.officer(100_000));
        assertTrue(fileNos(mine.matters()).containsAll(overdue));
        assertEquals(mine, queueOfficer.call(() -> workQueues.officer(100_000)), "asked again, nothing written");
        assertEquals(queries.officerMatters(AsQueueOfficer.USERNAME, today, 100_000), mine.matters());

        OfficerQueues someoneElses = officer.call(() -> workQueues.officer(100_000));
        assertTrue(fileNos(someoneElses.matters()).stream().noneMatch(overdue::contains),
                "another officer is not given the kept queues");

        List<String> newlyRed = overdueProjects(AsQueueOfficer.USERNAME, "新近红灯保留");
        assertTrue(fileNos(queueOfficer.call(() -> workQueues.officer(100_000)).matters()).containsAll(newlyRed));
    }
}
