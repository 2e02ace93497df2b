package org.projectdesk.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.projectdesk.shared.control.CommittedChanges;
import org.projectdesk.shared.control.KeptUntilChange;

/**
 * Each user's count of unread notices, kept between requests ({@link KeptUntilChange}: until this server commits
 * an entity write, a minute at most). The header shows it on every page, for every user, on every request: one
 * transaction, one connection and one count each time, about a tenth of a home page's server time. Notices are
 * written as entities ({@code Notices.send}) or by the time-limit scan, whose set-based rows commit with its
 * {@code ScanRun}; read one by one as entities; all at once by a bulk statement, which {@code Inbox} reports to
 * {@link CommittedChanges} itself.
 */
@ApplicationScoped
public class KeptUnreadCounts {

    /** More users than this kept at once: all are dropped (an office has hundreds of accounts). */
    private static final int MAX_KEPT = 10_000;

    @Inject
    CommittedChanges changes;

    private final KeptUntilChange<String, Long> kept;

    public KeptUnreadCounts() {
        this(System::nanoTime);
    }

    /** With the monotonic clock a test turns. */
    KeptUnreadCounts(LongSupplier nanoTime) {
        kept = new KeptUntilChange<>(() -> changes, nanoTime, MAX_KEPT);
    }

    /** The recipient's unread count: the kept one while it holds, else {@code count}'s, then kept. */
    public long of(String recipient, Supplier<Long> count) {
        return kept.of(recipient, count);
    }
}
