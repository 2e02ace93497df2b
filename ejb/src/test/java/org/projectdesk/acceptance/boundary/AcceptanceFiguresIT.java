package org.projectdesk.acceptance.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
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
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView.Row;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsInvestor;
import org.projectdesk.testing.AsLeader;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

/**
 * The acceptance figures on real rows: the cases, findings and pledges of {@code FiguresCalculatorTest}'s
 * hand-worked fixture (27 April – 10 May 2026) written into the tables of a town no other test uses, and
 * read back through the boundary's SQL as that town's staff. The figures are the fixture's, so the
 * queries group the rows as the calculator's rows say. A department window gets its own row only; an
 * investor none; a period backwards or too long is refused naming {@code to}.
 */
@ExtendWith(ArquillianExtension.class)
class AcceptanceFiguresIT {

    private static final LocalDate FROM = LocalDate.parse("2026-04-27");
    private static final LocalDate TO = LocalDate.parse("2026-05-10");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("acceptance-figures-test", AsAdmin.class, AsOfficer.class, AsLeader.class,
                AsInvestor.class, AsFiguresTown.class, AsFiguresWindow.class);
    }

    @Inject
    AcceptanceFigures figures;

    @Inject
    ServiceFiles files;

    @Inject
    Accounts accounts;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    AsLeader leader;

    @Inject
    AsInvestor investor;

    @Inject
    AsFiguresTown town;

    @Inject
    AsFiguresWindow window;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Clock clock;

    @BeforeEach
    void fixture() throws Exception {
        openAccount(AsFiguresTown.USERNAME, Set.of(Role.TOWN), null, AsFiguresTown.TOWN);
        openAccount(AsFiguresWindow.USERNAME, Set.of(Role.DEPARTMENT), AsFiguresWindow.DEPARTMENT, null);
        if (count("select count(*) from acceptance_case where town_code = '" + AsFiguresTown.TOWN + "'") == 0) {
            writeTheFixture(project());
        }
    }

    private void openAccount(String username, Set<Role> roles, String department, String townCode) throws Exception {
        if (em.createQuery("select count(a) from Account a where a.username = :u", Long.class).setParameter("u", username)
                .getSingleResult() == 0) {
            admin.call(() -> accounts.open(new NewAccount(username, "统计测试", "secret-1", roles, department, null, townCode,
                    null, null)));
        }
    }

    private long project() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        String officerName = "officer-figures-" + ThreadLocalRandom.current().nextInt(1_000_000);
        admin.call(() -> accounts.open(new NewAccount(officerName, "统计专员", "secret-1", Set.of(Role.OFFICER), null, null,
                null, null)));
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        ServiceFileView file = officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData(
                "江海精密钢丝有限公司", "91320684MA1X4L8D5J", "统计", "0513-8220 0001"), "验收统计测试项目", code,
                new BigDecimal("1000"), "仓储", ProjectType.INDUSTRIAL, AsFiguresTown.TOWN, LandStatus.HELD, null, null,
                officerName, today.minusDays(400))));
        return em.createQuery("select p.id from Project p where p.fileNo = :f", Long.class).setParameter("f", file.fileNo())
                .getSingleResult();
    }

    /** The fixture of FiguresCalculatorTest (see its table), as rows. */
    private void writeTheFixture(long projectId) throws Exception {
        long base = 2_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000) * 100L;
        transaction.begin();
        acceptance(base + 1, projectId, "2026-04-20", "PASSED", "2026-04-28", 1, Map.of("PLAN", 1, "FIRE", 1));
        acceptance(base + 2, projectId, "2026-04-27", "PASSED", "2026-05-08", 2, Map.of("PLAN", 1, "HUD", 2));
        acceptance(base + 3, projectId, "2026-04-29", "RECTIFYING", null, 1, Map.of("FIRE", 1, "HUD", 1));
        acceptance(base + 4, projectId, "2026-05-06", "PASSED", "2026-05-09", 1, Map.of("PLAN", 1));
        acceptance(base + 5, projectId, "2026-04-08", "PASSED", "2026-04-24", 1, Map.of("PLAN", 1));
        acceptance(base + 6, projectId, "2026-05-07", "WITHDRAWN", null, 0, Map.of("FIRE", 1));
        finding(base + 11, base + 2, "HUD", 2, "2026-04-30", "2026-05-08");
        finding(base + 12, base + 3, "FIRE", 5, "2026-05-07", null);
        finding(base + 13, base + 3, "HUD", 5, "2026-05-07", null);
        finding(base + 14, base + 5, "PLAN", 3, "2026-04-15", "2026-04-27");
        finding(base + 15, base + 1, "FIRE", null, "2026-04-28", null); // a pass on pledge's shortfall: not a rectification
        pledge(base + 21, base + 1, "FIRE", "BUILDER", "2026-04-28", "2026-05-08", null);
        pledge(base + 22, base + 1, "FIRE", "TOWN", "2026-04-28", "2026-05-08", "2026-05-07");
        pledge(base + 23, base + 4, "PLAN", "BUILDER", "2026-05-09", "2026-05-10", null);
        pledge(base + 24, base + 4, "PLAN", "TOWN", "2026-05-09", "2026-05-20", "2026-05-12");
        pledge(base + 25, base + 3, "HUD", "BUILDER", "2026-05-11", "2026-05-25", null);
        transaction.commit();
    }

    private static String item(String department) {
        return department.equals("HUD") ? "ACC-QUALITY" : "ACC-" + department;
    }

    private void acceptance(long id, long projectId, String applied, String status, String opinion, int round,
            Map<String, Integer> departmentRounds) {
        em.createNativeQuery("INSERT INTO acceptance_case (id, version, project_id, enterprise_code, town_code, scope,"
                        + " applied_on, completed_on, contact, status, round_no, opinion_no, opinion_on, applied_by, applied_at)"
                        + " VALUES (?1, 0, ?2, '91320684MA1X4L8D5J', ?3, 'WHOLE', ?4, ?4, '统计测试', ?5, ?6, ?7, ?8, 'officer1',"
                        + " CURRENT_TIMESTAMP)")
                .setParameter(1, id).setParameter(2, projectId).setParameter(3, AsFiguresTown.TOWN)
                .setParameter(4, LocalDate.parse(applied)).setParameter(5, status).setParameter(6, round)
                .setParameter(7, opinion == null ? null : "TJ-" + id).setParameter(8, opinion == null ? null : LocalDate.parse(opinion))
                .executeUpdate();
        int position = 0;
        for (Map.Entry<String, Integer> d : departmentRounds.entrySet()) {
            position++;
            em.createNativeQuery("INSERT INTO acceptance_case_item (id, case_id, code, position, name, name_en, department_code,"
                            + " limit_days, verdict, round_no) VALUES (?1, ?2, ?3, ?4, '验收', 'Acceptance', ?5, 5, ?6, ?7)")
                    .setParameter(1, id * 10 + position).setParameter(2, id).setParameter(3, item(d.getKey()))
                    .setParameter(4, position).setParameter(5, d.getKey())
                    .setParameter(6, opinion == null ? "PENDING" : "PASSED").setParameter(7, d.getValue())
                    .executeUpdate();
        }
    }

    private void finding(long id, long caseId, String department, Integer withinDays, String raised, String closed) {
        em.createNativeQuery("INSERT INTO acceptance_finding (id, case_id, item_code, round_no, text, within_days, raised_on,"
                        + " status, closed_on) VALUES (?1, ?2, ?3, 1, '问题', ?4, ?5, ?6, ?7)")
                .setParameter(1, id).setParameter(2, caseId).setParameter(3, item(department)).setParameter(4, withinDays)
                .setParameter(5, LocalDate.parse(raised)).setParameter(6, closed == null ? "OPEN" : "CLOSED")
                .setParameter(7, closed == null ? null : LocalDate.parse(closed)).executeUpdate();
    }

    private void pledge(long id, long caseId, String department, String party, String signed, String due, String fulfilled) {
        em.createNativeQuery("INSERT INTO acceptance_pledge (id, case_id, item_code, party, text, due_on, signed_on, signed_by,"
                        + " signed_at, fulfilled_on) VALUES (?1, ?2, ?3, ?4, '承诺', ?5, ?6, 'investor1', CURRENT_TIMESTAMP, ?7)")
                .setParameter(1, id).setParameter(2, caseId).setParameter(3, item(department)).setParameter(4, party)
                .setParameter(5, LocalDate.parse(due)).setParameter(6, LocalDate.parse(signed))
                .setParameter(7, fulfilled == null ? null : LocalDate.parse(fulfilled)).executeUpdate();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static Map<String, Row> byDepartment(AcceptanceFiguresView view) {
        return view.departments().stream().collect(Collectors.toMap(Row::departmentCode, r -> r));
    }

    @Test
    void theTownsFiguresAreTheHandWorkedFixturesFromTheDatabase() throws Exception {
        AcceptanceFiguresView view = town.call(() -> figures.figures(FROM, TO));

        assertEquals(TO, view.asOf(), "a past period's pledges as they stood on its last day");
        assertEquals(new Row(null, null, null, 4, 3, 5.0, 3, 7.3, 3, 2, 66.7, 3, 2, 3, 1), view.total());
        Map<String, Row> rows = byDepartment(view);
        assertEquals(new Row("PLAN", "规划局", "Urban and Rural Planning Bureau", 2, 3, 5.0, 3, 7.3, 3, 3, 100.0,
                0, 1, 2, 0), rows.get("PLAN"));
        assertEquals(new Row("FIRE", rows.get("FIRE").name(), rows.get("FIRE").nameEn(), 2, 1, 6.0, 6, 8.0, 8, 1, 100.0, 1, 0, 1,
                1), rows.get("FIRE"));
        assertEquals(new Row("HUD", rows.get("HUD").name(), rows.get("HUD").nameEn(), 2, 1, 6.0, 6, 11.0, 11, 0, 0.0, 2, 1, 0, 0),
                rows.get("HUD"));
        assertEquals("PLAN", view.departments().get(0).departmentCode(), "in the order of the combined form");
        assertTrue(view.departments().stream().filter(r -> !Set.of("PLAN", "FIRE", "HUD").contains(r.departmentCode()))
                .allMatch(r -> r.applied() == 0 && r.passed() == 0 && r.findingsRaised() == 0 && r.pledgesOpen() == 0),
                "every other department of the items, with nothing: " + view.departments());
        assertTrue(view.departments().size() >= 10, "every department with an acceptance item: " + view.departments());
    }

    @Test
    void theOfficeSeesTheTownsCasesAmongAllAndADepartmentWindowItsOwnRowOnly() throws Exception {
        AcceptanceFiguresView all = leader.call(() -> figures.figures(FROM, TO));
        assertTrue(all.total().applied() >= 4 && all.total().passed() >= 3, all.total().toString());

        AcceptanceFiguresView own = window.call(() -> figures.figures(FROM, TO));
        assertNull(own.total(), "a department window has no total");
        assertEquals(List.of("FIRE"), own.departments().stream().map(Row::departmentCode).toList());
        assertEquals(byDepartment(all).get("FIRE"), own.departments().get(0), "its row as the office sees it");
    }

    @Test
    void anInvestorGetsNoFiguresAndABadPeriodIsRefusedNamingItsField() throws Exception {
        Exception refused = assertThrows(Exception.class, () -> investor.call(() -> figures.figures(FROM, TO)));
        assertTrue(refused instanceof EJBAccessException || refused.getCause() instanceof EJBAccessException, refused.toString());

        assertEquals("to", assertThrows(RuleViolation.class, () -> leader.call(() -> figures.figures(TO, FROM))).field());
        assertEquals("to", assertThrows(RuleViolation.class, () -> leader.call(() -> figures.figures(FROM,
                FROM.plusYears(5)))).field());
        assertEquals("from", assertThrows(RuleViolation.class, () -> leader.call(() -> figures.figures(null, TO))).field());
        assertEquals(FROM.plusYears(5).minusDays(1), leader.call(() -> figures.figures(FROM, FROM.plusYears(5).minusDays(1))).to(),
                "five years to the day before");
    }
}
