package org.projectdesk.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

/**
 * The start-up fill of dates left empty (a database from before provisional years, or loaded by SQL):
 * in shares of projects, each its own transaction, it gives every matter exactly the dates intake's plan
 * and its clock give, records each in the file's history, and leaves nothing for a second run. Five
 * files filled two projects a share: more matters than one share holds.
 */
@ExtendWith(ArquillianExtension.class)
class EmptyDatesFillIT {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final String SHARE = "projectdesk.calendar.fill-share";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("empty-dates-fill-test", AsAdmin.class, AsOfficer.class);
    }

    @Inject
    CalendarYears years;

    @Inject
    ServiceFiles files;

    @Inject
    Matters matters;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** A matter's four dates the fill writes. */
    private record Dates(LocalDate plannedStart, LocalDate plannedFinish, LocalDate dueOn, LocalDate statutoryDueOn) {
        static Dates of(Matter m) {
            return new Dates(m.getPlannedStart(), m.getPlannedFinish(), m.getDueOn(), m.getStatutoryDueOn());
        }
    }

    @Test
    void emptyPlanAndStatutoryDatesAreFilledAsIntakeAndTheClockGaveThemShareByShareAndOnlyOnce() throws Exception {
        String officerName = "officer-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(officerName, "测试专员", "secret-1", Set.of(Role.OFFICER), null, null,
                null, null)));
        List<String> fileNos = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String fileNo = takeIn(officerName);
            officer.call(() -> matters.record(fileNo, "DRC-01",
                    new MatterEvent.Accept(DAY, null, null, true, null)));
            officer.call(() -> matters.record(fileNo, "EPB-01",
                    new MatterEvent.Accept(DAY, null, CaseType.PROMISED, true, null)));
            fileNos.add(fileNo);
        }
        Map<Long, Dates> planned = datesOf(fileNos);
        List<Long> projectIds = projectIds(fileNos);
        long emptied = planned.size();
        long statutoryEmptied = planned.values().stream().filter(d -> d.statutoryDueOn() != null).count();
        assertTrue(statutoryEmptied > 0, "accepted matters have statutory due dates");

        transaction.begin();
        em.createQuery("update Matter m set m.plannedStart = null, m.plannedFinish = null, m.statutoryDueOn = null"
                + " where m.projectId in :ids").setParameter("ids", projectIds).executeUpdate();
        transaction.commit();

        List<DateMove> moves = new ArrayList<>();
        int shares = fillAll(2, moves);
        List<DateMove> ours = moves.stream().filter(m -> fileNos.contains(m.fileNo())).toList();

        assertTrue(shares >= 3, "five files two projects a share take three shares or more, not " + shares);
        assertEquals(planned, datesOf(fileNos), "every date as intake's plan and the clock gave it");
        assertEquals(2 * emptied + statutoryEmptied, ours.size(), "a move for each filled date: " + ours);
        assertTrue(ours.stream().allMatch(m -> m.before() == null && m.after() != null));
        for (Long projectId : projectIds) {
            long recorded = admin.call(() -> audit.forProject(projectId)).stream()
                    .filter(a -> a.action().equals("CALENDAR_RECOUNT")).count();
            assertEquals(ours.stream().filter(m -> projectId.equals(m.projectId())).count(), recorded,
                    "each filled date in its file's history");
        }

        List<DateMove> again = new ArrayList<>();
        fillAll(2, again);
        assertTrue(again.stream().noneMatch(m -> fileNos.contains(m.fileNo())), "nothing left to fill: " + again);
    }

    @Test
    void aDatabaseWithNothingEmptyIsDoneInOneShareAndUnchanged() throws Exception {
        String officerName = "officer-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(officerName, "测试专员", "secret-1", Set.of(Role.OFFICER), null, null,
                null, null)));
        String fileNo = takeIn(officerName);
        fillAll(500, new ArrayList<>());
        Map<Long, Dates> before = datesOf(List.of(fileNo));

        FilledDates share = years.fillEmptyDates(null);

        assertNull(share.nextAfterProject(), "nothing to go on with");
        assertTrue(share.moves().isEmpty(), "nothing filled: " + share.moves());
        assertEquals(before, datesOf(List.of(fileNo)));
    }

    /** Fills as the start-up does, {@code share} projects a transaction; returns how many shares it took. */
    private int fillAll(int share, List<DateMove> moves) {
        String previous = System.getProperty(SHARE);
        System.setProperty(SHARE, String.valueOf(share));
        try {
            int shares = 0;
            Long after = null;
            do {
                FilledDates filled = years.fillEmptyDates(after);
                moves.addAll(filled.moves());
                shares++;
                assertTrue(after == null || filled.nextAfterProject() == null || filled.nextAfterProject() > after);
                after = filled.nextAfterProject();
            } while (after != null);
            return shares;
        } finally {
            if (previous == null) {
                System.clearProperty(SHARE);
            } else {
                System.setProperty(SHARE, previous);
            }
        }
    }

    private String takeIn(String officerName) throws Exception {
        String code = String.format("2026-320684-26-12-%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        ServiceFileView file = officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData(
                "江海精密钢丝有限公司", "91320684MA1X4L8D5J", "施工", "0513-8220 0000"), "精密钢丝四期", code,
                new BigDecimal("52000"), "金属制品", ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null,
                officerName, DAY)));
        assertNotNull(file.fileNo());
        return file.fileNo();
    }

    private List<Long> projectIds(List<String> fileNos) {
        return em.createQuery("select p.id from Project p where p.fileNo in :f", Long.class).setParameter("f", fileNos)
                .getResultList();
    }

    private Map<Long, Dates> datesOf(List<String> fileNos) {
        em.clear();
        return em.createQuery("select m from Matter m, Project p where p.id = m.projectId and p.fileNo in :f",
                        Matter.class).setParameter("f", fileNos).getResultList().stream()
                .collect(Collectors.toMap(Matter::getId, Dates::of));
    }
}
