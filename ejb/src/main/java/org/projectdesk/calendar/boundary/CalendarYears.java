package org.projectdesk.calendar.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.projectdesk.calendar.control.DayKind;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.calendar.entity.CalendarYear;
import org.projectdesk.calendar.entity.ListedDay;
import org.projectdesk.calendar.entity.WorkingDayOrdinal;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.RuleViolation;

/** The loaded years of the holiday schedule: what is loaded, a preview of an import, and the import itself. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.DIRECTOR_NAME})
public class CalendarYears {

    private static final Logger LOG = Logger.getLogger(CalendarYears.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CalendarChanged> changed;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Checks a file fully and says what importing it would do; stores nothing. */
    public CalendarImport preview(byte[] content) {
        HolidaySchedule schedule = HolidaySchedule.parse(content == null ? new byte[0] : content);
        TreeSet<Integer> loaded = new TreeSet<>(em.createNamedQuery(CalendarYear.ALL, CalendarYear.class)
                .getResultStream().map(CalendarYear::getYear).toList());
        TreeSet<Integer> replacing = new TreeSet<>(schedule.years());
        replacing.retainAll(loaded);
        return new CalendarImport(schedule.years(), replacing, schedule.entries(), schedule.problems());
    }

    /** Loads every year of the file, replacing years already loaded; a file with any problem loads nothing. */
    public CalendarImport apply(byte[] content, String source) {
        CalendarImport preview = preview(content);
        if (!preview.isApplicable()) {
            throw new RuleViolation(null, "calendar.import.invalid", preview.problems().size());
        }
        load(HolidaySchedule.parse(content), source, session.getCallerPrincipal().getName());
        return preview;
    }

    /** The shipped schedule, loaded at first start by the system itself. */
    @PermitAll
    public void loadShipped(byte[] content, String source) {
        HolidaySchedule schedule = HolidaySchedule.parse(content);
        if (!schedule.isValid()) {
            throw new IllegalStateException("The shipped holiday file " + source + " is invalid: " + schedule.problems());
        }
        load(schedule, source, "system");
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
        writeOrdinals();
        LOG.info(() -> "Loaded the holiday schedule of " + schedule.years() + " from " + source + " by " + by);
        changed.fire(new CalendarChanged(schedule.years()));
    }

    @PermitAll
    public List<YearSummary> years() {
        WorkingDays index = index();
        return em.createNamedQuery(CalendarYear.ALL_WITH_DAYS, CalendarYear.class).getResultStream()
                .map(y -> new YearSummary(y.getYear(),
                        y.getDays().stream().filter(d -> d.getKind() == DayKind.HOLIDAY).count(),
                        y.getDays().stream().filter(d -> d.getKind() == DayKind.WORKDAY).count(),
                        index.workingDaysIn(y.getYear()),
                        y.getSource(), y.getLoadedBy(), y.getLoadedAt()))
                .toList();
    }

    @PermitAll
    public List<ListedDay> listedDays(int year) {
        CalendarYear calendarYear = em.find(CalendarYear.class, year);
        return calendarYear == null ? List.of() : calendarYear.getDays();
    }

    /** The working-day index of everything loaded now. */
    @PermitAll
    public WorkingDays index() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        List<CalendarYear> years = em.createNamedQuery(CalendarYear.ALL_WITH_DAYS, CalendarYear.class).getResultList();
        years.forEach(y -> y.getDays().forEach(d -> days.put(d.getDate(), d.getKind())));
        return WorkingDays.of(years.stream().map(CalendarYear::getYear).toList(), days);
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
                .setParameter("days", List.of(ordinals.get(0).day(), last.day())).getResultStream()
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
