package org.projectdesk.report.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.projectdesk.acceptance.boundary.AcceptanceFigures;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.coordination.boundary.CoordinationCounts;
import org.projectdesk.coordination.boundary.CoordinationReport;
import org.projectdesk.meeting.entity.Meeting;
import org.projectdesk.meeting.entity.MeetingStatus;
import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.Town;
import org.projectdesk.report.control.IsoWeek;
import org.projectdesk.report.control.MatterTotals;
import org.projectdesk.report.control.ReportData;
import org.projectdesk.report.control.WeeklyCalculator;
import org.projectdesk.report.control.WeeklyFigures;
import org.projectdesk.report.control.WeeklyMatterTotals;
import org.projectdesk.report.control.WeekInProgress;
import org.projectdesk.report.control.WeeklyReportArchive;
import org.projectdesk.report.entity.WeeklyReport;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.boundary.ScanReport;
import org.projectdesk.supervision.boundary.TimeLimitLights;
import org.projectdesk.supervision.entity.SupervisionSettings;

/**
 * The leadership's weekly progress reports. A past week's report is made once — by the Monday job
 * or the first time a leader asks for it — and kept unchanged; the week in progress is computed
 * afresh up to today. The figures are a pure function of the data ({@link WeeklyCalculator}), so a
 * week asked for on demand has the numbers the job would have given. Calls into the coordination
 * feature run with the office's rights, whoever (or whatever job) asks. A reader of one town's figures
 * (a town's staff always, its own town) gets the report narrowed to it ({@link WeeklyFigures#ofTown}):
 * the report is made and kept whole, and narrowed as it is read.
 */
@Stateless
@RolesAllowed({Role.LEADER_NAME, Role.DIRECTOR_NAME, Role.TOWN_NAME})
@RunAs(Role.DIRECTOR_NAME)
public class WeeklyReports {

