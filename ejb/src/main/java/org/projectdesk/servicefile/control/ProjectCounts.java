package org.projectdesk.servicefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * How many projects a list's filter keeps, without counting 100,000 rows on every page request (at
 * 100,000 projects the count was most of the list's time in the database). A result of up to
 * {@link #EXACT_UP_TO} rows is counted exactly on every request: reading that many ids from an index
 * costs little. A larger one is counted exactly at most once every {@link #KEPT_SECONDS} seconds per
 * filter and caller scope and given meanwhile as "about" that many: a person reading "约 100,016" on
 * a list of a hundred thousand does not miss the projects taken in during the last minute, and the
 * next count has them. Counts are kept in this server only (each cluster node keeps its own).
 */
@ApplicationScoped
public class ProjectCounts {

    /** Up to this many matching rows, the count is exact on every request. */
    public static final int EXACT_UP_TO = 2_000;
    /** A larger count is made again after this long (monotonic time, not the office's clock). */
    static final long KEPT_SECONDS = 60;
    /** More filters than this kept at once: the oldest are not worth tracking, all are dropped. */
    private static final int MAX_KEPT = 1_000;

    /** How many, and whether that is an exact count made now or one kept from a while ago. */
    public record Count(long total, boolean exact) {
    }

    private record Kept(long total, long countedAtNanos) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Set<String> recounting = ConcurrentHashMap.newKeySet();
    private final LongSupplier nanoTime;

    public ProjectCounts() {
        this(System::nanoTime);
    }

    /** With the monotonic clock a test turns. */
    ProjectCounts(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * The count for the filter named {@code key} (its conditions and parameter values, scope included):
     * {@code upToLimit} counts no further than {@link #EXACT_UP_TO} + 1, {@code exact} counts all. While
     * one request recounts a large result, the others answer with the count it replaces.
     */
    public Count of(String key, LongSupplier upToLimit, LongSupplier exact) {
        Kept known = kept.get(key);
        long now = nanoTime.getAsLong();
        if (known != null) {
            boolean fresh = now - known.countedAtNanos() < TimeUnit.SECONDS.toNanos(KEPT_SECONDS);
            if (fresh || !recounting.add(key)) {
                return new Count(known.total(), false);
            }
            try {
                return counted(key, exact.getAsLong(), now);
            } finally {
                recounting.remove(key);
            }
        }
        long bounded = upToLimit.getAsLong();
        return bounded <= EXACT_UP_TO ? new Count(bounded, true) : counted(key, exact.getAsLong(), now);
    }

    private Count counted(String key, long total, long now) {
        if (total <= EXACT_UP_TO) {
            kept.remove(key);
            return new Count(total, true);
        }
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(total, now));
        return new Count(total, true);
    }
}
