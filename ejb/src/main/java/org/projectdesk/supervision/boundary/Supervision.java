package org.projectdesk.supervision.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.TransactionTimeout;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.project.entity.Town;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.project.entity.Project;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.supervision.control.BoardMatterRows;
import org.projectdesk.supervision.control.KeptBoards;
import org.projectdesk.supervision.control.NoticeChannel;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.supervision.entity.SupervisionOrder;
import org.projectdesk.supervision.control.TimeLimitScan;
import org.projectdesk.supervision.entity.BaselineRequest;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.ScanRun;
import org.projectdesk.supervision.entity.SupervisionSettings;

/**
 * E-supervision: the time-limit scan (run by its Quartz job), the warnings it leaves, the board
 * of lights and on-time rates, and the thresholds. A department window sees only its own
 * department's warnings.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.LEADER_NAME, Role.DEPARTMENT_NAME, Role.ADMIN_NAME})
public class Supervision {

    private static final Logger LOG = Logger.getLogger(Supervision.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeLimitScan timeLimitScan;

    @Inject
    NoticeChannel outbox;

    @Inject
    WorkingDayCalendar calendar;

    @EJB
    Catalogue catalogue;

    @Inject
    Clock clock;

    @EJB
    Callers callers;

    @Inject
    KeptBoards keptBoards;

    @Resource
    SessionContext session;

    @EJB
    VisibleProjects projects;

    @EJB
    Notices notices;

    @Inject
    AuditTrail audit;

    /** Told of each scan once it is committed: figures kept elsewhere go stale as the lights change. */
    @Inject
    Event<ScanReport> scanned;

    /**
     * Judges every running matter for today. Scans take turns on the settings row, so two nodes
     * (or a run-now beside a scheduled firing) never judge the same change twice. A usual scan takes
     * seconds; the first over a large database that never had lights, minutes (docs/benchmarks.md).
     */
    @PermitAll
    @TransactionTimeout(value = 30, unit = TimeUnit.MINUTES)
    public ScanReport scan() {
        long started = System.nanoTime();
        SupervisionSettings settings = em.find(SupervisionSettings.class, SupervisionSettings.ID,
                LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = LocalDate.now(clock);
        boolean newDay = em.createQuery("select count(s) from ScanRun s where s.day = :today and s.finishedAt is not null",
                Long.class).setParameter("today", today).getSingleResult() == 0;
        BaselineRequest baseline = settings.takeBaseline().orElse(null);
        ScanRun run = new ScanRun(today, clock.instant(), System.getProperty("jboss.node.name", "local"), baseline);
        em.persist(run);
        em.flush();
        TimeLimitScan.Outcome outcome = timeLimitScan.run(run.getId(), today, newDay, baseline != null, clock.instant(),
                settings, outbox.enabled() ? "PENDING" : "NONE");
        run.finish(clock.instant(), outcome.running(), outcome.changes(), outcome.notices());
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Time-limit scan " + run.getId() + " for " + today + ": " + outcome.running() + " running matters, "
                + (baseline == null ? "" : outcome.baselined() + " first lights without notices (baseline " + baseline + "), ")
                + outcome.changes() + " light changes, " + outcome.notices() + " notices, " + outcome.projects()
                + " project lights changed, " + millis + " ms");
        ScanReport report = new ScanReport(run.getId(), today, outcome.running(), outcome.changes(), outcome.notices(),
                outcome.projects(), millis, outcome.baselined(), baseline);
        scanned.fire(report);
        return report;
    }

    /**
     * An administrator chooses that the next scan light every running matter that never had a light (an imported
     * ledger's) without notices. Kept until a scan takes it; that scan's row and the job's history say whose choice
     * it was. Matters already lit are judged and notified as ever.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public BaselineRequest requestBaseline() {
        SupervisionSettings settings = em.find(SupervisionSettings.class, SupervisionSettings.ID,
                LockModeType.PESSIMISTIC_WRITE);
        BaselineRequest request = new BaselineRequest(session.getCallerPrincipal().getName(), clock.instant());
        settings.requestBaseline(request);
        LOG.info(() -> "The next time-limit scan lights the never-lit matters without notices: " + request);
        return request;
    }

    /** Takes back a baseline no scan has carried out yet. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void withdrawBaseline() {
        SupervisionSettings settings = em.find(SupervisionSettings.class, SupervisionSettings.ID,
                LockModeType.PESSIMISTIC_WRITE);
        settings.pendingBaseline().ifPresent(pending -> {
            settings.withdrawBaseline();
            LOG.info(() -> "Baseline " + pending + " withdrawn by " + session.getCallerPrincipal().getName());
        });
    }

    /** The baseline waiting for the next scan, if an administrator chose one. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<BaselineRequest> pendingBaseline() {
        return em.find(SupervisionSettings.class, SupervisionSettings.ID).pendingBaseline();
    }

    /**
     * The running matters on the light given (yellow, or red), soonest due first: a department window's
     * department's only, a town's staff's town's projects' only.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.LEADER_NAME, Role.DEPARTMENT_NAME, Role.ADMIN_NAME, Role.TOWN_NAME})
    public List<Warning> warnings(Light light, int page, int size) {
        if (light == null || light == Light.GREEN) {
            throw new RuleViolation("light", "supervision.light.warning", light);
        }
        StringBuilder sql = new StringBuilder("""
                SELECT p.file_no, p.name, m.category_code, m.category_name, m.department_code, p.officer, m.due_on,
                       d.ordinal - t.ordinal, m.alert_level, m.statutory_overdue
                FROM approval_matter m
                JOIN project p ON p.id = m.project_id
                JOIN working_day_ordinal d ON d.day_on = m.due_on
                JOIN working_day_ordinal t ON t.day_on = :today
                WHERE m.status IN %s AND m.alert_level""".formatted(TimeLimitScan.RUNNING))
                .append(light == Light.YELLOW ? " = 1" : " >= 2");
        String department = callers.current().ownDepartment().orElse(null);
        if (department != null) {
            sql.append(" AND m.department_code = :department");
        }
        String town = callers.current().ownTown().orElse(null);
        if (town != null) {
            sql.append(" AND p.town_code = :town");
        }
        sql.append(" ORDER BY m.due_on, p.file_no, m.category_code");
        Query query = em.createNativeQuery(sql.toString()).setParameter("today", LocalDate.now(clock));
        if (department != null) {
            query.setParameter("department", department);
        }
        if (town != null) {
            query.setParameter("town", town);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new Warning((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], toDate(r[6]), ((Number) r[7]).intValue(),
                Light.ofLevel(((Number) r[8]).intValue()), Boolean.TRUE.equals(r[9]),
                calendar.provisionalDates().check("dueOn", toDate(r[6])).names())).toList();
    }

    /**
     * The matters behind a count of the board (or a caseload), most urgent first, a page at a time: a
     * department window's department's only, a town's staff's town's projects' only.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.LEADER_NAME, Role.DEPARTMENT_NAME, Role.ADMIN_NAME, Role.TOWN_NAME})
    public BoardMatter.Page matters(BoardMatter.Criteria criteria, int page, int size) {
        CallerScope scope = callers.current();
        return BoardMatterRows.page(em, criteria == null ? BoardMatter.Criteria.RUNNING : criteria,
                scope.ownDepartment().orElse(null), scope.ownTown().orElse(null), LocalDate.now(clock), calendar, page, size);
    }

    /**
     * 督办: the director orders a red or yellow matter (as the last scan left it) to be dealt with, with a
     * note. The department's window and the project's officer are told, the file's history records it, and
     * the matter shows it is under supervision order from then on.
     */
    @RolesAllowed(Role.DIRECTOR_NAME)
    public BoardMatter issueOrder(String fileNo, String categoryCode, String note) {
        CallerScope scope = callers.current();
        if (!scope.issuesSupervisionOrders()) {
            throw new jakarta.ejb.EJBAccessException("Only the director issues supervision orders");
        }
        Project project = projects.byFileNo(fileNo);
        Matter matter = em.createQuery("select m from Matter m where m.projectId = :id and m.categoryCode = :category",
                        Matter.class).setParameter("id", project.getId()).setParameter("category", categoryCode)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFound("The service file " + fileNo + " has no matter " + categoryCode));
        Light light = matter.getStatus().isRunning() ? Light.ofLevel(matter.getAlertLevel()) : null;
        String by = session.getCallerPrincipal().getName();
        SupervisionOrder order = new SupervisionOrder(matter.getId(), project.getId(), categoryCode, light, note, by,
                clock.instant());
        em.persist(order);
        em.flush();
        notices.send(Notice.of(NoticeKind.SUPERVISION_ORDER, "order:" + order.getId(),
                        Recipients.departments(List.of(matter.getDepartmentCode())).and(Recipients.users(project.getOfficer())))
                .about(project.getId()).saying(categoryCode + "\n" + order.getNote()));
        audit.record(project.getId(), by, NoticeKind.SUPERVISION_ORDER.name(), categoryCode, "light=" + light,
                "note=" + order.getNote());
        LOG.info(() -> "Supervision order on " + fileNo + " " + categoryCode + " by " + by);
        return BoardMatterRows.of(em, matter.getId(), LocalDate.now(clock), calendar);
    }

    /** The board with every town's figures, or a town's staff its own town's. */
    @RolesAllowed({Role.DIRECTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TOWN_NAME})
    public Board board(LocalDate from, LocalDate to) {
        return board(from, to, null);
    }

    /** The board with the figures of the town asked for (null: every town's); another town's is "not found". */
    @RolesAllowed({Role.DIRECTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TOWN_NAME})
    public Board board(LocalDate from, LocalDate to, String town) {
        Optional<String> shown = callers.current().townFigures(town);
        if (shown.isPresent() && em.find(Town.class, shown.get()) == null) {
            throw new NotFound("There is no town " + town);
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("to", "supervision.period.invalid", from, to);
        }
        Board all = keptBoards.of(from, to, LocalDate.now(clock), () -> everyTown(from, to));
        return shown.map(code -> new Board(all.from(), all.to(), all.green(), all.yellow(), all.red(), all.statutoryOverdue(),
                all.departments(), all.towns().stream().filter(row -> row.code().equals(code)).toList(), all.townsTotal()))
                .orElse(all);
    }

    /** The board of the period with every town's row, computed from the data as it stands. */
    private Board everyTown(LocalDate from, LocalDate to) {
        Map<String, long[]> now = new HashMap<>();
        long[] lights = new long[3];
        em.createQuery("select m.departmentCode, m.alertLevel, count(m) from Matter m where m.status in :running"
                        + " group by m.departmentCode, m.alertLevel", Object[].class)
                .setParameter("running", org.projectdesk.approval.entity.MatterStatus.RUNNING)
                .getResultList().forEach(r -> {
                    long[] row = now.computeIfAbsent((String) r[0], k -> new long[3]);
                    long count = (Long) r[2];
                    row[0] += count;
                    Light light = Light.ofLevel((Integer) r[1]);
                    if (light != null) {
                        lights[light.level()] += count;
                        if (light != Light.GREEN) {
                            row[light.level()] += count;
                        }
                    }
                });
        long statutory = em.createQuery("select count(m) from Matter m where m.statutoryOverdue = true", Long.class)
                .getSingleResult();
        Map<String, long[]> decided = new HashMap<>();
        em.createNativeQuery("""
                        SELECT department_code, COUNT(*), SUM(CASE WHEN COALESCE(simulated_on, decided_on) <= due_on THEN 1 ELSE 0 END)
                        FROM approval_matter
                        WHERE status IN ('APPROVED', 'RETURNED', 'SIMULATED') AND due_on IS NOT NULL
                          AND COALESCE(simulated_on, decided_on) BETWEEN :from AND :to
                        GROUP BY department_code""")
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(o -> {
                    Object[] r = (Object[]) o;
                    decided.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
                });
        Map<String, Object[]> services = new HashMap<>();
        em.createQuery("select s.departmentCode, count(s), sum(s.hours) from ExtendedService s"
                        + " where s.servedOn between :from and :to group by s.departmentCode", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> services.put((String) r[0], r));
        Map<String, Long> problems = new HashMap<>();
        em.createNativeQuery("""
                        SELECT d.department_code, COUNT(*) FROM coordination_problem_department d
                        JOIN coordination_problem q ON q.id = d.problem_id
                        WHERE q.status IN ('OPEN', 'IN_PROGRESS') AND q.alert_level >= 2
                        GROUP BY d.department_code""").getResultList()
                .forEach(o -> problems.put((String) ((Object[]) o)[0], ((Number) ((Object[]) o)[1]).longValue()));
        List<Board.DepartmentRow> rows = catalogue.departments().stream().map(d -> departmentRow(d,
                now.getOrDefault(d.code(), new long[3]), decided.getOrDefault(d.code(), new long[2]),
                services.get(d.code()), problems.getOrDefault(d.code(), 0L))).toList();
        Map<String, Board.TownRow> towns = townRows(from, to);
        List<Board.TownRow> townRows = em.createNamedQuery(Town.ALL, Town.class).getResultList().stream()
                .map(t -> named(towns.get(t.getCode()), t)).filter(java.util.Objects::nonNull).toList();
        return new Board(from, to, lights[0], lights[1], lights[2], statutory, rows, townRows, total(towns.values()));
    }

    /**
     * Each town's figures today, by the weekly report's definitions (WeeklyCalculator) on the stored state: a
     * project's status and dates as recorded, its matters' lights as the last scan left them. Held to the report's
     * figures by SupervisionIT. The referral table is the referral feature's, read by name for its town and day only.
     */
    private Map<String, Board.TownRow> townRows(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object[]> projects = new HashMap<>();
        em.createNativeQuery("""
                        SELECT p.town_code, COUNT(*), SUM(p.investment),
                               SUM(CASE WHEN p.status <> 'PAUSED'
                                     AND EXISTS (SELECT 1 FROM approval_matter m WHERE m.project_id = p.id
                                                 AND m.status <> 'DROPPED' AND m.accepted_on <= :today)
                                     AND EXISTS (SELECT 1 FROM approval_matter m WHERE m.project_id = p.id
                                                 AND m.status NOT IN ('DROPPED', 'APPROVED', 'RETURNED', 'HALTED'))
                                   THEN 1 ELSE 0 END),
                               SUM(CASE WHEN p.construction_started_on <= :today THEN 1 ELSE 0 END)
                        FROM project p
                        WHERE p.intake_on <= :today AND p.status <> 'WITHDRAWN'
                        GROUP BY p.town_code""").setParameter("today", today).getResultList()
                .forEach(o -> projects.put((String) ((Object[]) o)[0], (Object[]) o));
        Map<String, Long> red = counts(em.createNativeQuery("""
                        SELECT p.town_code, COUNT(*) FROM approval_matter m JOIN project p ON p.id = m.project_id
                        WHERE m.status IN %s AND m.alert_level >= 2 AND p.status <> 'WITHDRAWN'
                        GROUP BY p.town_code""".formatted(TimeLimitScan.RUNNING)));
        Map<String, Long> referrals = counts(em.createNativeQuery("""
                        SELECT town_code, COUNT(*) FROM referral WHERE registered_on BETWEEN :from AND :to
                        GROUP BY town_code""").setParameter("from", from).setParameter("to", to));
        Map<String, Board.TownRow> rows = new HashMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>(projects.keySet());
        codes.addAll(red.keySet());
        codes.addAll(referrals.keySet());
        for (String code : codes) {
            Object[] p = projects.get(code);
            rows.put(code, new Board.TownRow(code, code, code, p == null ? 0 : ((Number) p[1]).longValue(),
                    yi(p == null ? BigDecimal.ZERO : toDecimal(p[2])), p == null ? 0 : ((Number) p[3]).longValue(),
                    p == null ? 0 : ((Number) p[4]).longValue(), red.getOrDefault(code, 0L), referrals.getOrDefault(code, 0L)));
        }
        return rows;
    }

    /** The town's row under its names; a town without figures: zeros if it is offered, else no row. */
    private static Board.TownRow named(Board.TownRow row, Town t) {
        if (row == null) {
            return t.isActive() ? new Board.TownRow(t.getCode(), t.getName(), t.getNameEn(), 0, yi(BigDecimal.ZERO), 0, 0, 0, 0)
                    : null;
        }
        return new Board.TownRow(t.getCode(), t.getName(), t.getNameEn(), row.projects(), row.investmentYi(), row.inApproval(),
                row.started(), row.red(), row.referrals());
    }

    /** The city's figures: the towns' counts added up, the investment added before it is rounded. */
    private Board.TownRow total(java.util.Collection<Board.TownRow> rows) {
        long[] sums = new long[5];
        for (Board.TownRow r : rows) {
            sums[0] += r.projects();
            sums[1] += r.inApproval();
            sums[2] += r.started();
            sums[3] += r.red();
            sums[4] += r.referrals();
        }
        BigDecimal investment = yi(toDecimal(em.createNativeQuery("SELECT COALESCE(SUM(investment), 0) FROM project"
                + " WHERE intake_on <= :today AND status <> 'WITHDRAWN'").setParameter("today", LocalDate.now(clock))
                .getSingleResult()));
        return new Board.TownRow(null, null, null, sums[0], investment, sums[1], sums[2], sums[3], sums[4]);
    }

    private static Map<String, Long> counts(Query query) {
        Map<String, Long> counts = new HashMap<>();
        query.getResultList().forEach(o -> counts.put((String) ((Object[]) o)[0], ((Number) ((Object[]) o)[1]).longValue()));
        return counts;
    }

    private static BigDecimal toDecimal(Object value) {
        return value == null ? BigDecimal.ZERO : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    /** 万元 as 亿元, to the cent of a 亿, as the weekly report writes it. */
    private static BigDecimal yi(BigDecimal wan) {
        return wan.divide(BigDecimal.valueOf(10_000), 2, java.math.RoundingMode.HALF_UP);
    }

    private static Board.DepartmentRow departmentRow(DepartmentView d, long[] now, long[] decided, Object[] services,
            long overdueProblems) {
        return new Board.DepartmentRow(d.code(), d.name(), d.nameEn(), now[0], now[1], now[2], decided[0], decided[1],
                decided[0] == 0 ? null : (double) decided[1] / decided[0],
                services == null ? 0 : (Long) services[1],
                services == null ? BigDecimal.ZERO : (BigDecimal) services[2], overdueProblems);
    }

    public SupervisionSettings settings() {
        return em.find(SupervisionSettings.class, SupervisionSettings.ID);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public SupervisionSettings changeSettings(long version, int yellowDays, int yellowPercent, int leadershipAfterDays,
            int greenWindowFrom, int greenWindowTo, int conversionDays) {
        SupervisionSettings settings = em.find(SupervisionSettings.class, SupervisionSettings.ID);
        StaleVersion.check("The supervision settings", version, settings.getVersion());
        settings.change(yellowDays, yellowPercent, leadershipAfterDays, greenWindowFrom, greenWindowTo, conversionDays);
        em.flush();
        LOG.info(() -> "Supervision thresholds changed by " + session.getCallerPrincipal().getName() + ": yellow at "
                + yellowDays + " days or " + yellowPercent + "%, leadership after " + leadershipAfterDays + " days");
        return settings;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

}
