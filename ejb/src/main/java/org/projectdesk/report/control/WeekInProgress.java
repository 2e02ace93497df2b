package org.projectdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.projectdesk.shared.control.CommittedChanges;

/**
 * The week in progress's figures, kept in memory between clicks. Making them reads every matter (seconds at
 * provincial scale), and leaders open the report far more often than the figures change in a way they could see,
 * so the figures made last are handed out again for as long as nothing they are computed from can have changed:
 * <ul>
 * <li>the same week and the same day (the day decides every light and count);</li>
 * <li>no transaction of this server wrote an entity since ({@link CommittedChanges}, counted after each commit);</li>
 * <li>no time-limit scan finished since, on any node (the newest finished scan's id, one indexed read): the scan
 *     changes lights by set-based SQL, which no entity listener sees;</li>
 * <li>and for at most {@link #LONGEST_KEPT}: changes this server cannot see (another node's, SQL run by hand, a
 *     restored backup) show within one scan period at the latest.</li>
 * </ul>
 * A cache invalidated this way, rather than figures kept up to date change by change, keeps the report one pure
 * function of the data ({@link WeeklyCalculator}): the figures handed out are always ones that function gave for
 * data the server saw no change to since. The scan makes them again as soon as it has run
 * ({@code WeeklyReports.afterScan}), so a leader's click after a quiet quarter of an hour finds them made.
 */
@ApplicationScoped
public class WeekInProgress {

    /** The time-limit scan's period: the longest a change this server cannot see goes unnoticed. */
    static final Duration LONGEST_KEPT = Duration.ofMinutes(15);

    /** What the figures were made from: equal stamps, equal figures. */
    public record Stamp(IsoWeek week, LocalDate today, long generation, long lastScan) {
    }

    /** Figures made at {@code madeAt} by {@code madeBy} from the data as it stood at {@code stamp}. */
    public record Kept(Stamp stamp, Instant madeAt, String madeBy, WeeklyFigures figures) {
    }

    private final AtomicReference<Kept> kept = new AtomicReference<>();

    private final AtomicBoolean making = new AtomicBoolean();

    @Inject
    CommittedChanges changes;

    @PersistenceContext
    EntityManager em;

    /** The stamp the figures of {@code week} up to {@code today} would be made from now. */
    public Stamp stamp(IsoWeek week, LocalDate today) {
        // Read before any figure is: a change committed after this read moves the generation past it.
        long generation = changes.generation();
        Long lastScan = em.createQuery("select max(s.id) from ScanRun s where s.finishedAt is not null", Long.class)
                .getSingleResult();
        return new Stamp(week, today, generation, lastScan == null ? 0 : lastScan);
    }

    /** The figures kept for {@code stamp}, unless they are older than {@link #LONGEST_KEPT} at {@code now}. */
    public Optional<Kept> find(Stamp stamp, Instant now) {
        Kept k = kept.get();
        return k != null && k.stamp().equals(stamp) && k.madeAt().plus(LONGEST_KEPT).isAfter(now) ? Optional.of(k)
                : Optional.empty();
    }

    /**
     * Whether the caller may make the figures in the background now: not while another making runs on this server.
     * Scans in quick succession (an administrator's "run now" after the quarter-hour's) would otherwise each start a
     * making of seconds over every matter, side by side, slowing the scans and each other; the one running finds the
     * later scan's stamp changed when it is done and makes them again. Whoever may, calls {@link #madeInBackground}.
     */
    public boolean mayMakeInBackground() {
        return making.compareAndSet(false, true);
    }

    /** The background making allowed by {@link #mayMakeInBackground} is over. */
    public void madeInBackground() {
        making.set(false);
    }

    /** Keeps the figures made, in place of any kept before. */
    public void keep(Kept made) {
        kept.set(made);
    }
}
