package org.projectdesk.servicefile.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.approval.entity.Suspension;
import org.projectdesk.approval.entity.SuspensionKind;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.greenchannel.boundary.GreenChannelGranted;
import org.projectdesk.greenchannel.boundary.GreenChannels;
import org.projectdesk.greenchannel.boundary.ProjectEvent;
import org.projectdesk.project.entity.Town;
import org.projectdesk.servicefile.control.LedgerTerms;
import org.projectdesk.shared.control.RuleText;
import jakarta.enterprise.event.Event;
import java.util.EnumSet;
import java.util.Set;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.Project;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.control.LedgerLimits;
import org.projectdesk.servicefile.control.LedgerProgress;
import org.projectdesk.servicefile.control.LedgerTransaction;
import org.projectdesk.servicefile.control.ListedProblems;
import org.projectdesk.shared.control.CsvStream;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.CsvWriter;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.Limits;
import org.projectdesk.shared.control.QueryFilter;
import org.projectdesk.shared.control.RuleViolation;

/**
 * The office's ledger (台账) as CSV, one row per matter of a project: exported for Excel (UTF-8 with
 * a byte-order mark) and imported to take in projects kept on paper or in spreadsheets, with their
 * matters' states and dates. An import is all or nothing: the preview runs the very same import,
 * each project in a transaction that it rolls back, so it reports the problems the import would
 * meet, by line and column. A file is bounded in size, and its problems are listed up to a hundred
 * ({@link LedgerLimits}).
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
public class Ledgers {

    public static final List<String> COLUMNS = List.of("file_no", "project_code", "project_name", "enterprise_name",
            "credit_code", "type", "town", "land_status", "investment", "officer", "intake_on", "category", "matter_status",
            "accepted_on", "decided_on", "document_no", "external_due_on", "simulated_on", "simulated_document_no",
            "step_on", "note", "suspension", "pledge", "procedure_type", "land_held_on");
    /**
     * Read back by the import where present, so that the office's own spreadsheets need not have them: the
     * day of the step that brought a matter to its state where no other column holds it (materials being
     * prepared, review started, suspended, halted), its note (the reasons it was returned, dropped, suspended
     * or halted for), the kind of suspension (补正 or 特别程序), the pledge behind a simulated approval, a special
     * procedure's type (延长时限 or 其他) and the day the land was recorded held (which simulated approvals wait for).
     */
    private static final List<String> OPTIONAL = List.of("file_no", "external_due_on", "simulated_on", "simulated_document_no",
            "step_on", "note", "suspension", "pledge", "procedure_type", "land_held_on");
    /** The columns that describe the project, the same on each of its lines. */
    private static final List<String> PROJECT_COLUMNS = List.of("file_no", "project_name", "enterprise_name", "credit_code",
            "type", "town", "land_status", "investment", "officer", "intake_on", "land_held_on");

    @PersistenceContext
    EntityManager em;

    @EJB
    ServiceFiles files;

    @EJB
    Matters matters;

    @EJB
    GreenChannels greenChannels;

    @Inject
    Clock clock;

    @EJB
    Callers callers;

    @Resource
    SessionContext session;

    @Inject
    Event<GreenChannelGranted> granted;

    @Inject
    AuditTrail audit;

    @EJB
    LedgerTransaction transaction;

    @Inject
    LedgerProgress progress;

    /**
     * Every project the caller may see (a town's staff: its town's), one row per matter, as the import reads it
     * back: types, towns, land and states in the office's words ({@link LedgerTerms}, the town's name).
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TOWN_NAME})
    public byte[] export() {
        String town = callers.current().ownTown().orElse(null);
        List<Project> projects = new QueryFilter().andIfGiven("p.town = :town", "town", town)
                .query(em, "select p from Project p join fetch p.enterprise", " order by p.fileNo", Project.class).getResultList();
        Map<Long, List<Matter>> byProject = new LinkedHashMap<>();
        new QueryFilter().andIfGiven("exists (select q.id from Project q where q.id = m.projectId and q.town = :town)", "town", town)
                .query(em, "select m from Matter m", " order by m.projectId, m.categoryCode", Matter.class).getResultList().stream()
                .forEach(m -> byProject.computeIfAbsent(m.getProjectId(), id -> new ArrayList<>()).add(m));
        Map<String, String> townNames = new java.util.HashMap<>();
        em.createNamedQuery(Town.ALL, Town.class).getResultList().stream().forEach(t -> townNames.put(t.getCode(), t.getName()));
        return CsvWriter.write(COLUMNS, csv -> {
            for (Project p : projects) {
                for (Matter m : byProject.getOrDefault(p.getId(), List.of())) {
                    Suspension open = m.getStatus() == MatterStatus.SUSPENDED ? m.getSuspensions().get(m.getSuspensions().size() - 1)
                            : null;
                    csv.record(p.getFileNo(), p.getProjectCode(), p.getName(), p.getEnterprise().getName(),
                            p.getEnterprise().getCreditCode(), LedgerTerms.label(p.getType()),
                            townNames.getOrDefault(p.getTown(), p.getTown()), LedgerTerms.label(p.getLandStatus()),
                            p.getInvestment().toPlainString(), p.getOfficer(), p.getIntakeOn(), m.getCategoryCode(),
                            LedgerTerms.label(m.getStatus()), m.getAcceptedOn(), m.getDecidedOn(), m.getDocumentNo(),
                            m.getExternalDueOn(), m.getSimulatedOn(), m.getSimulatedDocumentNo(), stepOn(m, open), note(m, open),
                            open == null ? null : LedgerTerms.label(open.getKind()), m.getSimulatedOn() == null ? null : m.getRiskPledge(),
                            open == null || open.getKind() != SuspensionKind.SPECIAL_PROCEDURE ? null
                                    : LedgerTerms.procedureType(open.getProcedureType()), p.getLandHeldOn());
                }
            }
        });
    }

    /** The day of the step that brought the matter to its state, where no other column holds it. */
    private static LocalDate stepOn(Matter m, Suspension open) {
        return switch (m.getStatus()) {
            case MATERIALS_IN_PREPARATION, IN_REVIEW -> m.getLastEventOn();
            case SUSPENDED -> open.getStartedOn();
            case HALTED -> m.getHaltedOn();
            default -> null;
        };
    }

    /** The reasons the matter was returned, dropped, suspended or halted for. */
    private static String note(Matter m, Suspension open) {
        return switch (m.getStatus()) {
            case RETURNED -> m.getReturnReasons();
            case DROPPED -> m.getDroppedReason();
            case SUSPENDED -> open.getReason();
            case HALTED -> m.getHaltedReason();
            default -> null;
        };
    }

    /** How far the caller's running check or import has come; empty when none runs. */
    public java.util.Optional<LedgerProgress.Snapshot> progress() {
        return progress.of(session.getCallerPrincipal().getName());
    }

    /**
     * Runs the import and rolls it back: what it would take in, or every problem it meets. Each project
     * runs in a transaction of its own, so that a refused intake or step (which dooms its transaction)
     * does not keep the projects after it from being checked.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LedgerImport preview(byte[] content) {
        byte[] bytes = content == null ? new byte[0] : content;
        return preview(bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /** {@link #preview(byte[])} of a file too large to hold, read as a stream. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LedgerImport preview(Path file) {
        return preview(sizeOf(file), () -> Files.newInputStream(file));
    }

    private LedgerImport preview(long size, CsvStream.Source source) {
        LedgerLimits.configured().check(size);
        Ledgers self = session.getBusinessObject(Ledgers.class);
        Map<String, String> towns = townCodes();
        return run(source, rows -> self.checkProject(rows, towns), false);
    }

    /**
     * Takes in the whole file, or nothing: a file with any problem is refused and changes nothing. The file is
     * taken in straight away in one transaction of the ledger's time limit, which stops at the first problem;
     * only then is the file checked whole, to count every problem the refusal names.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LedgerImport apply(byte[] content) {
        byte[] bytes = content == null ? new byte[0] : content;
        return apply(bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /** {@link #apply(byte[])} of a file too large to hold, read as a stream. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LedgerImport apply(Path file) {
        return apply(sizeOf(file), () -> Files.newInputStream(file));
    }

    private LedgerImport apply(long size, CsvStream.Source source) {
        LedgerLimits limits = LedgerLimits.configured();
        limits.check(size);
        Ledgers self = session.getBusinessObject(Ledgers.class);
        try {
            return transaction.run(limits.timeoutSeconds(), () -> self.importWhole(source));
        } catch (RuleViolation e) {
            if (!e.key().equals("ledger.invalid")) {
                throw e;
            }
            LedgerImport checked = preview(size, source);
            // Met only while importing (someone took a project code since, say): the import's own count stands.
            throw checked.problems().isEmpty() ? e : new RuleViolation(null, "ledger.invalid", checked.problemCount());
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The import of {@link #apply}, in the transaction {@link LedgerTransaction} gives it. Each project's work is
     * written and let go before the next, so that every flush checks one project's entities, not all taken in so
     * far (which made the cost grow with the square of the file). A business method only for that transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public LedgerImport importWhole(CsvStream.Source source) {
        Map<String, String> towns = townCodes();
        Map<String, List<String>> filesByOfficer = new LinkedHashMap<>();
        LedgerImport done = run(source, rows -> {
            ProjectImport project = importProject(rows, towns);
            if (!project.problems().isEmpty()) {
                throw new RuleViolation(null, "ledger.invalid", project.problems().size());
            }
            em.flush();
            em.clear();
            filesByOfficer.computeIfAbsent(project.file().officer(), officer -> new ArrayList<>()).add(project.file().fileNo());
            return project;
        }, true);
        if (!done.problems().isEmpty()) {
            throw new RuleViolation(null, "ledger.invalid", done.problemCount());
        }
        files.tellLedgerOfficers(filesByOfficer);
        return done;
    }

    /**
     * One project of a {@link #preview}, in a transaction that is always rolled back. A business method
     * only so that the container gives it that transaction; not for other callers.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ProjectImport checkProject(List<CsvTable.Row> rows, Map<String, String> towns) {
        try {
            return importProject(rows, towns);
        } finally {
            session.setRollbackOnly();
        }
    }

    /**
     * What importing one project's rows did: the matters it brought to their state, or the problems met; the file
     * taken in, once every line of it was.
     */
    public record ProjectImport(int matters, List<ImportProblem> problems, PlannedFile file) {

        ProjectImport(int matters, List<ImportProblem> problems) {
            this(matters, problems, null);
        }
    }

    /**
     * Reads the file as a stream and hands each project's rows to {@code each}: a project's lines come one after
     * another, as the export writes them (its lines given again after another project's are refused, as they
     * cannot be put together without holding the file). With {@code untilFirstProblem}, stops at the first problem.
     */
    private LedgerImport run(CsvStream.Source source, Function<List<CsvTable.Row>, ProjectImport> each,
            boolean untilFirstProblem) {
        Reading reading = new Reading(each, untilFirstProblem);
        try {
            CsvStream.read(source, COLUMNS.stream().filter(c -> !OPTIONAL.contains(c)).toList(), OPTIONAL, reading);
            reading.endOfFile();
        } catch (FirstProblem stop) {
            // The import cannot go on; what was found is the answer.
        } finally {
            progress.end(reading.by);
        }
        ListedProblems problems = reading.problems;
        return new LedgerImport(List.copyOf(reading.firstLines.keySet()), reading.matters, problems.listed(),
                problems.more(), reading.stoppedAt);
    }

    /** Ends the reading of a file at its first problem. */
    private static final class FirstProblem extends RuntimeException {
        FirstProblem() {
            super(null, null, false, false);
        }
    }

    /** One reading of a file: the project whose lines are being gathered, and what the projects before it gave. */
    private final class Reading implements CsvStream.Receiver {
        private final Function<List<CsvTable.Row>, ProjectImport> each;
        private final boolean untilFirstProblem;
        final ListedProblems problems = new ListedProblems(LedgerLimits.LISTED_PROBLEMS);
        /** Every project code in the order of the file, with its first line. */
        final Map<String, Long> firstLines = new LinkedHashMap<>();
        private final List<CsvTable.Row> block = new ArrayList<>();
        private final String by = session.getCallerPrincipal().getName();
        private String apart;
        private int projects;
        int matters;
        Long stoppedAt;

        Reading(Function<List<CsvTable.Row>, ProjectImport> each, boolean untilFirstProblem) {
            this.each = each;
            this.untilFirstProblem = untilFirstProblem;
        }

        @Override
        public void row(CsvTable.Row row) {
            String code = row.get("project_code");
            if (code.equals(apart)) {
                return;
            }
            apart = null;
            if (!block.isEmpty() && !block.get(0).get("project_code").equals(code)) {
                check();
            }
            if (block.isEmpty()) {
                Long first = firstLines.putIfAbsent(code, row.line());
                if (first != null) {
                    apart = code;
                    problem(ImportProblem.of(row.line(), "project_code", "ledger.projectApart", code, first));
                    return;
                }
            }
            block.add(row);
        }

        @Override
        public void problem(ImportProblem problem) {
            problems.add(problem);
            if (untilFirstProblem) {
                throw new FirstProblem();
            }
        }

        void endOfFile() {
            if (!block.isEmpty()) {
                check();
            }
        }

        private void check() {
            List<CsvTable.Row> rows = List.copyOf(block);
            block.clear();
            if (stoppedAt != null) {
                return;
            }
            if (problems.count() >= LedgerLimits.LISTED_PROBLEMS) {
                // The file cannot be imported as it is; checking the rest against the data would only take time.
                stoppedAt = rows.get(0).line();
                return;
            }
            List<ImportProblem> differing = differingProjectData(rows);
            if (!differing.isEmpty()) {
                differing.forEach(this::problem);
                return;
            }
            ProjectImport done = each.apply(rows);
            matters += done.matters();
            projects++;
            progress.report(by, untilFirstProblem ? LedgerProgress.Phase.IMPORTING : LedgerProgress.Phase.CHECKING,
                    rows.get(rows.size() - 1).line(), projects, matters);
            done.problems().forEach(this::problem);
        }
    }

    /**
     * One project code names one project: lines of the code that give it other project data than its first
     * line (another name, enterprise, file…, as when two projects' blocks carry the same code) are refused,
     * naming both lines, rather than merged into the first line's project.
     */
    private static List<ImportProblem> differingProjectData(List<CsvTable.Row> rows) {
        CsvTable.Row first = rows.get(0);
        List<ImportProblem> problems = new ArrayList<>();
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            PROJECT_COLUMNS.stream().filter(column -> !row.get(column).equals(first.get(column))).findFirst()
                    .ifPresent(column -> problems.add(ImportProblem.of(row.line(), column, "ledger.projectDiffers",
                            row.get("project_code"), column, row.get(column), first.get(column), first.line())));
        }
        return problems;
    }

    /**
     * Takes in the project of the rows' first line and brings each planned matter to the state its line
     * records, each after the matters it has as prerequisites whatever their order in the file (an export
     * lists them by category). A refusal dooms the transaction: the lines after it are then only read, not
     * recorded.
     */
    private ProjectImport importProject(List<CsvTable.Row> rows, Map<String, String> towns) {
        List<ImportProblem> problems = new ArrayList<>();
        CsvTable.Row first = rows.get(0);
        List<MatterLine> lines = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            try {
                lines.add(MatterLine.read(row));
            } catch (LineProblem e) {
                problems.add(e.problem);
            }
        }
        LocalDate landHeldOn = null;
        PlannedFile file = null;
        try {
            landHeldOn = landHeldOn(first, lines);
            file = files.takeInPlanned(intake(first, landHeldOn != null, towns));
        } catch (RuleViolation e) {
            problems.add(ImportProblem.of(first.line(), column(e.field()), e.key(), e.arguments()));
        } catch (LineProblem e) {
            problems.add(e.problem);
        } catch (EJBException e) {
            RuleViolation limit = beyondLimit(e);
            problems.add(ImportProblem.of(first.line(), column(limit.field()), limit.key(), limit.arguments()));
        }
        if (file == null) {
            return new ProjectImport(0, List.copyOf(problems));
        }
        try {
            grantGreenChannelIfSimulated(file, lines);
        } catch (LineProblem e) {
            problems.add(e.problem);
            return new ProjectImport(0, List.copyOf(problems));
        }
        PlannedFile taken = file;
        List<MatterLine> ordered = inPrerequisiteOrder(lines, file);
        Set<String> afterLand = afterLand(ordered, file);
        Steps steps = new Steps(taken, problems);
        for (MatterLine line : ordered) {
            if (!afterLand.contains(line.category()) && !steps.add(line, () -> record(taken, line, steps))) {
                return new ProjectImport(steps.matters, List.copyOf(problems));
            }
        }
        if (!steps.take()) {
            return new ProjectImport(steps.matters, List.copyOf(problems));
        }
        if (landHeldOn != null) {
            try {
                greenChannels.record(file.fileNo(), new ProjectEvent(ProjectEvent.Type.RECORD_LAND_HELD, null, landHeldOn, null));
            } catch (RuleViolation e) {
                problems.add(ImportProblem.of(first.line(), "land_held_on", e.key(), e.arguments()));
                return new ProjectImport(steps.matters, List.copyOf(problems));
            }
        }
        for (MatterLine line : ordered) {
            if (!planned(taken, line)) {
                continue; // refused by its category in the first pass
            }
            boolean done = true;
            if (line.converted()) {
                done = steps.add(line, () -> steps.step(line, new MatterEvent.ConvertSimulated(line.decidedOn(), null,
                        line.row().get("document_no"))), false);
            } else if (afterLand.contains(line.category())) {
                done = steps.add(line, () -> record(taken, line, steps));
            }
            if (!done) {
                break;
            }
        }
        steps.take();
        return new ProjectImport(steps.matters, List.copyOf(problems), taken);
    }

    /**
     * The steps of one project's lines, gathered and then taken together ({@link Matters#recordInTurn}: the file
     * loaded and written once, not once a step). They are taken whenever the next line needs the data as the steps
     * before it left them, or has a problem of its own: the problems come out in the order and number that taking
     * each line's steps at once would give, and {@link #matters} counts the lines recorded without a problem.
     */
    private final class Steps {
        private final PlannedFile file;
        private final List<ImportProblem> problems;
        private final List<Matters.Step> pending = new ArrayList<>();
        /** The line of each pending step. */
        private final List<MatterLine> givenBy = new ArrayList<>();
        /** The counted lines whose steps are pending, in order. */
        private final List<MatterLine> counted = new ArrayList<>();
        int matters;

        Steps(PlannedFile file, List<ImportProblem> problems) {
            this.file = file;
            this.problems = problems;
        }

        void step(MatterLine line, MatterEvent event) {
            pending.add(new Matters.Step(line.category(), event));
            givenBy.add(line);
        }

        boolean add(MatterLine line, Runnable gather) {
            return add(line, gather, true);
        }

        /**
         * Gathers the line's steps; false when a refused step (the line's or a pending one's) dooms the transaction,
         * so that the lines after it are only read, not recorded. A line's own problem found while gathering (an
         * unknown category, a halt standing alone) is noted after the pending steps are taken.
         */
        boolean add(MatterLine line, Runnable gather, boolean counts) {
            int before = pending.size();
            try {
                gather.run();
            } catch (LineProblem e) {
                pending.subList(before, pending.size()).clear();
                givenBy.subList(before, givenBy.size()).clear();
                if (!take()) {
                    return false;
                }
                problems.add(e.problem);
                return true;
            } catch (StepsRefused e) {
                return false; // noted by take()
            }
            if (counts) {
                counted.add(line);
            }
            return true;
        }

        /** Takes the pending steps; false (the problem noted on its line) when one is refused. */
        boolean take() {
            int[] taking = {-1};
            try {
                if (!pending.isEmpty()) {
                    Ledgers.this.matters.recordInTurn(file.fileNo(), List.copyOf(pending), i -> taking[0] = i);
                }
                matters += counted.size();
                return true;
            } catch (RuleViolation e) {
                MatterLine line = givenBy.get(taking[0]);
                // A refused step concerns the state the line records unless the rule names another field.
                String column = e.field() == null ? "matter_status" : column(e.field());
                problems.add(ImportProblem.of(line.row().line(), column, e.key(), e.arguments()));
                countBefore(line);
                return false;
            } catch (EJBException e) {
                RuleViolation limit = beyondLimit(e);
                MatterLine line = taking[0] < 0 ? givenBy.get(0) : givenBy.get(taking[0]);
                problems.add(ImportProblem.of(line.row().line(), column(limit.field()), limit.key(), limit.arguments()));
                countBefore(line);
                return false;
            } finally {
                pending.clear();
                givenBy.clear();
                counted.clear();
            }
        }

        private void countBefore(MatterLine refused) {
            int at = counted.indexOf(refused);
            matters += at < 0 ? counted.size() : at;
        }
    }

    /**
     * The day the land is to be recorded held, when the project's land is held now and the file says when: its
     * {@code land_held_on}, or else (a file written before the ledger had that column) the first day a simulated
     * approval was converted, by which the land was held. Null when the land was held from the intake on, or is not.
     */
    private static LocalDate landHeldOn(CsvTable.Row first, List<MatterLine> lines) {
        LocalDate given = date(first, "land_held_on");
        boolean held = oneOf(first, "land_status", LandStatus.class) == LandStatus.HELD;
        if (given != null && !held) {
            throw new LineProblem(ImportProblem.of(first.line(), "land_held_on", "ledger.landHeldOnNotHeld",
                    first.get("land_status")));
        }
        if (!held || given != null) {
            return given;
        }
        return lines.stream().filter(MatterLine::converted).map(MatterLine::decidedOn).min(java.util.Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * The matters to record only once the land is held: those approved formally on a converted simulated approval,
     * directly or through others, as an approval needs its prerequisites formally approved, which a simulated one
     * becomes only with the land held. Everything else, simulated approvals too (which held land rules out), comes
     * before.
     */
    private static Set<String> afterLand(List<MatterLine> lines, PlannedFile file) {
        Set<String> converted = new java.util.HashSet<>();
        lines.stream().filter(MatterLine::converted).forEach(line -> converted.add(line.category()));
        Map<String, List<String>> prerequisites = new java.util.HashMap<>();
        file.matters().forEach(m -> prerequisites.put(m.categoryCode(), m.prerequisites()));
        Set<String> after = new java.util.HashSet<>();
        for (MatterLine line : lines) {
            if (line.state() == MatterStatus.APPROVED && !line.converted()
                    && standsOn(line.category(), converted, prerequisites, new java.util.HashSet<>())) {
                after.add(line.category());
            }
        }
        return after;
    }

    private static boolean standsOn(String category, Set<String> converted, Map<String, List<String>> prerequisites,
            Set<String> seen) {
        for (String before : prerequisites.getOrDefault(category, List.of())) {
            if (seen.add(before) && (converted.contains(before) || standsOn(before, converted, prerequisites, seen))) {
                return true;
            }
        }
        return false;
    }

    /** The lines in file order, except that each comes after the lines of its matter's prerequisites in the plan. */
    private static List<MatterLine> inPrerequisiteOrder(List<MatterLine> lines, PlannedFile file) {
        Map<String, List<String>> prerequisites = new java.util.HashMap<>();
        file.matters().forEach(m -> prerequisites.put(m.categoryCode(), m.prerequisites()));
        Map<String, List<MatterLine>> byCategory = new LinkedHashMap<>();
        lines.forEach(line -> byCategory.computeIfAbsent(line.category(), c -> new ArrayList<>()).add(line));
        List<MatterLine> ordered = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        lines.forEach(line -> place(line.category(), prerequisites, byCategory, placed, ordered));
        return ordered;
    }

    private static void place(String category, Map<String, List<String>> prerequisites,
            Map<String, List<MatterLine>> byCategory, java.util.Set<String> placed, List<MatterLine> ordered) {
        if (!placed.add(category)) {
            return;
        }
        prerequisites.getOrDefault(category, List.of()).stream().filter(byCategory::containsKey)
                .forEach(before -> place(before, prerequisites, byCategory, placed, ordered));
        ordered.addAll(byCategory.get(category));
    }

    /** A cell too long or a number too large for its column, refused before the write; anything else is not the file's fault. */
    private static RuleViolation beyondLimit(EJBException failure) {
        return Limits.brokenIn(failure).orElseThrow(() -> failure);
    }

    /**
     * The project of the line; one whose land is recorded held later is taken in with its land in transfer, the state
     * simulated approvals are given in (the export knows only that the land is held now).
     */
    private static IntakeRequest intake(CsvTable.Row row, boolean landHeldLater, Map<String, String> towns) {
        return new IntakeRequest(new IntakeRequest.EnterpriseData(row.get("enterprise_name"), row.get("credit_code"), null, null),
                row.get("project_name"), row.get("project_code"), number(row, "investment"), null,
                oneOf(row, "type", ProjectType.class), towns.getOrDefault(row.get("town").strip(), row.get("town")),
                landHeldLater ? LandStatus.IN_TRANSFER : oneOf(row, "land_status", LandStatus.class),
                null, null, row.get("officer"), date(row, "intake_on"));
    }

    /**
     * The code of each town by its name, read once a file: a cell names its town by name (as the export writes it)
     * or by its code, which is then taken as it is.
     */
    private Map<String, String> townCodes() {
        Map<String, String> codes = new java.util.HashMap<>();
        em.createNamedQuery(Town.ALL, Town.class).getResultList().stream().forEach(t -> codes.putIfAbsent(t.getName(), t.getCode()));
        return codes;
    }

    /**
     * One line's matter as the ledger records it, read without the database: its state and the days of the
     * steps that brought it there. Which days a state needs is checked here, the steps' own rules when recorded.
     */
    private record MatterLine(CsvTable.Row row, String category, MatterStatus state, LocalDate acceptedOn,
            LocalDate decidedOn, LocalDate externalDueOn, LocalDate stepOn, LocalDate simulatedOn, SuspensionKind suspension,
            Integer procedureType) {

        /** The states whose matter was filed: the line gives the day it was accepted. */
        private static final Set<MatterStatus> FILED = EnumSet.of(MatterStatus.ACCEPTED, MatterStatus.IN_REVIEW,
                MatterStatus.SUSPENDED, MatterStatus.SIMULATED, MatterStatus.APPROVED, MatterStatus.RETURNED);

        static MatterLine read(CsvTable.Row row) {
            String category = row.get("category").toUpperCase(Locale.ROOT);
            MatterStatus state = oneOf(row, "matter_status", MatterStatus.class);
            LocalDate accepted = date(row, "accepted_on");
            if (accepted == null && FILED.contains(state)) {
                throw new LineProblem(ImportProblem.of(row.line(), "accepted_on", "import.required"));
            }
            LocalDate decided = date(row, "decided_on");
            if (decided == null && (state == MatterStatus.APPROVED || state == MatterStatus.RETURNED)) {
                throw new LineProblem(ImportProblem.of(row.line(), "decided_on", "import.required"));
            }
            LocalDate simulated = date(row, "simulated_on");
            if (simulated == null && state == MatterStatus.SIMULATED) {
                throw new LineProblem(ImportProblem.of(row.line(), "simulated_on", "import.required"));
            }
            LocalDate stepOn = date(row, "step_on");
            if (stepOn == null && (state == MatterStatus.MATERIALS_IN_PREPARATION
                    || state == MatterStatus.HALTED && simulated != null)) {
                throw new LineProblem(ImportProblem.of(row.line(), "step_on", "import.required"));
            }
            SuspensionKind suspension = state != MatterStatus.SUSPENDED ? null : row.get("suspension").isEmpty()
                    ? SuspensionKind.SPECIAL_PROCEDURE : oneOf(row, "suspension", SuspensionKind.class);
            Integer procedureType = null;
            if (!row.get("procedure_type").isEmpty()) {
                if (suspension != SuspensionKind.SPECIAL_PROCEDURE) {
                    throw new LineProblem(ImportProblem.of(row.line(), "procedure_type", "ledger.procedureTypeAlone",
                            row.get("procedure_type")));
                }
                procedureType = LedgerTerms.parseProcedureType(row.get("procedure_type")).orElseThrow(() -> new LineProblem(
                        ImportProblem.of(row.line(), "procedure_type", "import.oneOf", row.get("procedure_type"),
                                LedgerTerms.procedureTypes())));
            }
            return new MatterLine(row, category, state, accepted, decided, date(row, "external_due_on"),
                    stepOn == null ? accepted : stepOn, simulated, suspension, procedureType);
        }

        /** Whether the line records a simulated approval (still standing, halted since, or converted into a formal one). */
        boolean simulatedApproval() {
            return simulatedOn != null
                    && (state == MatterStatus.SIMULATED || state == MatterStatus.HALTED || state == MatterStatus.APPROVED);
        }

        /** Whether the line records a simulated approval since converted: approved on {@code decided_on} with its own number. */
        boolean converted() {
            return simulatedOn != null && state == MatterStatus.APPROVED;
        }

        String note() {
            return row.get("note");
        }
    }

    /**
     * Brings one matter of the new file's plan to the state its line records, by the steps that lead there:
     * filed (accepted), then reviewed, suspended (补正 or a special procedure), approved, returned, or approved
     * by simulation (and halted since). A matter halted because a simulated approval it stood on failed is
     * halted already when its prerequisite's line was recorded; one dropped is dropped with its reason.
     */
    private static boolean planned(PlannedFile file, MatterLine line) {
        return file.matters().stream().anyMatch(m -> m.categoryCode().equals(line.category()));
    }

    private void record(PlannedFile file, MatterLine line, Steps steps) {
        if (!planned(file, line)) {
            throw new LineProblem(ImportProblem.of(line.row().line(), "category", "matter.unknown",
                    line.category()));
        }
        String fileNo = file.fileNo();
        String category = line.category();
        java.util.function.Consumer<MatterEvent> step = event -> steps.step(line, event);
        switch (line.state()) {
            case PLANNED -> {
                return;
            }
            case MATERIALS_IN_PREPARATION -> {
                step.accept(new MatterEvent.PrepareMaterials(line.stepOn(), null));
                return;
            }
            case DROPPED -> {
                step.accept(new MatterEvent.Drop(line.stepOn(), null, line.note()));
                return;
            }
            case HALTED -> {
                if (!line.simulatedApproval()) {
                    if (!steps.take()) {
                        throw new StepsRefused();
                    }
                    if (statusNow(fileNo, category) != MatterStatus.HALTED) {
                        throw new LineProblem(ImportProblem.of(line.row().line(), "matter_status", "ledger.haltedAlone",
                                category));
                    }
                    return;
                }
            }
            default -> {
            }
        }
        step.accept(new MatterEvent.Accept(line.acceptedOn(), null, null, true, line.externalDueOn()));
        switch (line.state()) {
            case IN_REVIEW -> step.accept(new MatterEvent.StartReview(line.stepOn(), null));
            case SUSPENDED -> step.accept(line.suspension() == SuspensionKind.SUPPLEMENT
                    ? new MatterEvent.RequestSupplement(line.stepOn(), null, List.of(line.note().split("；")))
                    : new MatterEvent.Suspend(line.stepOn(), null, line.procedureType(), line.note()));
            case APPROVED -> step.accept(line.converted()
                    ? new MatterEvent.IssueSimulated(line.simulatedOn(), null, line.row().get("simulated_document_no"), null,
                            line.row().get("pledge"))
                    : new MatterEvent.Approve(line.decidedOn(), null, line.row().get("document_no")));
            case RETURNED -> step.accept(new MatterEvent.Return(line.decidedOn(), null, line.note()));
            case SIMULATED, HALTED -> {
                step.accept(new MatterEvent.IssueSimulated(line.simulatedOn(), null,
                        line.row().get("simulated_document_no"), null, line.row().get("pledge")));
                if (line.state() == MatterStatus.HALTED) {
                    step.accept(new MatterEvent.Halt(line.stepOn(), null, line.note()));
                }
            }
            default -> {
            }
        }
    }

    private MatterStatus statusNow(String fileNo, String category) {
        return em.createQuery("select m.status from Matter m, Project p where m.projectId = p.id and p.fileNo = :fileNo"
                        + " and m.categoryCode = :category", MatterStatus.class)
                .setParameter("fileNo", fileNo).setParameter("category", category).getSingleResult();
    }

    /**
     * A file whose lines record simulated approvals was on the green channel: the director's import grants it
     * (fired as the director's grant is, so that its matters run on their green-channel limits); anyone
     * else's import is refused on the first such line, as granting the green channel is the director's.
     */
    private void grantGreenChannelIfSimulated(PlannedFile file, List<MatterLine> lines) {
        MatterLine simulated = lines.stream().filter(MatterLine::simulatedApproval).findFirst().orElse(null);
        if (simulated == null) {
            return;
        }
        if (!callers.current().isDirector()) {
            throw new LineProblem(ImportProblem.of(simulated.row().line(), "matter_status", "ledger.simulatedByDirector",
                    simulated.category()));
        }
        Project project = em.createNamedQuery(Project.BY_FILE_NO, Project.class).setParameter("fileNo", file.fileNo())
                .getSingleResult();
        String by = session.getCallerPrincipal().getName();
        LocalDate today = LocalDate.now(clock);
        String reason = RuleText.format("ledger.greenChannelReason", Locale.SIMPLIFIED_CHINESE, simulated.category());
        project.proposeGreenChannel(reason, by, today);
        project.decideGreenChannel(true, reason, by, today);
        granted.fire(new GreenChannelGranted(project.getId(), file.fileNo(), by));
        audit.record(project.getId(), by, "GRANT_GREEN_CHANNEL", file.fileNo(), "greenChannel=NONE",
                "greenChannel=GRANTED, reason=" + reason);
    }

    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "enterprise.creditCode" -> "credit_code";
            case "enterprise.name" -> "enterprise_name";
            case "projectCode" -> "project_code";
            case "name" -> "project_name";
            case "landStatus" -> "land_status";
            case "intakeOn" -> "intake_on";
            case "on" -> "accepted_on";
            case "documentNo" -> "document_no";
            case "reason", "materials" -> "note";
            default -> field;
        };
    }

    private static LocalDate date(CsvTable.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new LineProblem(ImportProblem.of(row.line(), column, "import.notDate", value));
        }
    }

    private static BigDecimal number(CsvTable.Row row, String column) {
        try {
            return new BigDecimal(row.get(column));
        } catch (NumberFormatException e) {
            throw new LineProblem(ImportProblem.of(row.line(), column, "ledger.notNumber", row.get(column)));
        }
    }

    /** The code the cell names by the office's word or by the code itself. */
    private static <E extends Enum<E>> E oneOf(CsvTable.Row row, String column, Class<E> type) {
        return LedgerTerms.parse(type, row.get(column)).orElseThrow(() -> new LineProblem(ImportProblem.of(row.line(), column,
                "import.oneOf", row.get(column), LedgerTerms.choices(type))));
    }

    /** Pending steps were refused while a line was gathered; {@link Steps#take} noted the problem. */
    private static final class StepsRefused extends RuntimeException {
        StepsRefused() {
            super(null, null, false, false);
        }
    }

    /** A problem with one line's value, found while reading it. */
    private static final class LineProblem extends RuntimeException {

        private final transient ImportProblem problem;

        LineProblem(ImportProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }
}
