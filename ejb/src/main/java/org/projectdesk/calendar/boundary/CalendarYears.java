package org.projectdesk.calendar.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.calendar.control.DayKind;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.calendar.control.StatutoryHolidays;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.calendar.entity.CalendarYear;
import org.projectdesk.calendar.entity.ListedDay;
import org.projectdesk.calendar.entity.WorkingDayOrdinal;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.Settings;

/** The loaded years of the holiday schedule: what is loaded, a preview of an import, and the import itself. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.DIRECTOR_NAME})
public class CalendarYears {

    private static final Logger LOG = Logger.getLogger(CalendarYears.class.getName());

    /** A 358-working-day statutory limit started late in the last official year ends about this far on. */
    public static final int PROVISIONAL_YEARS_AHEAD = 3;
    private static final String SYSTEM = "system";
    static final String PROVISIONAL_SOURCE = "全国年节及纪念日放假办法（国务院令第795号）";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CalendarChanged> changed;

    @Inject
    Event<DatesMoved> datesMoved;

    @Inject
    @Any
    Instance<WorkingDayDates> dated;

    @Inject
    AuditTrail audit;

    /** The cached index (this bean builds it; the calendar keeps it). */
    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Checks a file fully and says what importing it would do, including every stored date it would
     * move; stores nothing.
     */
    public CalendarImport preview(byte[] content) {
        HolidaySchedule schedule = HolidaySchedule.parse(content == null ? new byte[0] : content);
        return outcome(schedule, schedule.isValid() && !schedule.entries().isEmpty()
                ? recount(index(), indexWith(schedule), false) : List.of());
    }

    /**
     * Loads every year of the file, replacing years already loaded (a provisional year becomes
     * official), and in the same transaction moves every stored date the new schedule changes,
     * records each move in its file's history and tells each officer once of theirs. A file with any
     * problem loads nothing.
     */
    public CalendarImport apply(byte[] content, String source) {
        HolidaySchedule schedule = HolidaySchedule.parse(content == null ? new byte[0] : content);
        if (!schedule.isValid() || schedule.entries().isEmpty()) {
            throw new RuleViolation(null, "calendar.import.invalid", schedule.problems().size());
        }
        String by = session.getCallerPrincipal().getName();
        List<DateMove> moves = recount(index(), indexWith(schedule), true);
        load(schedule, source, by);
        record(moves, by);
        datesMoved.fire(new DatesMoved(schedule.years(), moves));
        return outcome(schedule, moves);
    }

    /**
     * Fills in the working-day dates left empty while the calendar ended at the last official year
     * (planned dates, statutory due dates), as at start-up; each recorded in its file's history. One
     * call is one transaction's share: the projects after {@code afterProject} ({@code null}: from the
     * first), {@link #fillShare()} of them; the caller goes on from {@link FilledDates#nextAfterProject()}
     * until it is {@code null}. In shares so that a database of millions of matters fills in bounded memory
     * and no transaction outlives its timeout; a share filled stays filled, so a start interrupted
     * goes on where it stopped at the next.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FilledDates fillEmptyDates(Long afterProject) {
        WorkingDays index = index();
        int share = fillShare();
        List<DateMove> filled = new ArrayList<>();
        Long next = null;
        for (WorkingDayDates feature : dated) {
            FilledDates part = feature.fillEmpty(index, afterProject, share);
            filled.addAll(part.moves());
            if (part.nextAfterProject() != null && (next == null || part.nextAfterProject() < next)) {
                next = part.nextAfterProject();
            }
        }
        record(filled, SYSTEM);
        return new FilledDates(filled, next);
    }

    /** Projects whose empty dates one transaction fills (about 20 matters each). */
    static int fillShare() {
        return Settings.getInt("projectdesk.calendar.fill-share", 500);
    }

    private CalendarImport outcome(HolidaySchedule schedule, List<DateMove> moves) {
        TreeSet<Integer> replacing = new TreeSet<>(schedule.years());
        replacing.retainAll(officialYears());
        return new CalendarImport(schedule.years(), replacing, schedule.entries(), schedule.problems(), moves);
    }

    private List<DateMove> recount(WorkingDays before, WorkingDays after, boolean apply) {
        List<DateMove> moves = new ArrayList<>();
        dated.forEach(feature -> moves.addAll(feature.recount(before, after, apply)));
        moves.sort(Comparator.comparing(DateMove::fileNo, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DateMove::subject).thenComparing(DateMove::field));
        return moves;
    }

    /** One notice per officer listing their moved dates (as many as the notice holds, and how many in all). */

    /** The shipped schedule, loaded at first start by the system itself. */
    @PermitAll
    public void loadShipped(byte[] content, String source) {
        HolidaySchedule schedule = HolidaySchedule.parse(content);
        if (!schedule.isValid()) {
            throw new IllegalStateException("The shipped holiday file " + source + " is invalid: " + schedule.problems());
        }
        load(schedule, source, SYSTEM);
    }

    private void load(HolidaySchedule schedule, String source, String by) {
        for (int year : schedule.years()) {
            CalendarYear existing = em.find(CalendarYear.class, year);
            CalendarYear calendarYear = existing != null ? existing : new CalendarYear(year);
            calendarYear.load(schedule, source, by, clock.instant());
            if (existing == null) {
                em.persist(calendarYear);
            }
        }
        em.flush();
        rewriteOrdinals();
        LOG.info(() -> "Loaded the holiday schedule of " + schedule.years() + " from " + source + " by " + by);
        changed.fire(new CalendarChanged(schedule.years()));
    }

    /** Every year the calendar counts with, official and provisional, in order. */
    @PermitAll
    public List<YearSummary> years() {
        WorkingDays index = index();
        List<YearSummary> years = new ArrayList<>(em.createNamedQuery(CalendarYear.ALL_WITH_DAYS, CalendarYear.class)
                .getResultList().stream()
                .map(y -> new YearSummary(y.getYear(), YearSummary.OFFICIAL,
                        y.getDays().stream().filter(d -> d.getKind() == DayKind.HOLIDAY).count(),
                        y.getDays().stream().filter(d -> d.getKind() == DayKind.WORKDAY).count(),
                        index.workingDaysIn(y.getYear()),
                        y.getSource(), y.getLoadedBy(), y.getLoadedAt()))
                .toList());
        for (int year : index.provisionalYears()) {
            years.add(new YearSummary(year, YearSummary.PROVISIONAL, StatutoryHolidays.of(year).size(), 0,
                    index.workingDaysIn(year), PROVISIONAL_SOURCE, null, null));
        }
        years.sort(Comparator.comparingInt(YearSummary::year));
        return years;
    }

    /** A year's listed days: as loaded for an official year, the law's holidays for a provisional one. */
    @PermitAll
    public List<ListedDay> listedDays(int year) {
        CalendarYear calendarYear = em.find(CalendarYear.class, year);
        if (calendarYear != null) {
            return calendarYear.getDays();
        }
        return index().isProvisionalYear(year) ? StatutoryHolidays.of(year).stream()
                .map(e -> new ListedDay(e.date(), e.kind(), e.name())).toList() : List.of();
    }

    /**
     * The working-day index of everything loaded now, and the provisional years from the first
     * official year to {@value #PROVISIONAL_YEARS_AHEAD} past the last.
     */
    @PermitAll
    public WorkingDays index() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        List<CalendarYear> years = em.createNamedQuery(CalendarYear.ALL_WITH_DAYS, CalendarYear.class).getResultList();
        years.forEach(y -> y.getDays().forEach(d -> days.put(d.getDate(), d.getKind())));
        return WorkingDays.withProvisionalYears(years.stream().map(CalendarYear::getYear).toList(), days,
                PROVISIONAL_YEARS_AHEAD);
    }

    /** The index as it would be with the schedule's years loaded over the ones stored. */
    private WorkingDays indexWith(HolidaySchedule schedule) {
        return indexOf(schedule.years(), schedule.days(), Set.of());
    }

    /** The index as it would be with a stored year withdrawn: provisional again. */
    private WorkingDays indexWithout(int year) {
        return indexOf(Set.of(), Map.of(), Set.of(year));
    }

    private WorkingDays indexOf(Set<Integer> addedYears, Map<LocalDate, DayKind> addedDays, Set<Integer> withdrawn) {
        Map<LocalDate, DayKind> days = new HashMap<>(addedDays);
        TreeSet<Integer> official = new TreeSet<>(addedYears);
        for (CalendarYear y : em.createNamedQuery(CalendarYear.ALL_WITH_DAYS, CalendarYear.class).getResultList()) {
            if (!withdrawn.contains(y.getYear()) && official.add(y.getYear())) {
                y.getDays().forEach(d -> days.put(d.getDate(), d.getKind()));
            }
        }
        return WorkingDays.withProvisionalYears(official, days, PROVISIONAL_YEARS_AHEAD);
    }

    /**
     * Takes back a year an administrator imported (the wrong file, say): the year is provisional
     * again, and every stored date it moved is counted back, recorded and told as on import.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<DateMove> withdraw(int year) {
        CalendarYear official = em.find(CalendarYear.class, year);
        if (official == null) {
            throw new RuleViolation("year", "calendar.year.notOfficial", String.valueOf(year));
        }
        if (SYSTEM.equals(official.getLoadedBy())) {
            throw new RuleViolation("year", "calendar.year.shipped", String.valueOf(year));
        }
        String by = session.getCallerPrincipal().getName();
        List<DateMove> moves = recount(index(), indexWithout(year), true);
        em.remove(official);
        em.flush();
        rewriteOrdinals();
        record(moves, by);
        datesMoved.fire(new DatesMoved(new TreeSet<>(Set.of(year)), moves));
        LOG.info(() -> "Withdrew the official holiday schedule of " + year + " by " + by + "; " + moves.size() + " dates moved");
        changed.fire(new CalendarChanged(new TreeSet<>(Set.of(year))));
        return moves;
    }

    private void record(List<DateMove> moves, String by) {
        // A date on no file (a waiting referral's) has no history to write; the import's own log line counts it.
        moves.stream().filter(m -> m.projectId() != null).forEach(m -> audit.record(m.projectId(), by, "CALENDAR_RECOUNT",
                m.subject() + " " + m.field(), m.before() == null ? null : m.before().toString(),
                m.after() == null ? null : m.after().toString()));
    }

    private SortedSet<Integer> officialYears() {
        return new TreeSet<>(em.createNamedQuery(CalendarYear.ALL, CalendarYear.class).getResultList().stream()
                .map(CalendarYear::getYear).toList());
    }

    /**
     * Whether this year, or next year from the warning day on, still lacks its official schedule:
     * what the banner on the home page, the board and the calendar page says.
     */
    @PermitAll
    public CalendarOutlook outlook() {
        LocalDate today = LocalDate.now(clock);
        LocalDate warnFrom = warnFrom().atYear(today.getYear());
        // From the cached index, not the database: the banner asks on every page it is on.
        WorkingDays index = calendar.current();
        SortedSet<Integer> official = new TreeSet<>();
        for (int year = index.firstYear(); year <= index.lastYear(); year++) {
            if (index.covers(year) && !index.isProvisionalYear(year)) {
                official.add(year);
            }
        }
        Integer unannounced = !official.contains(today.getYear()) ? Integer.valueOf(today.getYear())
                : !today.isBefore(warnFrom) && !official.contains(today.getYear() + 1) ? Integer.valueOf(today.getYear() + 1)
                : null;
        return new CalendarOutlook(today, warnFrom, official.isEmpty() ? 0 : official.last(),
                new TreeSet<>(index.provisionalYears()), unannounced);
    }


    /** The day of each year from which next year's missing schedule is warned of (MM-DD). */
    static MonthDay warnFrom() {
        String value = Settings.get("projectdesk.calendar.warn-from", "11-01");
        try {
            return MonthDay.parse("--" + value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("projectdesk.calendar.warn-from must be MM-DD, not " + value, e);
        }
    }

    /**
     * Rewrites the working-day ordinals that set-based SQL (the supervision scan) counts with, from
     * the years loaded now. At start-up too, when a database predates them or missed a load.
     */
    @PermitAll
    public void writeOrdinals() {
        List<WorkingDays.Ordinal> ordinals = index().ordinals();
        long stored = em.createQuery("select count(o) from WorkingDayOrdinal o", Long.class).getSingleResult();
        if (stored == ordinals.size() && stored > 0 && sameEnds(ordinals)) {
            return;
        }
        write(ordinals);
    }

    /** After an import: a year made official may keep the ends and still move every ordinal between. */
    private void rewriteOrdinals() {
        write(index().ordinals());
    }

    private void write(List<WorkingDays.Ordinal> ordinals) {
        em.createQuery("delete from WorkingDayOrdinal").executeUpdate();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement(
                    "insert into working_day_ordinal (day_on, ordinal, working) values (?, ?, ?)")) {
                for (WorkingDays.Ordinal o : ordinals) {
                    insert.setObject(1, o.day());
                    insert.setInt(2, o.ordinal());
                    insert.setBoolean(3, o.working());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        LOG.info(() -> "Wrote " + ordinals.size() + " working-day ordinals");
    }

    private boolean sameEnds(List<WorkingDays.Ordinal> ordinals) {
        WorkingDays.Ordinal last = ordinals.get(ordinals.size() - 1);
        return em.createQuery("select o from WorkingDayOrdinal o where o.day in :days", WorkingDayOrdinal.class)
                .setParameter("days", List.of(ordinals.get(0).day(), last.day())).getResultList().stream()
                .filter(o -> o.getDay().equals(last.day()) ? o.getOrdinal() == last.ordinal() : o.getOrdinal() == ordinals.get(0).ordinal())
                .count() == 2;
    }

    /** Changes whenever any year is loaded; lets other cluster nodes notice they must rebuild. */
    @PermitAll
    public String revision() {
        Object[] row = em.createQuery("select count(y), max(y.loadedAt) from CalendarYear y", Object[].class).getSingleResult();
        return row[0] + "@" + row[1];
    }
}
