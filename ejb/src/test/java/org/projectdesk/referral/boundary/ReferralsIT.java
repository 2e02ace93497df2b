package org.projectdesk.referral.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
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
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.referral.entity.ReferralStatus;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.AsTown;
import org.projectdesk.testing.Deployments;

/**
 * Referrals on a real server and database: a town registers one (its town from its account), the office
 * sees it waiting and takes it in through the single window (the service file has the referral's data and
 * its history says where it came from) or returns another with a reason the town reads; another town's
 * referral is not found; the time-limit scan lights one past its limit red and tells each person once; and
 * a town hears of its own projects' red matters, not of another town's.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralsIT {

    private static final String ENTERPRISE = "91320684MA1X4L8D5J";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("referral-test", AsAdmin.class, AsOfficer.class, AsDirector.class, AsTown.class);
    }

    @Inject
    Referrals referrals;

    @Inject
    ServiceFiles files;

    @Inject
    Matters matters;

    @Inject
    Supervision supervision;

    @Inject
    Accounts accounts;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    AsDirector director;

    @Inject
    AsTown town;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private LocalDate today;
    private String officerName;

    @BeforeEach
    void people() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        officerName = "officer-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(officerName, "推荐专员", "secret-1", Set.of(Role.OFFICER), null, null,
                null, null)));
        if (em.createQuery("select count(a) from Account a where a.username = :u", Long.class)
                .setParameter("u", AsTown.USERNAME).getSingleResult() == 0) {
            admin.call(() -> accounts.open(new NewAccount(AsTown.USERNAME, "常乐镇工作人员", "secret-1", Set.of(Role.TOWN), null,
                    null, AsTown.TOWN, null, null)));
        }
    }

    private static ReferralRecord record(String townCode, LocalDate on, String project) {
        return new ReferralRecord(townCode, on, "海门常乐新材料有限公司", ENTERPRISE, project, new BigDecimal("36000.00"), "新材料",
                LandStatus.IN_TRANSFER, "常乐镇工业园东区约80亩", null, "张明", "13800000000", "镇招商局推荐");
    }

    private static String projectCode() {
        return String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private ReferralView byTown(String project) throws Exception {
        return town.call(() -> referrals.register(record("HMKFQ", null, project), List.of(new NewAttachment("项目简介.pdf",
                new ByteArrayInputStream("%PDF-1.4 项目简介".getBytes(StandardCharsets.UTF_8))))));
    }

    private Set<String> enabled(Role role, String town) {
        var query = em.createQuery("select a.username from Account a join a.roles r where r = :role and a.enabled = true"
                + (town == null ? "" : " and a.townCode = :town"), String.class).setParameter("role", role);
        if (town != null) {
            query.setParameter("town", town);
        }
        return Set.copyOf(query.getResultList());
    }

    private Set<String> told(NoticeKind kind, String sourceKey) {
        return Set.copyOf(em.createQuery("select n.recipient from Notification n where n.kind = :k and n.sourceKey = :s",
                String.class).setParameter("k", kind).setParameter("s", sourceKey).getResultList());
    }

    @Test
    void aTownsReferralIsTakenInThroughTheSingleWindowAndTheFileSaysWhereItCameFrom() throws Exception {
        ReferralView registered = byTown("常乐镇年产3万吨新材料项目");

        assertEquals(AsTown.TOWN, registered.townCode(), "the town of the caller's account, not the one named");
        assertEquals(ReferralStatus.WAITING, registered.status());
        assertEquals(calendar.addWorkingDays(today, 2), registered.dueOn(), "2 working days from the next day");
        assertEquals(1, registered.attachments().size());
        Set<String> office = new HashSet<>(enabled(Role.DIRECTOR, null));
        office.addAll(enabled(Role.OFFICER, null));
        assertEquals(office, told(NoticeKind.REFERRAL_RECEIVED, "referral:" + registered.id()), "the office hears of it");
        assertTrue(officer.call(() -> referrals.list(new ReferralFilter(ReferralStatus.WAITING, null), 0, 500)).items().stream()
                .anyMatch(r -> r.id() == registered.id() && r.light() != null && r.remainingWorkingDays() == 2));

        String code = projectCode();
        ReferralView takenIn = officer.call(() -> referrals.takeIn(registered.id(), registered.version(), new IntakeRequest(null,
                null, code, null, null, ProjectType.INDUSTRIAL, null, null, null, null, officerName, today)));

        assertEquals(ReferralStatus.TAKEN_IN, takenIn.status());
        assertEquals(today, takenIn.decidedOn());
        assertEquals(0, takenIn.workingDaysToDecision(), "taken in the day it came");
        assertNotNull(takenIn.fileNo());
        ServiceFileView file = officer.call(() -> files.file(takenIn.fileNo()));
        assertEquals("常乐镇年产3万吨新材料项目", file.name());
        assertEquals(AsTown.TOWN, file.town());
        assertEquals(0, new BigDecimal("36000").compareTo(file.investment()));
        assertEquals(LandStatus.IN_TRANSFER, file.landStatus());
        // The referral's credit code names an enterprise other tests took in first: the file has the one on record.
        assertEquals(ENTERPRISE, file.enterprise().creditCode());
        assertTrue(file.notes().startsWith("常乐镇工业园东区约80亩"), file.notes());
        assertEquals(1L, em.createQuery("select count(a) from AuditEntry a, Project p where a.projectId = p.id"
                        + " and p.fileNo = :f and a.action = 'REFERRAL_TAKEN_IN' and a.target = :t", Long.class)
                .setParameter("f", takenIn.fileNo()).setParameter("t", "referral:" + registered.id()).getSingleResult(),
                "the file's history says it came from the town's referral");
        assertEquals(enabled(Role.TOWN, AsTown.TOWN), told(NoticeKind.REFERRAL_TAKEN_IN, "referral:" + registered.id()));

        RuleViolation again = assertThrows(RuleViolation.class, () -> director.call(() -> referrals.returnToTown(registered.id(),
                null, "重复", null)));
        assertEquals("status", again.field(), "decided once: a return afterwards is refused");
    }

    @Test
    void aReturnedReferralTellsTheTownWhyAndAnotherTownNeverSeesIt() throws Exception {
        ReferralView registered = byTown("常乐镇仓储物流项目");

        RuleViolation noReason = assertThrows(RuleViolation.class, () -> officer.call(() -> referrals.returnToTown(
                registered.id(), registered.version(), " ", null)));
        assertEquals("reason", noReason.field());
        officer.call(() -> referrals.returnToTown(registered.id(), registered.version(), "投资额未达重大项目标准", null));

        ReferralView read = town.call(() -> referrals.referral(registered.id()));
        assertEquals(ReferralStatus.RETURNED, read.status());
        assertEquals("投资额未达重大项目标准", read.returnReason());
        assertNull(read.light(), "a decided referral has no light");
        assertEquals(enabled(Role.TOWN, AsTown.TOWN), told(NoticeKind.REFERRAL_RETURNED, "referral:" + registered.id()));
        RuleViolation attach = assertThrows(RuleViolation.class, () -> town.call(() -> referrals.upload(registered.id(),
                "补充.pdf", new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.UTF_8)))));
        assertEquals("status", attach.field(), "nothing is attached once it is decided");

        ReferralView elsewhere = officer.call(() -> referrals.register(record("HMKFQ", null, "开发区代登记项目"), List.of()));
        assertEquals("HMKFQ", elsewhere.townCode(), "the office registers on the town's behalf");
        assertThrows(NotFound.class, () -> town.call(() -> referrals.referral(elsewhere.id())));
        assertThrows(NotFound.class, () -> town.call(() -> referrals.attachments(elsewhere.id())));
        assertTrue(town.call(() -> referrals.list(ReferralFilter.ALL, 0, 500)).items().stream()
                .allMatch(r -> r.townCode().equals(AsTown.TOWN)), "a town lists its own referrals only");
        RuleViolation unknownTown = assertThrows(RuleViolation.class, () -> officer.call(() -> referrals.register(
                record("NOWHERE", null, "无名项目"), List.of())));
        assertEquals("townCode", unknownTown.field());
    }

    @Test
    void aReferralPastItsLimitIsLitRedAndTheOfficeAndTheTownAreToldOnce() throws Exception {
        LocalDate registeredOn = today.minusDays(10);
        ReferralView late = town.call(() -> referrals.register(record(null, registeredOn, "常乐镇超时推荐项目"), List.of()));
        assertEquals(Light.RED, late.light(), "the page's light: past its due day");
        assertTrue(late.remainingWorkingDays() < 0);

        supervision.scan();
        supervision.scan();

        Integer stored = em.createQuery("select r.alertLevel from Referral r where r.id = :id", Integer.class)
                .setParameter("id", late.id()).getSingleResult();
        assertEquals(Light.RED, Light.ofLevel(stored), "the scan and the page agree");
        Set<String> expected = new HashSet<>(enabled(Role.DIRECTOR, null));
        expected.addAll(enabled(Role.OFFICER, null));
        expected.addAll(enabled(Role.TOWN, AsTown.TOWN));
        assertEquals(expected, told(NoticeKind.REFERRAL_OVERDUE, "referral:" + late.id()));
        assertEquals(expected.size(), em.createQuery("select count(n) from Notification n where n.kind = :k and n.sourceKey = :s",
                        Long.class).setParameter("k", NoticeKind.REFERRAL_OVERDUE).setParameter("s", "referral:" + late.id())
                .getSingleResult(), "each told once, however often the scan runs");

        ReferralView takenIn = officer.call(() -> referrals.takeIn(late.id(), null, new IntakeRequest(null, null, projectCode(),
                null, null, ProjectType.INDUSTRIAL, null, null, null, null, officerName, null)));
        assertEquals(calendar.countWorkingDays(registeredOn, today), takenIn.workingDaysToDecision());
        supervision.scan();
        assertNull(em.createQuery("select r.alertLevel from Referral r where r.id = :id", Integer.class)
                .setParameter("id", late.id()).getSingleResult(), "taken in: no longer lit");
    }

    @Test
    void aTownHearsOfItsOwnProjectsRedMattersAndNotOfAnotherTowns() throws Exception {
        String ours = redProject(AsTown.TOWN);
        String theirs = redProject("HMKFQ");

        supervision.scan();

        assertTrue(townTold(ours), "督办 of its own project's red matter");
        assertTrue(!townTold(theirs), "nothing of another town's project");
    }

    private boolean townTold(String fileNo) {
        return em.createQuery("select count(n) from Notification n, Project p where p.id = n.projectId and p.fileNo = :f"
                        + " and n.kind = :k and n.recipient = :town", Long.class).setParameter("f", fileNo)
                .setParameter("k", NoticeKind.SUPERVISION).setParameter("town", AsTown.USERNAME).getSingleResult() > 0;
    }

    /** A project of the town whose land matter has been overdue for weeks. */
    private String redProject(String townCode) throws Exception {
        ServiceFileView file = officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData(
                "海门常乐新材料有限公司", ENTERPRISE, "施工", "0513-8220 0000"), "红灯测试项目", projectCode(), new BigDecimal("52000"),
                "新材料", ProjectType.INDUSTRIAL, townCode, LandStatus.HELD, null, null, officerName, today.minusDays(60))));
        officer.call(() -> matters.record(file.fileNo(), "DRC-01", new MatterEvent.Accept(today.minusDays(60), null, null, true,
                null)));
        officer.call(() -> matters.record(file.fileNo(), "DRC-01", new MatterEvent.Approve(today.minusDays(60), null,
                "海发改备〔2026〕9号")));
        officer.call(() -> matters.record(file.fileNo(), "LAND-01", new MatterEvent.Accept(today.minusDays(40), null, null,
                true, null)));
        return file.fileNo();
    }
}
