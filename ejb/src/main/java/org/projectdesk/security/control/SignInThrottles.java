package org.projectdesk.security.control;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.projectdesk.security.entity.Account;
import org.projectdesk.security.entity.AccountLockEvent;
import org.projectdesk.security.entity.SignInThrottle;

/**
 * The one place that reads and writes failed sign-ins per account and address, and records each
 * block and unlock in the accounts' audit trail ({@link AccountLockEvent}). Every write happens
 * while the account's row is locked, so no two transactions ever write one account's rows at once
 * (a row deleted under another's update would otherwise fail that sign-in).
 */
@ApplicationScoped
public class SignInThrottles {

    private static final Logger LOG = Logger.getLogger(SignInThrottles.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Credentials credentials;

    /** Counts each block put on an address ({@code projectdesk.login.lockouts}) for Prometheus. */
    @Inject
    MeterRegistry meters;

    public Optional<SignInThrottle> of(Account account, String address) {
        return em.createNamedQuery(SignInThrottle.OF_ADDRESS, SignInThrottle.class)
                .setParameter("accountId", account.getId()).setParameter("address", address)
                .getResultList().stream().findFirst();
    }

    /** Read fresh from the database: call it holding the account's row lock to see the last failure counted. */
    public boolean isBlocked(Account account, String address, Instant now) {
        return of(account, address).map(t -> {
            em.refresh(t);
            return t.isBlockedAt(now);
        }).orElse(false);
    }

    /**
     * Counts a wrong password from the address, the caller holding the account's row lock. Returns
     * whether the address is now blocked.
     */
    public boolean recordFailure(Account account, String address, Instant now) {
        forgetQuiet(account, now);
        Optional<SignInThrottle> known = of(account, address);
        known.ifPresent(em::refresh);
        SignInThrottle throttle = known.orElseGet(() -> new SignInThrottle(account.getId(), address));
        Optional<Instant> blockedUntil = throttle.recordFailure(now, credentials.policy().throttle());
        if (known.isEmpty()) {
            em.persist(throttle);
        }
        blockedUntil.ifPresent(until -> {
            em.persist(AccountLockEvent.locked(account.getId(), now, address, until));
            meters.counter("projectdesk.login.lockouts").increment();
            LOG.warning(() -> "Sign-in to " + account.getUsername() + " from " + address + " blocked until " + until
                    + " after " + throttle.getFailures() + " failed attempts");
        });
        return blockedUntil.isPresent();
    }

    /** A successful sign-in forgives the address's failures; the caller holds the account's row lock. */
    public void clear(Account account, String address) {
        em.createNamedQuery(SignInThrottle.CLEAR_ADDRESS).setParameter("accountId", account.getId())
                .setParameter("address", address).executeUpdate();
    }

    /**
     * Lifts every address's block on the account and records who did. The account is locked here
     * (an administrator's edit in progress: a concurrent edit then fails as stale, a 409).
     */
    public void unlock(Account account, String actor, Instant now) {
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        int lifted = em.createNamedQuery(SignInThrottle.CLEAR_ACCOUNT).setParameter("accountId", account.getId())
                .executeUpdate();
        if (lifted > 0) {
            em.persist(AccountLockEvent.unlocked(account.getId(), now, actor));
            LOG.info(() -> actor + " lifted the sign-in blocks of " + account.getUsername());
        }
    }

    public List<AccountLockEvent> history(Account account) {
        return em.createNamedQuery(AccountLockEvent.OF_ACCOUNT, AccountLockEvent.class)
                .setParameter("accountId", account.getId()).setMaxResults(200).getResultList();
    }

    /**
     * The account's failures that are not yet forgiven, oldest first, for the administrator; rows of
     * addresses quiet for the longest block are left out (the next failure deletes them).
     */
    public List<SignInThrottle> current(List<Long> accountIds, Instant now) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(SignInThrottle.OF_ACCOUNTS, SignInThrottle.class)
                .setParameter("accountIds", accountIds).getResultList().stream()
                .filter(t -> !credentials.policy().throttle().forgives(t.getLastFailedAt(), now)).toList();
    }

    /** Deletes the account's forgiven rows, so that the table holds only what still counts. */
    private void forgetQuiet(Account account, Instant now) {
        em.createNamedQuery(SignInThrottle.FORGET_QUIET).setParameter("accountId", account.getId())
                .setParameter("quietSince", now.minus(credentials.policy().throttle().longestBlock())).executeUpdate();
    }
}
