package org.projectdesk.servicefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.projectdesk.shared.control.CommittedChanges;

/**
 * How many projects a list's filter keeps, without a count on every page request (at 100,000 projects the
 * count was most of the list's time in the database; at a thousand, its two statements were a fifth of a list
 * request). Counts are kept per filter and caller scope, in this server only (each cluster node keeps its own):
 * <ul>
 * <li>a result of up to {@link #EXACT_UP_TO} rows is counted exactly (the database reads no further than one
 *     more) and handed out again, still exact, as long as no transaction of this server wrote an entity since
 *     ({@link CommittedChanges}, the board's rule) and for {@link #KEPT_SECONDS} at most, so another node's
 *     intakes show within a minute;</li>
 * <li>a larger one is counted exactly at most once every {@link #KEPT_SECONDS} seconds and given meanwhile as
 *     "about" that many: a person reading "约 100,016" on a list of a hundred thousand does not miss the projects
 *     taken in during the last minute, and the next count has them.</li>
 * </ul>
 */
@ApplicationScoped
public class ProjectCounts {

    /** Up to this many matching rows, the count is exact. */
    public static final int EXACT_UP_TO = 2_000;
    /** A count is made again after this long at the latest (monotonic time, not the office's clock). */
    static final long KEPT_SECONDS = 60;
    /** More filters than this kept at once: the oldest are not worth tracking, all are dropped. */
    private static final int MAX_KEPT = 1_000;

    /** How many, and whether that is an exact count or one kept from a while ago. */
    public record Count(long total, boolean exact) {
    }

    /** A count, when it was made and this server's generation of changes before it was. */
    private record Kept(long total, long countedAtNanos, long generation) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Set<String> recounting = ConcurrentHashMap.newKeySet();
    private final LongSupplier nanoTime;
    private final LongSupplier generation;
    private final BooleanSupplier writtenHere;

    @Inject
    CommittedChanges changes;

    public ProjectCounts() {
        this.nanoTime = System::nanoTime;
        this.generation = () -> changes.generation();
        this.writtenHere = () -> changes.writtenInThisTransaction();
    }

    /** With the monotonic clock, the generation of changes and the caller's own writes a test sets. */
    ProjectCounts(LongSupplier nanoTime, LongSupplier generation, BooleanSupplier writtenHere) {
        this.nanoTime = nanoTime;
        this.generation = generation;
        this.writtenHere = writtenHere;
    }

    /**
     * The count for the filter named {@code key} (its conditions and parameter values, scope included):
     * {@code upToLimit} counts no further than {@link #EXACT_UP_TO} + 1, {@code exact} counts all. While
     * one request recounts a large result, the others answer with the count it replaces.
     */
    public Count of(String key, LongSupplier upToLimit, LongSupplier exact) {
        long now = nanoTime.getAsLong();
        // Read before any count is made: a change committed after this read moves the generation past it.
        long madeIn = generation.getAsLong();
        Kept known = kept.get(key);
        if (known != null && known.total() > EXACT_UP_TO) {
            if (fresh(known, now) || !recounting.add(key)) {
                return new Count(known.total(), false);
            }
            try {
                return counted(key, exact.getAsLong(), now, madeIn);
            } finally {
                recounting.remove(key);
            }
        }
        if (known != null && known.generation() == madeIn && fresh(known, now)) {
            return new Count(known.total(), true);
        }
        long bounded = upToLimit.getAsLong();
        return counted(key, bounded <= EXACT_UP_TO ? bounded : exact.getAsLong(), now, madeIn);
    }

    private static boolean fresh(Kept known, long now) {
        return now - known.countedAtNanos() < TimeUnit.SECONDS.toNanos(KEPT_SECONDS);
    }

    private Count counted(String key, long total, long now, long madeIn) {
        if (writtenHere.getAsBoolean()) {
            // Counted with the caller's own uncommitted writes: right for the caller, not for anyone else yet.
            kept.remove(key);
        } else {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(key, new Kept(total, now, madeIn));
        }
        return new Count(total, true);
    }
}
