package org.projectdesk.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.projectdesk.security.entity.Account;
import org.projectdesk.security.entity.Role;

/**
 * Accounts as read lately, and the passwords verified for them from each address, kept in memory so that an API
 * client sending HTTP Basic on every request, and every page request of a signed-in session, costs no query: at
 * 32 connections the account and its sign-in throttle row, read on every request, were a fifth of the server's
 * work. What is kept is dropped:
 * <ul>
 * <li>on this server, as soon as an account or a sign-in throttle row of it is written (disabled, enabled, given
 *     roles, a town, a password; a failed sign-in counted or a block begun), by {@link AccountWrites}, once when
 *     the entity manager writes it and again when its transaction ends, so that a read made in between cannot
 *     keep what that transaction replaces;</li>
 * <li>on every server, {@link #LONGEST_KEPT} after it was read: another node's change (or SQL typed by hand) is
 *     seen here within that long. A password changed, an account disabled or a role taken away on one node is
 *     refused on the other within ten seconds; an address blocked on one node for guessing may still sign in
 *     with the right password on the other for as long, which the block is not there to prevent.</li>
 * </ul>
 * A password is kept only as a keyed MAC ({@link VerifiedPasswords}), for the address it was verified from: an
 * address blocked for this account still meets the block, whatever another address did.
 */
@ApplicationScoped
public class SignedInAccounts {

    private static final Logger LOG = Logger.getLogger(SignedInAccounts.class.getName());

    /** How long a read account is trusted without reading it again: the bound on seeing another node's change. */
    public static final Duration LONGEST_KEPT = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 10_000;
    private static final String REGISTRY = "java:jboss/TransactionSynchronizationRegistry";

    /** What the sign-in, the caller's scope and the page header need of an account. */
    public record KeptAccount(long id, String username, String displayName, Set<Role> roles, boolean enabled,
            String departmentCode, String enterpriseCode, String townCode, String phone, String passwordHash) {

        public static KeptAccount of(Account a) {
            return new KeptAccount(a.getId(), a.getUsername(), a.getDisplayName(), Set.copyOf(a.getRoles()), a.isEnabled(),
                    a.getDepartmentCode(), a.getEnterpriseCode(), a.getTownCode(), a.getPhone(), a.getPasswordHash());
        }
    }

    private record Entry(KeptAccount account, long readAtNanos, Map<String, byte[]> verifiedFrom) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on every write of an account or a throttle row: a read begun before it is not kept. */
    private final AtomicLong writes = new AtomicLong();
    private final LongSupplier nanoTime;

    @Inject
    VerifiedPasswords passwords;

    private volatile TransactionSynchronizationRegistry transactions;

    public SignedInAccounts() {
        this(System::nanoTime);
    }

    /** With the monotonic clock a test turns. */
    SignedInAccounts(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Take it before reading an account, and hand it to {@link #keep}: a write in between leaves the read unkept. */
    public long stamp() {
        return writes.get();
    }

    /** The account as read within {@link #LONGEST_KEPT}, by its user name as stored. */
    public Optional<KeptAccount> account(String username) {
        Entry e = fresh(username);
        return e == null ? Optional.empty() : Optional.of(e.account());
    }

    /**
     * The enabled account whose password was verified from {@code address} within {@link #LONGEST_KEPT} and is
     * {@code password}; empty when the sign-in must go to the database.
     */
    public Optional<KeptAccount> verified(String username, String address, String password) {
        Entry e = fresh(username);
        if (e == null || !e.account().enabled() || password == null) {
            return Optional.empty();
        }
        byte[] mac = e.verifiedFrom().get(address);
        return mac != null && MessageDigest.isEqual(mac, passwords.mac(password)) ? Optional.of(e.account()) : Optional.empty();
    }

    /** Keeps the account read after {@code stamp}, unless one of its kind was written since. */
    public void keep(KeptAccount account, long stamp) {
        entry(account, stamp);
    }

    /** Keeps the account, and that {@code password} was verified for it from {@code address}, read after {@code stamp}. */
    public void keepVerified(KeptAccount account, String address, String password, long stamp) {
        Entry e = entry(account, stamp);
        if (e != null) {
            e.verifiedFrom().put(address, passwords.mac(password));
        }
    }

    private Entry entry(KeptAccount account, long stamp) {
        Entry current = entries.get(account.username());
        if (current != null && current.account().equals(account) && isFresh(current)) {
            return current;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !isFresh(e));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        Entry made = new Entry(account, nanoTime.getAsLong(), new ConcurrentHashMap<>());
        entries.put(account.username(), made);
        // A write counted after the stamp was taken may have been read around: drop what was just kept.
        if (writes.get() != stamp) {
            entries.remove(account.username(), made);
            return null;
        }
        return made;
    }

    /**
     * The account (by id: a throttle row knows no user name) was written in the current transaction; told by
     * {@link AccountWrites}, and by the account boundary for a change of roles alone, which is a collection's.
     */
    public void written(long accountId) {
        forget(accountId);
        afterTransaction(() -> forget(accountId));
    }

    void forget(long accountId) {
        writes.incrementAndGet();
        entries.values().removeIf(e -> e.account().id() == accountId);
    }

    private Entry fresh(String username) {
        Entry e = username == null ? null : entries.get(username);
        return e != null && isFresh(e) ? e : null;
    }

    private boolean isFresh(Entry e) {
        return nanoTime.getAsLong() - e.readAtNanos() < LONGEST_KEPT.toNanos();
    }

    private void afterTransaction(Runnable action) {
        try {
            if (transactions == null) {
                transactions = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
            }
            if (transactions.getTransactionKey() != null) {
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        action.run();
                    }
                });
            }
        } catch (NamingException | RuntimeException e) {
            // Without a transaction to wait for, the write is as good as done: forgotten already.
            LOG.log(Level.FINE, "An account write not followed to its transaction's end", e);
        }
    }
}
