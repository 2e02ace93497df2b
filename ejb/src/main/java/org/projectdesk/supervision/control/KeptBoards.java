package org.projectdesk.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.projectdesk.shared.control.CommittedChanges;
import org.projectdesk.supervision.boundary.Board;

/**
 * The supervision board's figures, kept in memory between requests, by the weekly report's rule
 * ({@code report.control.WeekInProgress}): making them is five aggregates over every matter and project (seconds
 * at 100,000 projects), and the board is asked far more often than its figures change. Figures made for a period
 * on a day are handed out again as long as
 * <ul>
 * <li>no transaction of this server wrote an entity since ({@link CommittedChanges}, counted after each commit).
 *     This covers the time-limit scan run here: its set-based light changes commit in the transaction that writes
 *     the scan's {@code ScanRun};</li>
 * <li>and for at most {@link #LONGEST_KEPT}: changes this server cannot see (another node's steps and scans, SQL
 *     typed by hand) show within a minute.</li>
 * </ul>
 * One board is made at a time: requests arriving while it is made wait for it rather than each making their own.
 * The figures are always those {@code Supervision.board} computed from data this server saw no change to since.
 */
@ApplicationScoped
public class KeptBoards {

    /** The longest a change this server cannot see goes unnoticed on the board. */
    public static final Duration LONGEST_KEPT = Duration.ofMinutes(1);
    /** More periods than this kept at once: all are dropped (the board is asked mostly for this month so far). */
    private static final int MAX_KEPT = 64;

    private record Key(LocalDate from, LocalDate to, LocalDate today) {
    }

    private record Kept(long generation, long madeAtNanos, Board board) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final ReentrantLock making = new ReentrantLock();
    private final LongSupplier nanoTime;

    @Inject
    CommittedChanges changes;

    public KeptBoards() {
        this(System::nanoTime);
    }

    /** With the monotonic clock a test turns. */
    KeptBoards(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The board of the period as of {@code today}: kept figures while they hold, else {@code make}'s, then kept. */
    public Board of(LocalDate from, LocalDate to, LocalDate today, Supplier<Board> make) {
        Key key = new Key(from, to, today);
        Kept k = kept.get(key);
        if (holds(k)) {
            return k.board();
        }
        making.lock();
        try {
            k = kept.get(key);
            if (holds(k)) {
                return k.board();
            }
            // Read before any figure is: a change committed after this read moves the generation past it.
            long generation = changes.generation();
            long madeAt = nanoTime.getAsLong();
            Board made = make.get();
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(key, new Kept(generation, madeAt, made));
            return made;
        } finally {
            making.unlock();
        }
    }

    private boolean holds(Kept k) {
        return k != null && k.generation() == changes.generation()
                && nanoTime.getAsLong() - k.madeAtNanos() < LONGEST_KEPT.toNanos();
    }
}
