package org.projectdesk.servicefile.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.projectdesk.shared.control.RuleViolation;

/**
 * The one transaction a ledger file is taken in by, all or nothing, with the ledger's own time limit
 * ({@link LedgerLimits#timeoutSeconds()}) instead of the server's default. When the limit ends it, the
 * transaction manager rolls it back from another thread and the work fails in whatever statement it was
 * running, which the container would answer as a conflict or an error; here it is told for what it is:
 * the import ran out of time and took nothing in.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class LedgerTransaction {

    private static final Logger LOG = Logger.getLogger(LedgerTransaction.class.getName());

    @Resource
    UserTransaction transaction;

    /** Runs the work in a new transaction of at most {@code seconds} and commits it; anything thrown rolls it all back. */
    public <T> T run(int seconds, Supplier<T> work) {
        // Elapsed time only decides how to word a failure; the transaction manager enforces the limit.
        long started = System.nanoTime();
        try {
            transaction.setTransactionTimeout(seconds);
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("Could not begin the ledger's transaction", e);
        }
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollBack();
            if (timedOut(started, seconds)) {
                throw timeout(seconds, e);
            }
            throw e;
        } catch (Exception e) {
            // Commit refused: a rollback the time limit forced (or the database's own refusal).
            rollBack();
            if (timedOut(started, seconds)) {
                throw timeout(seconds, e);
            }
            throw new IllegalStateException("The ledger's transaction could not commit", e);
        } finally {
            resetTimeout();
        }
    }

    private static boolean timedOut(long started, int seconds) {
        return System.nanoTime() - started >= TimeUnit.SECONDS.toNanos(seconds);
    }

    private static RuleViolation timeout(int seconds, Exception failure) {
        LOG.log(Level.WARNING, "A ledger import ran past its time limit of " + seconds + " s and was rolled back", failure);
        return new RuleViolation("file", "ledger.timedOut", seconds);
    }

    private void rollBack() {
        try {
            // A transaction the time limit rolled back is still this thread's until it is rolled back here too.
            int status = transaction.getStatus();
            if (status != Status.STATUS_NO_TRANSACTION && status != Status.STATUS_COMMITTED) {
                transaction.rollback();
            }
        } catch (IllegalStateException | SecurityException | SystemException e) {
            LOG.log(Level.FINE, "Rolling back the ledger's transaction", e);
        }
    }

    private void resetTimeout() {
        try {
            transaction.setTransactionTimeout(0);
        } catch (SystemException e) {
            LOG.log(Level.FINE, "Resetting the transaction time limit", e);
        }
    }
}
