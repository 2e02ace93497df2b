package org.projectdesk.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

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

    private static final Logger LOG = Logger.getLogger(CommittedChanges.class.getName());

    private static final Object KEY = CommittedChanges.class;

    private final AtomicLong generation = new AtomicLong();

    /**
     * By its server-wide name: entities are written from threads without the component's java:comp (start-up,
     * Quartz, the transaction reaper), where an injected {@code @Resource} cannot be resolved.
     */
    private static final String REGISTRY = "java:jboss/TransactionSynchronizationRegistry";

    private volatile TransactionSynchronizationRegistry transactions;

    private TransactionSynchronizationRegistry transactions() {
        if (transactions == null) {
            try {
                transactions = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
            } catch (NamingException e) {
                throw new IllegalStateException("No transaction synchronization registry at " + REGISTRY, e);
            }
        }
        return transactions;
    }

    public long generation() {
        return generation.get();
    }

    /**
     * Whether the current transaction has written an entity: a figure it reads holds its own uncommitted writes, which
     * nobody else may be given before it ends. Said to have written when it cannot be told.
     */
    public boolean writtenInThisTransaction() {
        try {
            TransactionSynchronizationRegistry transactions = transactions();
            return transactions.getTransactionKey() != null && transactions.getResource(KEY) != null;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * An entity is written in the current transaction: the generation moves when it ends (committed or not). Said
     * by {@link EntityWrites} for the entity manager's writes, and by whoever changes with a bulk statement what a
     * kept figure counts.
     */
    public void written() {
        try {
            TransactionSynchronizationRegistry transactions = transactions();
            if (transactions.getTransactionKey() == null) {
                generation.incrementAndGet();
            } else if (transactions.getResource(KEY) == null) {
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
        } catch (RuntimeException e) {
            // Counting must never fail a write. Counted before the commit, figures made in between may be kept
            // with this change unseen: for WeekInProgress.LONGEST_KEPT at most.
            generation.incrementAndGet();
            LOG.log(Level.FINE, "A write counted before its commit", e);
        }
    }
}
