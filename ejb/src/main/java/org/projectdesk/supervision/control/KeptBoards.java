package org.projectdesk.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.projectdesk.shared.control.CommittedChanges;
import org.projectdesk.shared.control.KeptUntilChange;
import org.projectdesk.supervision.boundary.Board;

/**
 * The supervision board's figures, kept in memory between requests ({@link KeptUntilChange}: until this server
 * commits an entity write, a minute at most): making them is five aggregates over every matter and project
 * (seconds at 100,000 projects), and the board is asked far more often than its figures change. This covers the
 * time-limit scan run here: its set-based light changes commit in the transaction that writes the scan's
 * {@code ScanRun}. The figures are always those {@code Supervision.board} computed from data this server saw no
 * change to since.
 */
@ApplicationScoped
public class KeptBoards {

    /** The longest a change this server cannot see goes unnoticed on the board. */
    public static final Duration LONGEST_KEPT = KeptUntilChange.LONGEST_KEPT;
    /** More periods than this kept at once: all are dropped (the board is asked mostly for this month so far). */
    private static final int MAX_KEPT = 64;

    private record Key(LocalDate from, LocalDate to, LocalDate today) {
    }

    @Inject
    CommittedChanges changes;

    private final KeptUntilChange<Key, Board> kept;

    public KeptBoards() {
        this(System::nanoTime);
    }

    /** With the monotonic clock a test turns. */
    KeptBoards(LongSupplier nanoTime) {
        kept = new KeptUntilChange<>(() -> changes, nanoTime, MAX_KEPT);
    }

    /** The board of the period as of {@code today}: kept figures while they hold, else {@code make}'s, then kept. */
    public Board of(LocalDate from, LocalDate to, LocalDate today, Supplier<Board> make) {
        return kept.of(new Key(from, to, today), make);
    }
}
