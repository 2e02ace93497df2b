package org.projectdesk.shared.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Figures kept in memory between requests by the weekly report's rule: made for a key, they are handed out again
 * as long as
 * <ul>
 * <li>no transaction of this server wrote an entity since ({@link CommittedChanges}' generation, moved after each
 *     commit), so that whoever changed something here sees it at once;</li>
 * <li>and for at most {@link #LONGEST_KEPT}: changes this server cannot see (another node's, SQL typed by hand)
 *     show within a minute.</li>
 * </ul>
 * One value is made at a time: requests arriving while it is made wait for it rather than each making their own
 * (at 100,000 projects a grouped pass takes seconds, and 32 of them at once took 50). A transaction that has
 * written an entity gets a value of its own, neither kept nor taken from what is kept: it reads its own uncommitted
 * writes, which nobody else may be given, and a kept value would not hold them.
 */
public final class KeptUntilChange<K, V> {

    /** The longest a change this server cannot see goes unnoticed. */
    public static final Duration LONGEST_KEPT = Duration.ofMinutes(1);

    private record Kept<V>(long generation, long madeAtNanos, V value) {
    }

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final ReentrantLock making = new ReentrantLock();
    private final Supplier<CommittedChanges> changes;
    private final LongSupplier nanoTime;
    private final int maxKept;

    /**
     * @param changes  the bean's injected {@link CommittedChanges}, asked for on each use (a field is injected only
     *                 after the bean that keeps this is constructed)
     * @param nanoTime the monotonic clock (a test's turns)
     * @param maxKept  more keys than this at once: all are dropped
     */
    public KeptUntilChange(Supplier<CommittedChanges> changes, LongSupplier nanoTime, int maxKept) {
        this.changes = changes;
        this.nanoTime = nanoTime;
        this.maxKept = maxKept;
    }

    /** The value for the key: the kept one while it holds, else {@code make}'s, then kept. */
    public V of(K key, Supplier<V> make) {
        if (changes.get().writtenInThisTransaction()) {
            return make.get();
        }
        Kept<V> k = kept.get(key);
        if (holds(k)) {
            return k.value();
        }
        making.lock();
        try {
            k = kept.get(key);
            if (holds(k)) {
                return k.value();
            }
            // Read before any figure is: a change committed after this read moves the generation past it.
            long madeIn = changes.get().generation();
            long madeAt = nanoTime.getAsLong();
            V made = make.get();
            if (kept.size() >= maxKept) {
                kept.clear();
            }
            kept.put(key, new Kept<>(madeIn, madeAt, made));
            return made;
        } finally {
            making.unlock();
        }
    }

    private boolean holds(Kept<V> k) {
        return k != null && k.generation() == changes.get().generation()
                && nanoTime.getAsLong() - k.madeAtNanos() < LONGEST_KEPT.toNanos();
    }
}
