package org.projectdesk.servicefile.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.audit.entity.AuditEntry;
import org.projectdesk.project.entity.Project;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

@ExtendWith(ArquillianExtension.class)
class ServiceFilesIT {

    private static final String ENTERPRISE = "91320684MA1X4L8D5J";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("service-files-test", AsAdmin.class, AsOfficer.class, AsDirector.class);
    }

    @Inject
    ServiceFiles files;

    @Inject
    ProjectLists lists;

    @Inject
    Matters matters;

    @Inject
    Accounts accounts;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    AsDirector director;

    @PersistenceContext
    EntityManager em;

    private String officerName;

    @BeforeEach
    void anOfficer() throws Exception {
        officerName = "officer-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(officerName, "测试专员", "secret-1", Set.of(Role.OFFICER), null, null, null, null)));
    }

    private static String newProjectCode() {
        return String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private IntakeRequest request(String code, ProjectType type, LocalDate on) {
        return new IntakeRequest(new IntakeRequest.EnterpriseData("江海精密钢丝有限公司", ENTERPRISE, "施工", "0513-8220 0000"),
                "精密钢丝二期", code, new BigDecimal("52000"), "金属制品", type, "HMKFQ", LandStatus.HELD, LocalDate.of(2027, 3, 1),
                null, officerName, on);
    }

    private ServiceFileView takeIn(ProjectType type) throws Exception {
        return officer.call(() -> files.takeIn(request(newProjectCode(), type, LocalDate.of(2026, 6, 1))));
    }

    @Test
    void anIndustrialProjectIsPlannedWithEveryCategoryInParallelWherePrerequisitesAllow() throws Exception {
        ServiceFileView file = takeIn(ProjectType.INDUSTRIAL);

        assertTrue(file.fileNo().matches("XF-2026-\\d{4}"), file.fileNo());
        assertEquals(officerName, file.officer());
        assertEquals(ProjectStatus.ACCEPTED, file.status());
        assertEquals(1, file.catalogueVersion());
        assertEquals(22, file.matters().size());
        assertEquals(358, file.serialStatutoryDays());
        assertEquals(64, file.serialPromisedDays());
        assertEquals(30, file.criticalPathDays());
        MatterView permit = file.matters().stream().filter(m -> m.categoryCode().equals("HUD-03")).findFirst().orElseThrow();
        assertTrue(permit.critical());
        assertEquals(MatterStatus.PLANNED, permit.status());
        assertTrue(permit.plannedStart().isAfter(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void aPublicBuildingSkipsTheIndustrialReviews() throws Exception {
        ServiceFileView file = takeIn(ProjectType.PUBLIC_BUILDING);

        assertEquals(19, file.matters().size());
        assertTrue(file.matters().stream().noneMatch(m -> Set.of("EIC-01", "SAFETY-01", "SAFETY-02").contains(m.categoryCode())));
    }

    @Test
    void theSameEnterpriseIsReusedAndFileNumbersFollowEachOther() throws Exception {
        ServiceFileView first = takeIn(ProjectType.INDUSTRIAL);
        ServiceFileView second = takeIn(ProjectType.INDUSTRIAL);

        assertEquals(1L, em.createQuery("select count(e) from Enterprise e where e.creditCode = :c", Long.class)
                .setParameter("c", ENTERPRISE).getSingleResult());
        int a = Integer.parseInt(first.fileNo().substring(8));
        int b = Integer.parseInt(second.fileNo().substring(8));
        assertEquals(a + 1, b);
    }

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Test
    void twoIntakesOfOneNewEnterpriseAtOnceGetConsecutiveNumbersAndShareTheEnterprise() throws Exception {
        String serial = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String credit = org.projectdesk.project.entity.CreditCode.withCheckCharacter("91320684MC" + serial);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.function.Supplier<ServiceFileView> intake = () -> {
            try {
                together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                return officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("同时Qy" + serial
                        + "有限公司", credit, "李四", "0513-5678"), "同时项目", newProjectCode(), new BigDecimal("100"), null,
                        ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName, LocalDate.of(2026, 6, 1))));
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        };

        var first = java.util.concurrent.CompletableFuture.supplyAsync(intake, executor);
        var second = java.util.concurrent.CompletableFuture.supplyAsync(intake, executor);
        int a = Integer.parseInt(first.get(120, java.util.concurrent.TimeUnit.SECONDS).fileNo().substring(8));
        int b = Integer.parseInt(second.get(120, java.util.concurrent.TimeUnit.SECONDS).fileNo().substring(8));

        assertEquals(1, Math.abs(a - b), "consecutive numbers, no gap: " + a + " and " + b);
        assertEquals(1L, em.createQuery("select count(e) from Enterprise e where e.creditCode = :c", Long.class)
                .setParameter("c", credit).getSingleResult());
        assertEquals(0L, em.createQuery("select count(p) from Project p where p.fileNo like '~%'", Long.class).getSingleResult(),
                "no stand-in number is ever committed");
    }

    @Test
    void aDuplicateProjectCodeOrABadCreditCodeIsRefusedAndNothingIsStored() throws Exception {
        String code = newProjectCode();
        officer.call(() -> files.takeIn(request(code, ProjectType.INDUSTRIAL, LocalDate.of(2026, 6, 1))));
        long projects = em.createQuery("select count(p) from Project p", Long.class).getSingleResult();

        RuleViolation duplicate = assertThrows(RuleViolation.class,
                () -> officer.call(() -> files.takeIn(request(code, ProjectType.INDUSTRIAL, LocalDate.of(2026, 6, 1)))));
        assertEquals("projectCode", duplicate.field());

        IntakeRequest badCode = new IntakeRequest(new IntakeRequest.EnterpriseData("某公司", "91320684MA1X4L8D5K", null, null),
                "某项目", newProjectCode(), BigDecimal.ONE, null, ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null,
                officerName, LocalDate.of(2026, 6, 1));
        assertEquals("enterprise.creditCode", assertThrows(RuleViolation.class,
                () -> officer.call(() -> files.takeIn(badCode))).field());
        assertEquals(projects, em.createQuery("select count(p) from Project p", Long.class).getSingleResult());
    }

    @Test
    void mattersMoveByEventsAndTheProjectFollows() throws Exception {
        ServiceFileView file = takeIn(ProjectType.INDUSTRIAL);

        MatterView filing = officer.call(() -> matters.record(file.fileNo(), "DRC-01",
                new MatterEvent.Accept(LocalDate.of(2026, 6, 2), null, null, true, null)));
        assertEquals(LocalDate.of(2026, 6, 2), filing.dueOn(), "done on the spot: due the day it is accepted");
        officer.call(() -> matters.record(file.fileNo(), "DRC-01", new MatterEvent.Approve(
                LocalDate.of(2026, 6, 2), null, "海发改备〔2026〕88号")));
        MatterView land = officer.call(() -> matters.record(file.fileNo(), "LAND-01",
                new MatterEvent.Accept(LocalDate.of(2026, 6, 3), null, null, true, null)));

        assertEquals(LocalDate.of(2026, 6, 10), land.dueOn(), "5 working days from 4 June");
        ServiceFileView after = officer.call(() -> files.file(file.fileNo()));
        assertEquals(ProjectStatus.IN_APPROVAL, after.status());
        assertEquals(List.of("ACCEPT LAND-01", "APPROVE DRC-01", "ACCEPT DRC-01", "INTAKE " + file.fileNo()),
                after.history().stream().map(a -> a.action() + " " + a.target()).toList());
        assertEquals("status=PLANNED, caseType=JOINT", after.history().get(0).before());
        assertTrue(after.history().get(0).after().startsWith("status=ACCEPTED, caseType=JOINT, accepted=2026-06-03, due=2026-06-10"),
                after.history().get(0).after());
        RuleViolation early = assertThrows(RuleViolation.class, () -> officer.call(() -> matters.record(file.fileNo(), "PLAN-01",
                new MatterEvent.Approve(LocalDate.of(2026, 6, 3), null, "x"))));
        assertEquals("matter.illegal", early.key());
    }

    @Test
    void onlyTheDirectorReassignsAndEveryHandoverIsKept() throws Exception {
        ServiceFileView file = takeIn(ProjectType.INDUSTRIAL);
        String other = "officer-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(other, "另一专员", "secret-1", Set.of(Role.OFFICER), null, null, null, null)));

        assertThrows(EJBAccessException.class, () -> officer.call(() -> files.reassign(file.fileNo(), file.version(), other, "x")));
        assertEquals("reason", assertThrows(RuleViolation.class,
                () -> director.call(() -> files.reassign(file.fileNo(), file.version(), other, " "))).field());
        ServiceFileView reassigned = director.call(() -> files.reassign(file.fileNo(), file.version(), other, "原专员休假"));

        assertEquals(other, reassigned.officer());
        assertEquals(2, reassigned.handovers().size());
        assertEquals("原专员休假", reassigned.handovers().get(1).reason());
        assertEquals(officerName, reassigned.handovers().get(1).from());
        assertNotEquals(file.version(), reassigned.version());
        assertEquals(List.of(officerName + " OFFICER_ASSIGNED null", other + " OFFICER_ASSIGNED 原专员休假"),
                em.createQuery("select n.recipient, n.kind, n.body from Notification n, Project p"
                                + " where p.id = n.projectId and p.fileNo = :f order by n.id", Object[].class)
                        .setParameter("f", file.fileNo()).getResultList().stream().map(r -> r[0] + " " + r[1] + " " + r[2]).toList(),
                "each officer given the file by someone else is told: at intake, and at the reassignment with its reason");
    }

    @Test
    void anOfficerAddsACategoryToThePlanWithAReason() throws Exception {
        ServiceFileView file = takeIn(ProjectType.PUBLIC_BUILDING);

        assertEquals("reason", assertThrows(RuleViolation.class,
                () -> officer.call(() -> matters.addToPlan(file.fileNo(), "EIC-01", " "))).field());
        MatterView added = officer.call(() -> matters.addToPlan(file.fileNo(), "EIC-01", "项目含工业生产线"));

        assertEquals(MatterStatus.PLANNED, added.status());
        assertEquals("categoryCode", assertThrows(RuleViolation.class,
                () -> officer.call(() -> matters.addToPlan(file.fileNo(), "EIC-01", "again"))).field());
        ServiceFileView after = officer.call(() -> files.file(file.fileNo()));
        assertEquals(20, after.matters().size());
        assertEquals("ADD_TO_PLAN EIC-01", after.history().get(0).action() + " " + after.history().get(0).target());
    }

    @Test
    void aProjectIsPausedWithAReasonResumedAndWithdrawnButCannotStartBeforeItsApprovals() throws Exception {
        ServiceFileView file = takeIn(ProjectType.INDUSTRIAL);

        RuleViolation early = assertThrows(RuleViolation.class, () -> officer.call(() -> files.track(file.fileNo(),
                new TrackingStep(TrackingStep.Type.START_CONSTRUCTION, LocalDate.of(2026, 7, 1), null, null, null))));
        assertEquals("project.illegal", early.key());

        ServiceFileView paused = officer.call(() -> files.track(file.fileNo(), new TrackingStep(TrackingStep.Type.PAUSE,
                LocalDate.of(2026, 7, 1), org.projectdesk.project.entity.StopReason.LAND, "征地未完成", null)));
        assertEquals(ProjectStatus.PAUSED, paused.status());
        assertEquals(org.projectdesk.project.entity.StopReason.LAND, paused.stopReason());

        ServiceFileView resumed = officer.call(() -> files.track(file.fileNo(),
                new TrackingStep(TrackingStep.Type.RESUME, LocalDate.of(2026, 8, 3), null, null, paused.version())));
        assertEquals(ProjectStatus.ACCEPTED, resumed.status());
        assertThrows(org.projectdesk.shared.control.StaleVersion.class, () -> officer.call(() -> files.track(file.fileNo(),
                new TrackingStep(TrackingStep.Type.WITHDRAW, LocalDate.of(2026, 8, 4), org.projectdesk.project.entity.StopReason.MARKET,
                        null, paused.version()))));

        ServiceFileView noted = officer.call(() -> files.note(file.fileNo(), LocalDate.of(2026, 8, 5),
                org.projectdesk.project.entity.ProgressNote.Kind.MILESTONE, "完成征地"));
        assertEquals("完成征地", noted.progress().get(noted.progress().size() - 1).text());
        assertEquals(List.of("PROGRESS_MILESTONE", "RESUME", "PAUSE"),
                noted.history().stream().limit(3).map(a -> a.action()).toList());
    }

    @Inject
    Ledgers ledgers;

    private String ledger(String code, String... matterRows) {
        StringBuilder csv = new StringBuilder("project_code,project_name,enterprise_name,credit_code,type,town,land_status,"
                + "investment,officer,intake_on,category,matter_status,accepted_on,decided_on,document_no\n");
        for (String row : matterRows) {
            csv.append(code).append(",台账项目,江海精密钢丝有限公司,").append(ENTERPRISE).append(",INDUSTRIAL,HMKFQ,HELD,8000,")
                    .append(officerName).append(",2026-05-06,").append(row).append("\n");
        }
        return csv.toString();
    }

    @Test
    void aLedgerIsPreviewedWithoutChangingAnythingThenImportedWhole() throws Exception {
        String code = newProjectCode();
        byte[] file = ledger(code, "DRC-01,APPROVED,2026-05-07,2026-05-07,海发改备〔2026〕77号", "LAND-01,ACCEPTED,2026-05-08,,",
                "PLAN-01,PLANNED,,,").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        LedgerImport preview = officer.call(() -> ledgers.preview(file));
        assertTrue(preview.isApplicable(), () -> preview.problems().toString());
        assertEquals(3, preview.matters());
        assertEquals(0L, em.createQuery("select count(p) from Project p where p.projectCode = :c", Long.class)
                .setParameter("c", code).getSingleResult(), "the preview changes nothing");

        officer.call(() -> ledgers.apply(file));

        String fileNo = em.createQuery("select p.fileNo from Project p where p.projectCode = :c", String.class)
                .setParameter("c", code).getSingleResult();
        ServiceFileView imported = officer.call(() -> files.file(fileNo));
        assertEquals(MatterStatus.APPROVED, status(imported, "DRC-01"));
        assertEquals(MatterStatus.ACCEPTED, status(imported, "LAND-01"));
        assertEquals(ProjectStatus.IN_APPROVAL, imported.status());
        String exported = new String(officer.call(() -> ledgers.export()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(exported.contains(fileNo + "," + code + ",台账项目"), "the export lists the imported project");
    }

    /**
     * The import takes the whole file in the one transaction: a lookup whose statement stays open to the end of
     * the transaction (a query result read as a stream) leaks one for every project, and a full-size ledger ran out
     * of heap with 31,000 of them.
     */
    @Test
    void aLedgerImportedInOneTransactionLeavesNoStatementOpenAfterItsProjects() throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String lines = ledger(newProjectCode(), "DRC-01,APPROVED,2026-05-07,2026-05-07,海发改备〔2026〕" + (100 + i) + "号",
                    "LAND-01,ACCEPTED,2026-05-08,,");
            csv.append(i == 0 ? lines : lines.substring(lines.indexOf('\n') + 1));
        }
        byte[] file = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        boolean statementsOpen = officer.call(() -> {
            assertEquals(12, ledgers.importWhole(() -> new java.io.ByteArrayInputStream(file)).projectCodes().size());
            return em.unwrap(org.hibernate.engine.spi.SessionImplementor.class).getJdbcCoordinator().getLogicalConnection()
                    .getResourceRegistry().hasRegisteredResources();
        });

        assertFalse(statementsOpen, "every statement of the import is closed before its transaction ends");
    }

    /**
     * The ledger takes a project's steps together (its file loaded once, and written once, not once a step): what it
     * writes must be what the same steps taken one by one through the boundaries write. The next file number, every
     * matter's state, dates and history entries, and the project's status (versions count writes, not steps).
     */
    @Test
    void aProjectImportedByTheLedgerIsWhatTheSameStepsTakenOneByOneMake() throws Exception {
        String byHand = newProjectCode();
        ServiceFileView taken = officer.call(() -> files.takeIn(new IntakeRequest(
                new IntakeRequest.EnterpriseData("江海精密钢丝有限公司", ENTERPRISE, null, null), "台账项目", byHand,
                new BigDecimal("8000"), null, ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName,
                LocalDate.of(2026, 5, 6))));
        String handNo = taken.fileNo();
        LocalDate may7 = LocalDate.of(2026, 5, 7);
        LocalDate may8 = LocalDate.of(2026, 5, 8);
        officer.call(() -> matters.record(handNo, "DRC-01", new MatterEvent.Accept(may7, null, null, true, null)));
        officer.call(() -> matters.record(handNo, "DRC-01", new MatterEvent.Approve(may7, null, "海发改备〔2026〕81号")));
        officer.call(() -> matters.record(handNo, "LAND-01", new MatterEvent.Accept(may8, null, null, true, null)));
        officer.call(() -> matters.record(handNo, "LAND-01", new MatterEvent.StartReview(may8, null)));
        officer.call(() -> matters.record(handNo, "LAND-02", new MatterEvent.Accept(may8, null, null, true, null)));

        String byLedger = newProjectCode();
        byte[] file = ledger(byLedger, "DRC-01,APPROVED,2026-05-07,2026-05-07,海发改备〔2026〕81号", "LAND-01,IN_REVIEW,2026-05-08,,",
                "LAND-02,ACCEPTED,2026-05-08,,", "PLAN-01,PLANNED,,,").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(4, officer.call(() -> ledgers.apply(file)).matters());

        Project hand = em.createNamedQuery(Project.BY_FILE_NO, Project.class).setParameter("fileNo", handNo).getSingleResult();
        Project ledgered = em.createQuery("select p from Project p where p.projectCode = :c", Project.class)
                .setParameter("c", byLedger).getSingleResult();
        assertEquals(String.format("XF-2026-%04d", Integer.parseInt(handNo.substring(8)) + 1), ledgered.getFileNo(),
                "the next number of the year");
        assertEquals(List.of(hand.getStatus(), hand.getCatalogueVersion()),
                List.of(ledgered.getStatus(), ledgered.getCatalogueVersion()));
        assertEquals(mattersOf(hand), mattersOf(ledgered));
        assertEquals(historyOf(hand).replace(byHand, "CODE").replace(handNo, "FILE"),
                historyOf(ledgered).replace(byLedger, "CODE").replace(ledgered.getFileNo(), "FILE"));
    }

    private List<String> mattersOf(Project project) {
        return em.createQuery("select m from Matter m where m.projectId = :id order by m.categoryCode", Matter.class)
                .setParameter("id", project.getId()).getResultList().stream()
                .map(m -> m.getCategoryCode() + " " + m.summary() + " last=" + m.getLastEventOn()
                        + " planned=" + m.getPlannedStart() + " document=" + m.getDocumentNo())
                .toList();
    }

    /** Each matter's history entries in turn (the ledger takes matters in its own order). */
    private String historyOf(Project project) {
        return em.createQuery("select a from AuditEntry a where a.projectId = :id order by a.id", AuditEntry.class)
                .setParameter("id", project.getId()).getResultList().stream()
                .sorted(java.util.Comparator.comparing(a -> String.valueOf(a.getTarget())))
                .map(a -> a.getActor() + " " + a.getAction() + " " + a.getTarget() + " [" + a.getBefore() + "] [" + a.getAfter() + "]")
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void aLedgerWithAnyProblemReportsEveryOneByLineAndImportsNothing() throws Exception {
        String good = newProjectCode();
        String bad = newProjectCode();
        String csv = ledger(good, "DRC-01,APPROVED,2026-05-07,2026-05-07,海发改备〔2026〕78号")
                + ledger(bad, "PLAN-03,APPROVED,2026-05-07,2026-05-08,x", "LAND-01,ACCEPTED,2026-13-01,,").lines().skip(1)
                        .reduce("", (a, b) -> a + b + "\n");
        byte[] file = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        LedgerImport preview = officer.call(() -> ledgers.preview(file));

        assertEquals(List.of("3 matter_status matter.approve.prerequisites", "4 accepted_on import.notDate"),
                preview.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.key()).toList());
        assertThrows(RuleViolation.class, () -> officer.call(() -> ledgers.apply(file)));
        assertEquals(0L, em.createQuery("select count(p) from Project p where p.projectCode in (:a, :b)", Long.class)
                .setParameter("a", good).setParameter("b", bad).getSingleResult(), "not even the good project");
    }

    @Test
    void aProjectsLinesGivenAgainAfterAnotherProjectsAreRefusedOnThatLine() throws Exception {
        String first = newProjectCode();
        String second = newProjectCode();
        String csv = ledger(first, "DRC-01,APPROVED,2026-05-07,2026-05-07,海发改备〔2026〕79号")
                + ledger(second, "DRC-01,PLANNED,,,").lines().skip(1).reduce("", (a, b) -> a + b + "\n")
                + ledger(first, "LAND-01,ACCEPTED,2026-05-08,,").lines().skip(1).reduce("", (a, b) -> a + b + "\n");
        byte[] file = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        LedgerImport preview = officer.call(() -> ledgers.preview(file));

        // Read as a stream, a project is one run of lines: line 4 cannot join line 2's project.
        assertEquals(List.of("4 project_code ledger.projectApart"),
                preview.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.key()).toList());
        assertEquals("Project " + first + " is given again after other projects' lines (its lines begin on line 2); a project's"
                + " lines come one after another, as the export writes them", preview.problems().get(0).message(java.util.Locale.ROOT));
        assertThrows(RuleViolation.class, () -> officer.call(() -> ledgers.apply(file)));
        assertEquals(0L, em.createQuery("select count(p) from Project p where p.projectCode in (:a, :b)", Long.class)
                .setParameter("a", first).setParameter("b", second).getSingleResult());
    }

    @Test
    void aRefusalInOneProjectOfALedgerDoesNotKeepTheOthersFromBeingChecked() throws Exception {
        String refusedIntake = newProjectCode();
        String refusedStep = newProjectCode();
        String notPlanned = newProjectCode();
        String wrongCheckCharacter = ENTERPRISE.substring(0, 17) + (ENTERPRISE.charAt(17) == '0' ? '1' : '0');
        String csv = ledger(refusedIntake, "DRC-01,PLANNED,,,").replace(ENTERPRISE, wrongCheckCharacter)
                + ledger(refusedStep, "PLAN-03,APPROVED,2026-05-07,2026-05-08,x", "LAND-01,ACCEPTED,2026-05-07,,",
                        "LAND-02,DONE,,,").lines().skip(1).reduce("", (a, b) -> a + b + "\n")
                + ledger(notPlanned, "NOPE-01,PLANNED,,,", "DRC-01,ACCEPTED,2026-05-07,,").lines().skip(1)
                        .reduce("", (a, b) -> a + b + "\n");
        byte[] file = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        LedgerImport preview = officer.call(() -> ledgers.preview(file));

        // Line 2's intake and line 3's approval are refused; line 4 is then only read, line 5 is read wrong.
        assertEquals(List.of("2 credit_code creditCode.check", "3 matter_status matter.approve.prerequisites",
                        "5 matter_status import.oneOf", "6 category matter.unknown"),
                preview.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.key()).toList());
        assertThrows(RuleViolation.class, () -> officer.call(() -> ledgers.apply(file)));
        assertEquals(0L, em.createQuery("select count(p) from Project p where p.projectCode in (:a, :b, :c)", Long.class)
                .setParameter("a", refusedIntake).setParameter("b", refusedStep).setParameter("c", notPlanned)
                .getSingleResult());
    }

    private static MatterStatus status(ServiceFileView file, String code) {
        return file.matters().stream().filter(m -> m.categoryCode().equals(code)).findFirst().orElseThrow().status();
    }

    @Inject
    org.projectdesk.approval.boundary.PlanRules planRules;

    @Test
    void changedPlanRulesApplyToProjectsTakenInAfterwards() throws Exception {
        var before = director.call(() -> planRules.rules());
        var without = new java.util.TreeMap<String, java.util.Set<ProjectType>>();
        before.forEach((code, types) -> without.put(code, java.util.EnumSet.copyOf(types)));
        without.get("QUAKE-01").remove(ProjectType.INFRASTRUCTURE);
        try {
            director.call(() -> {
                planRules.replace(without);
                return null;
            });

            ServiceFileView file = takeIn(ProjectType.INFRASTRUCTURE);

            assertEquals(17, file.matters().size());
            assertTrue(file.matters().stream().noneMatch(m -> m.categoryCode().equals("QUAKE-01")));
        } finally {
            director.call(() -> {
                planRules.replace(before);
                return null;
            });
        }
        assertEquals(before, director.call(() -> planRules.rules()));
        assertThrows(EJBAccessException.class, () -> officer.call(() -> planRules.rules()));
    }

    @Test
    void planRulesReadBeforeSomeoneElsesChangeAreNotSavedOverIt() throws Exception {
        var before = director.call(() -> planRules.rules());
        var withoutQuake = new java.util.TreeMap<String, java.util.Set<ProjectType>>();
        before.forEach((code, types) -> withoutQuake.put(code, java.util.EnumSet.copyOf(types)));
        withoutQuake.get("QUAKE-01").remove(ProjectType.INFRASTRUCTURE);
        var withoutTrans = new java.util.TreeMap<String, java.util.Set<ProjectType>>();
        before.forEach((code, types) -> withoutTrans.put(code, java.util.EnumSet.copyOf(types)));
        withoutTrans.get("TRANS-01").remove(ProjectType.INFRASTRUCTURE);
        try {
            director.call(() -> {
                planRules.replace(before, withoutQuake);
                return null;
            });
            assertEquals(withoutQuake, director.call(() -> planRules.rules()));

            // Someone who read the rules before that change would undo it: refused, nothing changes.
            assertThrows(org.projectdesk.shared.control.StaleVersion.class, () -> director.call(() -> {
                planRules.replace(before, withoutTrans);
                return null;
            }));
            assertEquals(withoutQuake, director.call(() -> planRules.rules()));
        } finally {
            director.call(() -> {
                planRules.replace(before);
                return null;
            });
        }
    }

    @Inject
    org.projectdesk.project.boundary.Enterprises enterprises;

    @Test
    void anIntakeFindsAnEnterpriseOnFileByPartOfItsNameOrTheStartOfItsCode() throws Exception {
        String serial = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String credit = org.projectdesk.project.entity.CreditCode.withCheckCharacter("91320684MB" + serial);
        officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("查找Qy" + serial + "有限公司", credit,
                "张三", "0513-1234"), "查找项目", newProjectCode(), new BigDecimal("100"), null, ProjectType.INDUSTRIAL, "HMKFQ",
                LandStatus.HELD, null, null, officerName, LocalDate.of(2026, 6, 1))));
        var expected = new org.projectdesk.project.boundary.EnterpriseOnFile(credit, "查找Qy" + serial + "有限公司", "张三", "0513-1234");

        for (String text : List.of("qy" + serial, " 找QY" + serial + "有 ", credit.substring(0, 12).toLowerCase(java.util.Locale.ROOT), credit)) {
            assertEquals(List.of(expected), officer.call(() -> enterprises.find(text)), text);
        }
        assertEquals(List.of(), officer.call(() -> enterprises.find(credit.substring(2, 14))), "a code is found by its start only");
        assertEquals(List.of(), officer.call(() -> enterprises.find("查")), "one character finds nothing");
        assertEquals(List.of(), officer.call(() -> enterprises.find("%_")), "no wildcards");
        assertTrue(officer.call(() -> enterprises.find("有限")).size() <= 10, "at most ten suggestions");
    }

    @Test
    void theSearchFindsAProjectByPartOfItsNameFileNumberProjectCodeOrEnterpriseName() throws Exception {
        String serial = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String credit = org.projectdesk.project.entity.CreditCode.withCheckCharacter("91320684MA" + serial);
        String code = newProjectCode();
        ServiceFileView file = officer.call(() -> files.takeIn(new IntakeRequest(
                new IntakeRequest.EnterpriseData("检索Qy" + serial + "企业", credit, null, null), "检索Xm" + serial + "码头项目", code,
                new BigDecimal("100"), null, ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName,
                LocalDate.of(2026, 6, 1))));

        for (String search : List.of("xm" + serial + "码头", "XM" + serial, file.fileNo().toLowerCase(java.util.Locale.ROOT),
                code.substring(5), "qy" + serial + "企", "Qy" + serial)) {
            List<String> found = officer.call(() -> lists.list(new ProjectFilter(null, null, null, null, search, false, null, null), 0, 20, null, false)).items().stream()
                    .map(ProjectSummary::fileNo).toList();
            assertEquals(List.of(file.fileNo()), found, search);
        }
        // Fewer than three characters (no trigram, matched by locate): among the matches.
        for (String search : List.of("xM", "Qy", "检")) {
            assertTrue(officer.call(() -> lists.list(new ProjectFilter(null, null, null, null, search, false, null, null), 0, 500, null, false)).items().stream()
                    .anyMatch(p -> p.fileNo().equals(file.fileNo())), search);
        }
        assertEquals(0L, officer.call(() -> lists.list(new ProjectFilter(null, null, null, null, "检索Xm" + serial + "道路", false, null, null), 0, 20, null, false)).total());
        assertEquals(1L, officer.call(() -> lists.list(new ProjectFilter(null, null, null, ProjectType.INDUSTRIAL, "Xm" + serial, false, null, null), 0, 20, null, false)).total());
        assertEquals(0L, officer.call(() -> lists.list(new ProjectFilter(null, null, null, ProjectType.INFRASTRUCTURE, "Xm" + serial, false, null, null), 0, 20, null, false)).total());
    }

    @Test
    void aFullPageCountsEveryProjectItsFilterKeepsAndTheLastPageHoldsTheRest() throws Exception {
        takeIn(ProjectType.INDUSTRIAL);
        takeIn(ProjectType.INDUSTRIAL);
        takeIn(ProjectType.INDUSTRIAL);
        long all = 0;
        for (int page = 0; ; page++) {
            int p = page;
            int shown = officer.call(() -> lists.list(ProjectFilter.ALL, p, 500, null, false)).items().size();
            all += shown;
            if (shown < 500) {
                break;
            }
        }

        ProjectPage first = officer.call(() -> lists.list(ProjectFilter.ALL, 0, 2, null, false));
        assertEquals(List.of(2, (int) all, 1), List.of(first.items().size(), (int) first.total(), first.totalExact() ? 1 : 0));
        int lastPage = (int) ((all - 1) / 2);
        ProjectPage last = officer.call(() -> lists.list(ProjectFilter.ALL, lastPage, 2, null, false));
        assertEquals(List.of((int) (all - lastPage * 2L), (int) all), List.of(last.items().size(), (int) last.total()));
    }

    @Test
    void aCountKeptForAFilterIsMadeAgainAsSoonAsAProjectIsTakenIn() throws Exception {
        ProjectFilter industrial = new ProjectFilter(null, null, null, ProjectType.INDUSTRIAL, null, false, null, null);
        takeIn(ProjectType.INDUSTRIAL);
        takeIn(ProjectType.INDUSTRIAL);
        long before = officer.call(() -> lists.list(industrial, 0, 1, null, false)).total();
        assertEquals(before, officer.call(() -> lists.list(industrial, 0, 1, null, false)).total(), "kept: nothing written");

        takeIn(ProjectType.INDUSTRIAL);
        takeIn(ProjectType.PUBLIC_BUILDING);

        ProjectPage after = officer.call(() -> lists.list(industrial, 0, 1, null, false));
        assertEquals(List.of(before + 1, 1L), List.of(after.total(), after.totalExact() ? 1L : 0L));
    }

    @Test
    void theOverdueFilterFindsProjectsWithARunningMatterPastItsPromisedDate() throws Exception {
        ServiceFileView late = takeIn(ProjectType.INDUSTRIAL);
        ServiceFileView idle = takeIn(ProjectType.INDUSTRIAL);
        officer.call(() -> matters.record(late.fileNo(), "LAND-01",
                new MatterEvent.Accept(LocalDate.of(2026, 6, 3), null, null, true, null)));

        List<String> overdue = officer.call(() -> lists.list(new ProjectFilter(null, officerName, null, null, null, true, null, null), 0, 50, null, false))
                .items().stream().map(ProjectSummary::fileNo).toList();

        assertEquals(List.of(late.fileNo()), overdue, "due 2026-06-10, long past; the other has nothing running");
        assertTrue(officer.call(() -> lists.list(ProjectFilter.ALL.withOfficer(officerName), 0, 50, null, false))
                .items().stream().anyMatch(p -> p.fileNo().equals(idle.fileNo())));
    }
}
