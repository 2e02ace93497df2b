package org.projectdesk.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.projectdesk.calendar.control.Period;
import org.projectdesk.calendar.control.WorkingDays;

/**
 * The one place every feature asks about working days. It answers from an in-memory index (each
 * answer constant-time, no database call); the index is rebuilt when this node imports a year, and
 * at most every {@value #RECHECK_SECONDS} seconds it asks the database whether another node has.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    static final long RECHECK_SECONDS = 30;

    @Inject
    CalendarYears years;

    @Inject
    Clock clock;

    private volatile WorkingDays index;
    private volatile String revision;
    private volatile Instant checkedAt = Instant.MIN;

    /** N working days after {@code from}, counting from the next day (受理次日起算). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return index().addWorkingDays(from, days);
    }

    /** Working days in (from, to]. */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        return index().countWorkingDays(from, to);
    }

    /** The due date of a limit counted from {@code start}, leaving out the days of the excluded periods (§45). */
    public LocalDate dueDate(LocalDate start, int days, Collection<Period> excluded) {
        return index().dueDate(start, days, excluded);
    }

    public boolean isWorkingDay(LocalDate day) {
        return index().isWorkingDay(day);
    }

    public boolean covers(int year) {
        return index().covers(year);
    }

    /**
     * Whether a date computed with this calendar is provisional: it lies in a year (or after one) that
     * has no official schedule yet, so it may move when the State Council's notice is imported.
     * Every computed date shown to anyone says so beside it.
     */
    public boolean isProvisional(LocalDate computed) {
        return index().isProvisional(computed);
    }

    /** Collects the names of a view's provisional dates: {@code provisionalDates().check("dueOn", due).names()}. */
    public ProvisionalDates provisionalDates() {
        return new ProvisionalDates(index());
    }

    /** The index counted with now, official and provisional years alike. */
    public WorkingDays current() {
        return index();
    }

    /**
     * Only marks the index stale: the transaction is completing here, too late to read the database.
     * The next computation rebuilds it.
     */
    void forgetAfterImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        index = null;
    }

    private WorkingDays index() {
        WorkingDays current = index;
        Instant now = clock.instant();
        if (current == null || Duration.between(checkedAt, now).getSeconds() >= RECHECK_SECONDS) {
            checkedAt = now;
            if (current == null || !years.revision().equals(revision)) {
                current = rebuild();
            }
        }
        return current;
    }

    private synchronized WorkingDays rebuild() {
        String latest = years.revision();
        WorkingDays rebuilt = years.index();
        revision = latest;
        index = rebuilt;
        return rebuilt;
    }
}
