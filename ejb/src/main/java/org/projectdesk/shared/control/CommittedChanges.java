package org.projectdesk.shared.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts this server's transactions that wrote an entity, once each has ended: a figure computed from data read
 * after {@link #generation()} returned g is up to date as long as the generation is still g. The count moves after
 * the commit, never before it, so a reader can never take the generation of a change it could not yet see.
 * Writes that bypass the entity manager (the time-limit scan's set-based statements, another node's, SQL typed in
 * by hand) are not counted: whoever keeps figures by this count must also watch those (see
 * {@code report.control.WeekInProgress}).
 */
@ApplicationScoped
public class CommittedChanges {

    private static final Object KEY = CommittedChanges.class;

    private final AtomicLong generation = new AtomicLong();

    @Resource
    TransactionSynchronizationRegistry transactions;

    public long generation() {
        return generation.get();
    }

    /** An entity is written in the current transaction: the generation moves when it ends (committed or not). */
    void written() {
        if (transactions == null || transactions.getTransactionKey() == null) {
            generation.incrementAndGet();
            return;
        }
        if (transactions.getResource(KEY) == null) {
            transactions.putResource(KEY, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    // A rolled-back transaction changed nothing, but counting it costs only a recomputation.
                    generation.incrementAndGet();
                }
            });
        }
    }
}