    private static final Logger LOG = Logger.getLogger(WeeklyReports.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalogue catalogue;

    @EJB
    CoordinationReport coordination;

    @EJB
    WeeklyReportArchive archive;

    @Inject
    WeekInProgress weekInProgress;

    @Inject
    WeeklyMatterTotals matterTotals;

    @EJB
    AcceptanceFigures acceptanceFigures;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    TimeLimitLights lights;

    @Inject
    Clock clock;

    @EJB
    Logins logins;

    @Resource
    SessionContext session;

    /** The week's report as the caller reads it: a town's staff its own town's figures, anyone else every town's. */
    public WeeklyReportView report(String isoWeek) {
        return report(isoWeek, null);
    }

    /**
     * The week's report with the figures of the town asked for (null: every town's, or a town's staff its own):
     * the stored one, else made now (and stored once the week is over). Another town's, or one that does not
     * exist, is "not found".
     */
    public WeeklyReportView report(String isoWeek, String town) {
        // This bean runs as the director for the features it reads, so it asks who called it with its own context.
        Optional<String> shown = Callers.of(session, logins).townFigures(town);
        if (shown.isPresent() && em.find(Town.class, shown.get()) == null) {
            throw new NotFound("There is no town " + town);
        }
        WeeklyReportView whole = whole(isoWeek);
        return shown.map(code -> new WeeklyReportView(whole.figures().ofTown(code), whole.generatedAt(), whole.generatedBy(),
                whole.stored())).orElse(whole);
    }

    private WeeklyReportView whole(String isoWeek) {
        IsoWeek week = IsoWeek.parse(isoWeek);
        LocalDate today = LocalDate.now(clock);
        if (week.monday().isAfter(today)) {
            throw new RuleViolation("week", "report.week.future", week);
        }
        // The figures of a week before the office's first project are all zero: such a report would only be kept by mistake.
        IsoWeek first = IsoWeek.of(em.createQuery("select min(p.intakeOn) from Project p", LocalDate.class)
                .getResultList().stream().filter(java.util.Objects::nonNull).findFirst().orElse(today));
        if (week.sunday().isBefore(first.monday())) {
            throw new RuleViolation("week", "report.week.beforeData", week, first);
        }
        Optional<WeeklyReport> stored = stored(week);
        if (stored.isPresent()) {
            return view(stored.get());
        }
        if (!week.sunday().isBefore(today)) {
            return inProgress(week, today, caller());
        }
        return view(store(week, caller()));
    }

    /**
     * The week in progress up to today: the figures kept since nothing they are made from changed
     * ({@link WeekInProgress}), else made now and kept, unless the data changed while they were being made.
     */
    private WeeklyReportView inProgress(IsoWeek week, LocalDate today, String by) {
        WeekInProgress.Stamp stamp = weekInProgress.stamp(week, today);
        Optional<WeekInProgress.Kept> kept = weekInProgress.find(stamp, clock.instant());
        if (kept.isPresent()) {
            return new WeeklyReportView(kept.get().figures(), kept.get().madeAt(), kept.get().madeBy(), false);
        }
        WeekInProgress.Kept made = new WeekInProgress.Kept(stamp, clock.instant(), by, compute(week, today));
        if (weekInProgress.stamp(week, today).equals(stamp)) {
            weekInProgress.keep(made);
        }
        return new WeeklyReportView(made.figures(), made.madeAt(), made.madeBy(), false);
    }

    /** Once a time-limit scan is committed, the week in progress is made again for the next reader, in the background. */
    @PermitAll
    public void afterScan(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScanReport scan) {
        session.getBusinessObject(WeeklyReports.class).makeWeekInProgress();
    }

    /**
     * Makes and keeps the week in progress, unless a making already runs on this server (it sees this scan's change
     * when it is done and tries again). A second try when the data changed while the figures were made: the scan's
     * own commit may be counted only after this began.
     */
    @PermitAll
    @Asynchronous
    public void makeWeekInProgress() {
        if (!weekInProgress.mayMakeInBackground()) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock);
            if (em.createQuery("select p.id from Project p where p.intakeOn <= :today", Long.class)
                    .setParameter("today", today).setMaxResults(1).getResultList().isEmpty()) {
                return;
            }
            IsoWeek week = IsoWeek.of(today);
            for (int attempt = 0; attempt < 2; attempt++) {
                WeekInProgress.Stamp stamp = weekInProgress.stamp(week, today);
                if (weekInProgress.find(stamp, clock.instant()).isPresent()) {
                    return;
                }
                WeekInProgress.Kept made = new WeekInProgress.Kept(stamp, clock.instant(), "system", compute(week, today));
                if (weekInProgress.stamp(week, today).equals(stamp)) {
                    weekInProgress.keep(made);
                    return;
                }
            }
        } finally {
            weekInProgress.madeInBackground();
        }
    }

    /** The Monday job: last week's report, made if it is not yet. */
    @PermitAll
    public String produceLastWeek() {
        IsoWeek last = IsoWeek.of(LocalDate.now(clock)).previous();
        if (stored(last).isPresent()) {
            return last + " already made";
        }
        store(last, "system");
        return last + " made";
    }

    /** The reports made so far, newest week first. */
    public List<ReportSummary> history(int page, int size) {
        return em.createQuery("select r from WeeklyReport r order by r.weekStart desc", WeeklyReport.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> new ReportSummary(r.getIsoWeek(), r.getWeekStart(), r.getWeekEnd(), r.getGeneratedAt(),
                        r.getGeneratedBy()))
                .toList();
    }

    public long historySize() {
        return em.createQuery("select count(r) from WeeklyReport r", Long.class).getSingleResult();
    }

    private WeeklyReport store(IsoWeek week, String by) {
        WeeklyFigures figures = compute(week, week.sunday());
        // To the microsecond, as the database keeps it: the report reads the same before and after it is stored.
        WeeklyReport report = new WeeklyReport(week.toString(), week.monday(), week.sunday(),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), by, JSON.toJson(figures));
        if (archive.keep(report).isEmpty()) {
            // Made by another request at the same moment: the report kept first is the week's report, for everyone.
            return stored(week).orElseThrow(() -> new IllegalStateException("The report of " + week + " was kept and is gone"));
        }
        LOG.info(() -> "Weekly report " + week + " made by " + by);
        return report;
    }

    private WeeklyFigures compute(IsoWeek week, LocalDate end) {
        LocalDate previousEnd = week.monday().minusDays(1);
        ReportData data = data(week.previous().monday(), end, coordination.counts(week.monday(), end),
                acceptanceFigures.figures(week.monday(), end));
        ReportData before = new ReportData(data.projects(), data.matters(), data.meetings(), data.services(),
                coordination(coordination.counts(week.previous().monday(), previousEnd)),
                acceptanceFigures.figures(week.previous().monday(), previousEnd), data.referrals());
        SupervisionSettings settings = lights.settings();
        WeeklyCalculator calculator = new WeeklyCalculator(settings.rule(), settings.projectRule(),
                calendar::countWorkingDays);
        List<WeeklyCalculator.Department> departments = catalogue.departments().stream()
                .map(d -> new WeeklyCalculator.Department(d.code(), d.name(), d.nameEn())).toList();
        List<WeeklyCalculator.Town> towns = em.createNamedQuery(Town.ALL, Town.class).getResultList().stream()
                .map(t -> new WeeklyCalculator.Town(t.getCode(), t.getName(), t.getNameEn(), t.isActive())).toList();
        // Both weeks' matter totals in one read of the matters, by the database; the rows only past the calendar.
        Optional<List<MatterTotals>> totals = matterTotals.of(List.of(new WeeklyMatterTotals.Span(week.monday(), end),
                new WeeklyMatterTotals.Span(week.previous().monday(), previousEnd)), settings.rule());
        WeeklyFigures current = totals.map(t -> calculator.compute(week, end, data, t.get(0), departments, towns))
                .orElseGet(() -> calculator.compute(week, end, data, departments, towns));
        WeeklyFigures previous = totals.map(t -> calculator.compute(week.previous(), previousEnd, before, t.get(1), departments, towns))
                .orElseGet(() -> calculator.compute(week.previous(), previousEnd, before, departments, towns));
        return WeeklyCalculator.weekOverWeek(current, previous);
    }

    /** Every project taken in by {@code end} with its matters; the meetings and services from {@code from}. */
    private ReportData data(LocalDate from, LocalDate end, CoordinationCounts counts, AcceptanceFiguresView acceptance) {
        // The officer as readers know them: the report is read, printed and exported far from the accounts page.
        List<ReportData.ProjectRow> projects = em.createQuery("select p.id, p.fileNo, p.name,"
                        + " coalesce(a.displayName, p.officer), p.investment,"
                        + " p.intakeOn, p.status, p.statusChangedOn, p.constructionStartedOn, p.greenChannel.status, p.town"
                        + " from Project p left join Account a on a.username = p.officer where p.intakeOn <= :end", Object[].class)
                .setParameter("end", end).getResultList().stream()
                .map(r -> new ReportData.ProjectRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (BigDecimal) r[4], (LocalDate) r[5], (ProjectStatus) r[6], (LocalDate) r[7], (LocalDate) r[8],
                        r[9] == GreenChannelStatus.GRANTED, (String) r[10]))
                .toList();
        // Read only when the database cannot total them (a day past the calendar), streamed: two million do not fit in a list.
        java.util.function.Supplier<java.util.stream.Stream<ReportData.MatterRow>> matters = () -> em.createQuery(
                        "select m.projectId, m.categoryCode, m.departmentCode, m.status, m.statutoryDays, m.promisedDays,"
                        + " m.greenChannel, m.greenChannelDays, m.acceptedOn, m.dueOn, m.decidedOn, m.haltedOn"
                        + " from Matter m, Project p where p.id = m.projectId and p.intakeOn <= :end", Object[].class)
                .setParameter("end", end).setHint("org.hibernate.fetchSize", 5_000).setHint("org.hibernate.readOnly", true)
                .getResultList().stream()
                .map(r -> new ReportData.MatterRow((Long) r[0], (String) r[1], (String) r[2], (MatterStatus) r[3],
                        (Integer) r[4], (Integer) r[5], Boolean.TRUE.equals(r[6]) ? (Integer) r[7] : (Integer) r[5],
                        (LocalDate) r[8], (LocalDate) r[9], (LocalDate) r[10], (LocalDate) r[11]));
        List<ReportData.MeetingRow> meetings = new ArrayList<>();
        em.createQuery("select m from Meeting m where m.status = :closed and m.startsAt >= :from and m.startsAt < :after",
                        Meeting.class)
                .setParameter("closed", MeetingStatus.CLOSED).setParameter("from", from.atStartOfDay())
                .setParameter("after", end.plusDays(1).atStartOfDay()).getResultList().stream()
                .forEach(m -> meetings.add(new ReportData.MeetingRow(m.getStartsAt().toLocalDate(), m.getProjectIds())));
        List<ReportData.ServiceRow> services = em.createQuery("select s.servedOn, s.kind, s.departmentCode from ExtendedService s"
                        + " where s.servedOn between :from and :end", Object[].class)
                .setParameter("from", from).setParameter("end", end).getResultList().stream()
                .map(r -> new ReportData.ServiceRow((LocalDate) r[0], r[1].toString(), (String) r[2])).toList();
        // The referral table is the referral feature's (above this one), read by name for its town and day only.
        List<ReportData.ReferralRow> referrals = em.createQuery("select r.townCode, r.registeredOn from Referral r"
                        + " where r.registeredOn between :from and :end", Object[].class)
                .setParameter("from", from).setParameter("end", end).getResultList().stream()
                .map(r -> new ReportData.ReferralRow((String) r[0], (LocalDate) r[1])).toList();
        return new ReportData(projects, matters, meetings, services, coordination(counts), acceptance, referrals);
    }

    private static ReportData.Coordination coordination(CoordinationCounts c) {
        return new ReportData.Coordination(c.visitsHeld(), c.projectsVisited(), c.problemsOpened(), c.problemsResolved());
    }

    private Optional<WeeklyReport> stored(IsoWeek week) {
        return em.createQuery("select r from WeeklyReport r where r.isoWeek = :week", WeeklyReport.class)
                .setParameter("week", week.toString()).getResultList().stream().findFirst();
    }

    private static WeeklyReportView view(WeeklyReport r) {
        return new WeeklyReportView(JSON.fromJson(r.getFigures(), WeeklyFigures.class), r.getGeneratedAt(), r.getGeneratedBy(),
                true);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
