package org.projectdesk.worklist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.projectdesk.shared.control.CommittedChanges;
import org.projectdesk.shared.control.KeptUntilChange;
import org.projectdesk.worklist.boundary.DepartmentQueues;
import org.projectdesk.worklist.boundary.DirectorQueues;
import org.projectdesk.worklist.boundary.OfficerQueues;
import org.projectdesk.worklist.boundary.WorkQueue;

/**
 * The homes' queues, kept between requests ({@link KeptUntilChange}: until this server commits an entity write, a
 * minute at most): the city's red matters on every leader's and the director's home, the director's decisions to
 * take, each officer's and each department's own queues, kept under whose they are. Each is a count and a first
 * page, one statement, asked on every visit to a home far more often than a matter turns red (the time-limit scan's
 * set-based light changes commit with its {@code ScanRun}) or anything else in them is written. An officer's were
 * made afresh on every visit until the full-size benchmark: an officer of 50,000 projects counted their lit
 * matters on each, and the officer's home answered at 161 requests a second with a p99 of 1.4 s.
 */
@ApplicationScoped
public class KeptQueues {

    /** A few days and page sizes at most are asked for at once (today, and a test server's day). */
    private static final int MAX_KEPT = 8;

    /** An office's officers and departments, with a test server's few more. */
    private static final int MAX_KEPT_OWN = 256;

    private record Key(LocalDate today, int shown) {
    }

    /** Whose queues: an officer's user name or a department's code; never given to anyone else. */
    private record OwnKey(String whose, LocalDate today, int shown) {
    }

    @Inject
    CommittedChanges changes;

    private final KeptUntilChange<Key, WorkQueue> red;
    private final KeptUntilChange<Key, DirectorQueues> director;
    private final KeptUntilChange<OwnKey, OfficerQueues> officers;
    private final KeptUntilChange<OwnKey, DepartmentQueues> departments;

    public KeptQueues() {
        this(System::nanoTime);
    }

    /** With the monotonic clock a test turns. */
    KeptQueues(LongSupplier nanoTime) {
        red = new KeptUntilChange<>(() -> changes, nanoTime, MAX_KEPT);
        director = new KeptUntilChange<>(() -> changes, nanoTime, MAX_KEPT);
        officers = new KeptUntilChange<>(() -> changes, nanoTime, MAX_KEPT_OWN);
        departments = new KeptUntilChange<>(() -> changes, nanoTime, MAX_KEPT_OWN);
    }

    /** Every running matter on red as of {@code today}, the first {@code shown}: kept while it holds, else made. */
    public WorkQueue red(LocalDate today, int shown, Supplier<WorkQueue> make) {
        return red.of(new Key(today, shown), make);
    }

    /** The director's queues as of {@code today}, the first {@code shown} of each: kept while they hold, else made. */
    public DirectorQueues director(LocalDate today, int shown, Supplier<DirectorQueues> make) {
        return director.of(new Key(today, shown), make);
    }

    /** The officer's own queues as of {@code today}, the first {@code shown} of each: kept while they hold, else made. */
    public OfficerQueues officer(String officer, LocalDate today, int shown, Supplier<OfficerQueues> make) {
        return officers.of(new OwnKey(officer, today, shown), make);
    }

    /** A department's queues as of {@code today}, the first {@code shown} of each: kept while they hold, else made. */
    public DepartmentQueues department(String department, LocalDate today, int shown, Supplier<DepartmentQueues> make) {
        return departments.of(new OwnKey(department, today, shown), make);
    }
}
