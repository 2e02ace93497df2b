package org.projectdesk.supervision.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.greenchannel.boundary.GreenChannels;
import org.projectdesk.greenchannel.boundary.ProjectEvent;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.LedgerImport;
import org.projectdesk.servicefile.boundary.Ledgers;
import org.projectdesk.servicefile.boundary.ProjectFilter;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.supervision.entity.Notification;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

/**
 * Lists, the ledger and the board on a real server (issue 17): the project list by a department's pending
 * matters; a ledger holding a matter in every state a file can have imports back as it was exported; each
 * count of the board equals the matters listed behind it; the director's supervision order (督办) tells the
 * department's windows and the officer, goes into the file's history and marks the matter.
 */
@ExtendWith(ArquillianExtension.class)
class BoardAndLedgerIT {

    private static final String ENTERPRISE = "91320684MA1X4L8D5J";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("board-ledger-test", AsAdmin.class, AsOfficer.class, AsDirector.class);
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
    ProjectLists lists;

    @Inject
    Ledgers ledgers;

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

    @Inject
    Clock clock;

    private LocalDate today;
    private String officerName;
    private String landWindow;

    @BeforeEach
    void people() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        officerName = open("officer", Role.OFFICER, null);
        landWindow = open("land", Role.DEPARTMENT, "LAND");
    }

    private String open(String prefix, Role role, String department) throws Exception {
        String name = prefix + "-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(name, "测试" + prefix + name.substring(name.indexOf('-')), "secret-1",
                Set.of(role), department, null, null, name + "@example.test")));
        return name;
    }

    private static String projectCode() {
        return String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private ServiceFileView takeIn(LandStatus land, LocalDate on) throws Exception {
        String code = projectCode();
        return officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("江海精密钢丝有限公司",
                ENTERPRISE, "施工", "0513-8220 0000"), "台账往返" + code.substring(18), code, new BigDecimal("52000"), "金属制品",
                ProjectType.INDUSTRIAL, "HMKFQ", land, null, null, officerName, on)));
    }

    private void step(String fileNo, String category, MatterEvent event) throws Exception {
        officer.call(() -> matters.record(fileNo, category, event));
    }

    private static MatterEvent accept(LocalDate on) {
        return new MatterEvent.Accept(on, null, null, true, null);
    }

    // ------------------------------------------------------------------ the project list by department

    @Test
    void theProjectListByDepartmentHoldsTheProjectsWithAPendingMatterOfIt() throws Exception {
        ServiceFileView file = takeIn(LandStatus.HELD, today.minusDays(10));
        String search = file.projectCode();
        assertEquals(0, found(search, "LAND"), "no LAND matter filed yet");
        step(file.fileNo(), "DRC-01", accept(today.minusDays(10)));
        step(file.fileNo(), "DRC-01", new MatterEvent.Approve(today.minusDays(10), null, "海发改备〔2026〕71号"));
        step(file.fileNo(), "LAND-01", accept(today.minusDays(8)));
        step(file.fileNo(), "PLAN-01", new MatterEvent.PrepareMaterials(today.minusDays(2), null));

        assertEquals(1, found(search, "LAND"), "LAND-01 is to decide");
        assertEquals(1, found(search, "land"), "the code is not case-sensitive");
        assertEquals(1, found(search, "PLAN"), "PLAN-01's materials are being prepared: to accept");
        assertEquals(0, found(search, "DRC"), "DRC-01 is decided");
        assertEquals(0, found(search, "HUD"), "HUD's matters are only planned");

        step(file.fileNo(), "LAND-01", new MatterEvent.RequestSupplement(today.minusDays(5), null, List.of("用地红线图")));
        assertEquals(1, found(search, "LAND"), "a supplement awaited is still pending");
    }

    private long found(String search, String department) throws Exception {
        return officer.call(() -> lists.list(new ProjectFilter(null, null, null, null, search, false, null, null, department),
                0, 20, null, false)).total();
    }

    // ------------------------------------------------------------------ the ledger's round trip

    @Test
    void aLedgerHoldingEveryStateImportsBackAsItWasExported() throws Exception {
        String fileNo = onTheGreenChannel();
        step(fileNo, "DRC-01", accept(today.minusDays(30)));
        step(fileNo, "DRC-01", new MatterEvent.Approve(today.minusDays(30), null, "海发改备〔2026〕72号"));      // APPROVED
        step(fileNo, "EIC-01", accept(today.minusDays(20)));
        step(fileNo, "EIC-01", new MatterEvent.IssueSimulated(today.minusDays(19), null, "模拟节能第7号", null, "投资方承诺承担风险"));
        step(fileNo, "WATER-01", accept(today.minusDays(20)));
        step(fileNo, "WATER-01", new MatterEvent.IssueSimulated(today.minusDays(18), null, "模拟水保第8号", null, "承诺按期取得土地"));
        step(fileNo, "WATER-01", new MatterEvent.Halt(today.minusDays(10), null, "承诺未履行"));                // HALTED, and HUD-03 on it
        step(fileNo, "LAND-01", accept(today.minusDays(15)));
        step(fileNo, "LAND-01", new MatterEvent.StartReview(today.minusDays(14), null));                     // IN_REVIEW
        step(fileNo, "EPB-01", new MatterEvent.Accept(today.minusDays(15), null, null, true, today.plusDays(20)));
        step(fileNo, "EPB-01", new MatterEvent.RequestSupplement(today.minusDays(12), null, List.of("环评报告书（补正版）")));
        step(fileNo, "QUAKE-01", accept(today.minusDays(5)));
        step(fileNo, "QUAKE-01", new MatterEvent.Suspend(today.minusDays(4), null, 2, "专家论证"));          // SUSPENDED twice
        step(fileNo, "PLAN-01", accept(today.minusDays(10)));
        step(fileNo, "PLAN-01", new MatterEvent.Return(today.minusDays(8), null, "材料不符合要求"));           // RETURNED
        step(fileNo, "PLAN-02", new MatterEvent.PrepareMaterials(today.minusDays(3), null));                 // MATERIALS_IN_PREPARATION
        step(fileNo, "CAD-01", new MatterEvent.Drop(today.minusDays(3), null, "不涉及人防"));                 // DROPPED
        step(fileNo, "LAND-02", accept(today.minusDays(2)));                                                 // ACCEPTED; the rest PLANNED

        List<List<String>> exported = rowsOf(director.call(() -> ledgers.export()), fileNo);
        assertEquals(Set.of("计划中", "材料准备中", "已受理", "审查中", "暂停计时", "模拟审批", "已批准", "已退回", "已取消", "已中止"),
                exported.stream().map(r -> r.get(12)).collect(Collectors.toSet()), "every state, in the office's words");
        assertEquals(List.of("工业项目", townName("HMKFQ"), "出让中"), exported.get(0).subList(5, 8), "type, town and land in words");
        List<String> hud = row(exported, "HUD-03");
        assertEquals(List.of("已中止", "", today.minusDays(10).toString(), "WATER-01: 承诺未履行"),
                List.of(hud.get(12), hud.get(17), hud.get(19), hud.get(20)), "HUD-03 stood on WATER-01 and was halted with it");
        List<String> epb = row(exported, "EPB-01");
        assertEquals(List.of("暂停计时", today.minusDays(12).toString(), "环评报告书（补正版）", "补正"),
                List.of(epb.get(12), epb.get(19), epb.get(20), epb.get(21)), "a supplement awaited, with its materials");

        String newCode = projectCode();
        List<List<String>> sent = exported.stream().map(r -> withCode(r, newCode, "")).toList();
        byte[] content = csv(sent);

        LedgerImport byOfficer = officer.call(() -> ledgers.preview(content));
        assertEquals(List.of("matter_status ledger.simulatedByDirector"), byOfficer.problems().stream()
                .map(p -> p.column() + " " + p.key()).toList(), "the green channel behind a simulated approval is the director's");

        LedgerImport checked = director.call(() -> ledgers.preview(content));
        assertEquals(List.of(), checked.problems());
        LedgerImport done = director.call(() -> ledgers.apply(content));
        assertEquals(22, done.matters());

        String imported = em.createQuery("select p.fileNo from Project p where p.projectCode = :c", String.class)
                .setParameter("c", newCode).getSingleResult();
        List<List<String>> again = rowsOf(director.call(() -> ledgers.export()), imported);
        assertEquals(exported.stream().map(r -> withCode(r, newCode, imported)).toList(), again,
                "the same project and matters, state by state");
    }

    @Test
    void aLedgerImportTellsEachOfficerOnceOfAllTheProjectsItGaveThem() throws Exception {
        String exportedFile = takeIn(LandStatus.HELD, today.minusDays(10)).fileNo();
        List<List<String>> exported = rowsOf(director.call(() -> ledgers.export()), exportedFile);
        String secondOfficer = open("officer", Role.OFFICER, null);
        List<String> codes = List.of(projectCode(), projectCode(), projectCode());
        List<String> officers = List.of(officerName, officerName, secondOfficer);
        List<List<String>> sent = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            for (List<String> r : exported) {
                List<String> row = withCode(r, codes.get(i), "");
                row.set(9, officers.get(i));
                sent.add(row);
            }
        }

        LedgerImport done = director.call(() -> ledgers.apply(csv(sent)));

        assertEquals(codes, done.projectCodes());
        List<String> fileNos = codes.stream().map(code -> em.createQuery("select p.fileNo from Project p where p.projectCode = :c",
                String.class).setParameter("c", code).getSingleResult()).toList();
        assertEquals(List.of("count=2;files=" + fileNos.get(0) + "," + fileNos.get(1)), ledgerNotices(officerName),
                "one notice for the import, counting the officer's projects in the file's order");
        assertEquals(List.of("count=1;files=" + fileNos.get(2)), ledgerNotices(secondOfficer));
        assertEquals(List.of(), em.createQuery("select n.recipient from Notification n, Project p where p.id = n.projectId"
                        + " and p.fileNo in :files and n.kind = :assigned", String.class).setParameter("files", fileNos)
                .setParameter("assigned", NoticeKind.OFFICER_ASSIGNED).getResultList(), "not one notice a project");
    }

    private List<String> ledgerNotices(String recipient) {
        return em.createQuery("select n.body from Notification n where n.recipient = :r and n.kind = :k order by n.id", String.class)
                .setParameter("r", recipient).setParameter("k", NoticeKind.LEDGER_ASSIGNED).getResultList();
    }

    @Test
    void aConvertedSimulatedApprovalAndASpecialProceduresTypeImportBackAsExported() throws Exception {
        String fileNo = onTheGreenChannel();
        step(fileNo, "DRC-01", accept(today.minusDays(30)));
        step(fileNo, "DRC-01", new MatterEvent.Approve(today.minusDays(30), null, "海发改备〔2026〕73号"));
        step(fileNo, "EIC-01", accept(today.minusDays(20)));
        step(fileNo, "EIC-01", new MatterEvent.IssueSimulated(today.minusDays(19), null, "模拟节能第9号", null, "投资方承诺承担风险"));
        step(fileNo, "WATER-01", accept(today.minusDays(20)));
        step(fileNo, "WATER-01", new MatterEvent.IssueSimulated(today.minusDays(18), null, "模拟水保第10号", null, "承诺按期取得土地"));
        officer.call(() -> {
            greenChannels.record(fileNo, new ProjectEvent(ProjectEvent.Type.RECORD_LAND_HELD, null, today.minusDays(12), null));
            return null;
        });
        step(fileNo, "EIC-01", new MatterEvent.ConvertSimulated(today.minusDays(9), null, "海经信节能〔2026〕11号"));  // converted
        step(fileNo, "QUAKE-01", accept(today.minusDays(5)));
        step(fileNo, "QUAKE-01", new MatterEvent.Suspend(today.minusDays(4), null, 1, "延期听证"));          // a time extension

        List<List<String>> exported = rowsOf(director.call(() -> ledgers.export()), fileNo);
        int procedureType = Ledgers.COLUMNS.indexOf("procedure_type");
        int landHeldOn = Ledgers.COLUMNS.indexOf("land_held_on");
        List<String> eic = row(exported, "EIC-01");
        assertEquals(List.of("已取得", "已批准", today.minusDays(9).toString(), "海经信节能〔2026〕11号", today.minusDays(19).toString(),
                "模拟节能第9号", "投资方承诺承担风险", today.minusDays(12).toString()),
                List.of(eic.get(7), eic.get(12), eic.get(14), eic.get(15), eic.get(17), eic.get(18), eic.get(22), eic.get(landHeldOn)),
                "approved on its conversion day, with the simulated approval it went through and the day the land was held");
        assertEquals(List.of("模拟审批", today.minusDays(12).toString()), List.of(row(exported, "WATER-01").get(12),
                row(exported, "WATER-01").get(landHeldOn)), "still simulated; the land's day on every line of the project");
        List<String> quake = row(exported, "QUAKE-01");
        assertEquals(List.of("暂停计时", "特别程序", "延长时限"), List.of(quake.get(12), quake.get(21), quake.get(procedureType)));

        String newCode = projectCode();
        List<List<String>> sent = exported.stream().map(r -> withCode(r, newCode, "")).toList();
        List<String> byNumber = new ArrayList<>(row(sent, "QUAKE-01"));
        byNumber.set(procedureType, "1");
        List<List<String>> withNumber = sent.stream().map(r -> r.get(11).equals("QUAKE-01") ? byNumber : r).toList();
        LedgerImport byOfficer = officer.call(() -> ledgers.preview(csv(withNumber)));
        assertEquals(List.of("matter_status ledger.simulatedByDirector"), byOfficer.problems().stream()
                .map(p -> p.column() + " " + p.key()).toList(), "a converted approval went through the green channel too");

        LedgerImport done = director.call(() -> ledgers.apply(csv(withNumber)));
        assertEquals(List.of(), done.problems());
        String imported = em.createQuery("select p.fileNo from Project p where p.projectCode = :c", String.class)
                .setParameter("c", newCode).getSingleResult();
        assertEquals(exported.stream().map(r -> withCode(r, newCode, imported)).toList(),
                rowsOf(director.call(() -> ledgers.export()), imported), "the type given by its number reads back in words");
    }

    @Test
    void aSpecialProceduresTypeThatIsNoneOrOnAnotherLineIsRefusedByLineAndColumn() throws Exception {
        ServiceFileView file = takeIn(LandStatus.HELD, today.minusDays(20));
        String fileNo = file.fileNo();
        step(fileNo, "DRC-01", accept(today.minusDays(10)));
        step(fileNo, "DRC-01", new MatterEvent.Approve(today.minusDays(10), null, "海发改备〔2026〕74号"));
        step(fileNo, "QUAKE-01", accept(today.minusDays(5)));
        step(fileNo, "QUAKE-01", new MatterEvent.Suspend(today.minusDays(4), null, 2, "专家评审"));
        List<List<String>> exported = rowsOf(director.call(() -> ledgers.export()), fileNo);
        int procedureType = Ledgers.COLUMNS.indexOf("procedure_type");
        assertEquals("其他", row(exported, "QUAKE-01").get(procedureType));

        String newCode = projectCode();
        List<List<String>> sent = exported.stream().map(r -> {
            List<String> copy = withCode(r, newCode, "");
            if (r.get(11).equals("QUAKE-01")) {
                copy.set(procedureType, "听证");
            } else if (r.get(11).equals("DRC-01")) {
                copy.set(procedureType, "延长时限");
            }
            return copy;
        }).toList();
        LedgerImport checked = officer.call(() -> ledgers.preview(csv(sent)));
        long drcLine = 2 + sent.indexOf(row(sent, "DRC-01"));
        long quakeLine = 2 + sent.indexOf(row(sent, "QUAKE-01"));
        assertEquals(List.of(drcLine + " procedure_type ledger.procedureTypeAlone", quakeLine + " procedure_type import.oneOf"),
                checked.problems().stream().sorted(java.util.Comparator.comparingLong(p -> p.line()))
                        .map(p -> p.line() + " " + p.column() + " " + p.key()).toList());
        assertEquals(List.of("听证", "延长时限, 其他"), List.of(checked.problems().get(1).arguments()).subList(0, 2));
        assertThrows(RuleViolation.class, () -> director.call(() -> ledgers.apply(csv(sent))), "all or nothing");
        assertEquals(0L, em.createQuery("select count(p) from Project p where p.projectCode = :c", Long.class)
                .setParameter("c", newCode).getSingleResult());
    }

    /** A project taken in 40 days ago, its land in transfer, granted the green channel by the director; its file number. */
    private String onTheGreenChannel() throws Exception {
        String fileNo = takeIn(LandStatus.IN_TRANSFER, today.minusDays(40)).fileNo();
        officer.call(() -> {
            greenChannels.record(fileNo, new ProjectEvent(ProjectEvent.Type.PROPOSE_GREEN_CHANNEL, "省重大项目", null, null));
            return null;
        });
        director.call(() -> {
            greenChannels.record(fileNo, new ProjectEvent(ProjectEvent.Type.GRANT_GREEN_CHANNEL, "同意", null, null));
            return null;
        });
        return fileNo;
    }

    private String townName(String code) {
        return em.createQuery("select t.name from Town t where t.code = :c", String.class).setParameter("c", code).getSingleResult();
    }

    private static List<String> row(List<List<String>> rows, String category) {
        return rows.stream().filter(r -> r.get(11).equals(category)).findFirst().orElseThrow();
    }

    /** The file's rows of the ledger, the enterprise's name left out (it is every test's). */
    private static List<List<String>> rowsOf(byte[] ledger, String fileNo) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(new String(ledger, StandardCharsets.UTF_8).substring(1)))) {
            for (CSVRecord r : parser) {
                if (r.get(0).equals(fileNo)) {
                    List<String> cells = new ArrayList<>(r.toList());
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    private static List<String> withCode(List<String> row, String code, String fileNo) {
        List<String> copy = new ArrayList<>(row);
        copy.set(0, fileNo);
        copy.set(1, code);
        return copy;
    }

    private static byte[] csv(List<List<String>> rows) throws Exception {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(Ledgers.COLUMNS);
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ the board

    @Test
    void eachCountOfTheBoardIsTheNumberOfMattersListedBehindIt() throws Exception {
        ServiceFileView file = takeIn(LandStatus.HELD, today.minusDays(60));
        step(file.fileNo(), "DRC-01", accept(today.minusDays(60)));
        step(file.fileNo(), "DRC-01", new MatterEvent.Approve(today.minusDays(60), null, "海发改备〔2026〕73号"));
        step(file.fileNo(), "LAND-01", accept(today.minusDays(40)));
        step(file.fileNo(), "EIC-01", accept(today));
        supervision.scan();

        Board board = director.call(() -> supervision.board(today.withDayOfMonth(1), today));
        assertEquals(board.red(), behind(new BoardMatter.Criteria(Light.RED, false, null, null)));
        assertEquals(board.yellow(), behind(new BoardMatter.Criteria(Light.YELLOW, false, null, null)));
        assertEquals(board.green(), behind(new BoardMatter.Criteria(Light.GREEN, false, null, null)));
        assertEquals(board.statutoryOverdue(), behind(new BoardMatter.Criteria(null, true, null, null)));
        for (Board.DepartmentRow d : board.departments()) {
            assertEquals(d.running(), behind(new BoardMatter.Criteria(null, false, d.code(), null)), d.code());
            assertEquals(d.red(), behind(new BoardMatter.Criteria(Light.RED, false, d.code(), null)), d.code());
            assertEquals(d.yellow(), behind(new BoardMatter.Criteria(Light.YELLOW, false, d.code(), null)), d.code());
        }
        BoardMatter land = director.call(() -> supervision.matters(new BoardMatter.Criteria(Light.RED, false, "LAND", officerName),
                0, 10)).items().get(0);
        assertEquals(List.of(file.fileNo(), "LAND-01", "建设项目用地预审与选址意见", "国土资源局", "测试officer"
                        + officerName.substring(officerName.indexOf('-'))),
                List.of(land.fileNo(), land.categoryCode(), land.categoryName(), land.departmentName(), land.officerName()));
        assertTrue(land.isOverdue() && land.remainingWorkingDays() < -20, land.toString());
    }

    /** How many matters the list behind a count holds: its total, and the rows of all its pages. */
    private long behind(BoardMatter.Criteria criteria) throws Exception {
        BoardMatter.Page first = director.call(() -> supervision.matters(criteria, 0, 50));
        long rows = first.items().size();
        for (int page = 1; page * 50L < first.total(); page++) {
            int p = page;
            rows += director.call(() -> supervision.matters(criteria, p, 50)).items().size();
        }
        assertEquals(first.total(), rows, "the pages hold the total");
        return first.total();
    }

    @Test
    void aSupervisionOrderTellsTheWindowAndTheOfficerAndIsInTheHistory() throws Exception {
        ServiceFileView file = takeIn(LandStatus.HELD, today.minusDays(60));
        step(file.fileNo(), "DRC-01", accept(today.minusDays(60)));
        step(file.fileNo(), "DRC-01", new MatterEvent.Approve(today.minusDays(60), null, "海发改备〔2026〕74号"));
        step(file.fileNo(), "LAND-01", accept(today.minusDays(40)));
        step(file.fileNo(), "EIC-01", accept(today));
        supervision.scan();

        assertThrows(EJBAccessException.class, () -> officer.call(() -> supervision.issueOrder(file.fileNo(), "LAND-01", "请办结")));
        RuleViolation green = assertThrows(RuleViolation.class,
                () -> director.call(() -> supervision.issueOrder(file.fileNo(), "EIC-01", "请办结")));
        assertEquals("supervision.order.notLit", green.key());
        RuleViolation noNote = assertThrows(RuleViolation.class,
                () -> director.call(() -> supervision.issueOrder(file.fileNo(), "LAND-01", " ")));
        assertEquals("note", noNote.field());

        BoardMatter ordered = director.call(() -> supervision.issueOrder(file.fileNo(), "LAND-01", "请于三个工作日内办结"));

        assertTrue(ordered.isUnderOrder());
        assertEquals("请于三个工作日内办结", ordered.orderNote());
        List<Notification> told = em.createQuery("select n from Notification n, Project p where p.id = n.projectId"
                        + " and p.fileNo = :f and n.kind = :k", Notification.class)
                .setParameter("f", file.fileNo()).setParameter("k", NoticeKind.SUPERVISION_ORDER).getResultList();
        Set<String> recipients = told.stream().map(Notification::getRecipient).collect(Collectors.toSet());
        assertTrue(recipients.containsAll(Set.of(officerName, landWindow)), recipients.toString());
        assertEquals(Set.of(), recipients.stream().filter(r -> r.startsWith("officer-") && !r.equals(officerName))
                .collect(Collectors.toSet()), "no other officer");
        NoticeView view = new NoticeView(1, NoticeKind.SUPERVISION_ORDER, file.fileNo(), file.name(), null, null, null,
                told.get(0).getBody(), told.get(0).getCreatedAt(), false);
        assertEquals("主任督办：项目" + file.fileNo() + "（" + file.name() + "）的事项LAND-01：请于三个工作日内办结",
                NoticeText.of(view, java.util.Locale.SIMPLIFIED_CHINESE));
        Map<String, String> history = officer.call(() -> files.file(file.fileNo())).history().stream()
                .filter(h -> h.action().equals("SUPERVISION_ORDER"))
                .collect(Collectors.toMap(h -> h.target(), h -> h.after()));
        assertEquals(Map.of("LAND-01", "note=请于三个工作日内办结"), history);
        assertEquals("请于三个工作日内办结", officer.call(() -> supervision.matters(
                new BoardMatter.Criteria(null, false, "LAND", officerName), 0, 10)).items().stream()
                .filter(m -> m.fileNo().equals(file.fileNo())).findFirst().orElseThrow().orderNote());
    }
}
