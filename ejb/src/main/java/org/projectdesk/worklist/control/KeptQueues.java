package org.projectdesk.worklist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.projectdesk.shared.control.CommittedChanges;
import org.projectdesk.shared.control.KeptUntilChange;
import org.projectdesk.worklist.boundary.DirectorQueues;
import org.projectdesk.worklist.boundary.WorkQueue;

/**
 * The office-wide queues, the same for everyone who may see them, kept between requests ({@link KeptUntilChange}:
 * until this server commits an entity write, a minute at most): the city's red matters on every leader's and the
 * director's home, and the director's decisions to take. Each is a count and a first page, one statement, asked
 * on every visit to those homes far more often than a matter turns red (the time-limit scan's set-based light
 * changes commit with its {@code ScanRun}) or a proposal, complaint or problem is written. An officer's and a
 * department's queues are their own and change with their own work, so they are not kept.
 */
@ApplicationScoped
public class KeptQueues {

    /** A few days and page sizes at most are asked for at once (today, and a test server's day). */
    private static final int MAX_KEPT = 8;

    private record Key(LocalDate today, int shown) {
    }

    @Inject
    CommittedChanges changes;

    private final KeptUntilChange<Key, WorkQueue> red;
    private final KeptUntilChange<Key, DirectorQueues> director;

    public KeptQueues() {
        this(System::nanoTime);
    }

    /** With the monotonic clock a test turns. */
    KeptQueues(LongSupplier nanoTime) {
        red = new KeptUntilChange<>(() -> changes, nanoTime, MAX_KEPT);
        director = new KeptUntilChange<>(() -> changes, nanoTime, MAX_KEPT);
    }

    /** Every running matter on red as of {@code today}, the first {@code shown}: kept while it holds, else made. */
    public WorkQueue red(LocalDate today, int shown, Supplier<WorkQueue> make) {
        return red.of(new Key(today, shown), make);
    }

    /** The director's queues as of {@code today}, the first {@code shown} of each: kept while they hold, else made. */
    public DirectorQueues director(LocalDate today, int shown, Supplier<DirectorQueues> make) {
        return director.of(new Key(today, shown), make);
    }
}
