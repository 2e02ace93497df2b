package org.projectdesk.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.projectdesk.security.control.Credentials;
import org.projectdesk.security.control.InitialAccounts;
import org.projectdesk.security.control.SignInCounters;
import org.projectdesk.security.control.SignInThrottles;
import org.projectdesk.security.control.SignedInAccounts;
import org.projectdesk.security.control.SignedInAccounts.KeptAccount;
import org.projectdesk.security.control.VerifiedPasswords;
import org.projectdesk.security.entity.Account;
import org.projectdesk.security.entity.Role;
import org.projectdesk.security.entity.SignInThrottle;

/**
 * Checks user names and passwords for the login page and for HTTP Basic on the API. Wrong passwords
 * are counted per account and source address ({@link SignInThrottles}): an address that keeps
 * failing is blocked for a growing while, for that account only, and the owner signing in from
 * elsewhere is not. Every refusal looks the same from outside, whether the name is unknown, the
 * password wrong or the address blocked, and costs the same password hashing. The account row is
 * locked while a failure is counted, so parallel guesses are all counted (those that find the
 * address blocked by then are refused uncounted). A password verified from an address, and the account as read,
 * are kept in memory ({@link SignedInAccounts}), so that the next request from there signs in without a query.
 */
@Stateless
@PermitAll
public class Logins {

    /** Stands for the address when a caller has none to give (never a remote caller). */
    static final String NO_ADDRESS = "-";

    @PersistenceContext
    EntityManager em;

    @Inject
    Credentials credentials;

    @Inject
    VerifiedPasswords verifiedPasswords;

    @Inject
    SignInThrottles throttles;

    @Inject
    SignedInAccounts signedIn;

    @Inject
    Clock clock;

    @Inject
    InitialAccounts initialAccounts;

    @Inject
    SignInCounters counters;

    /**
     * Signs in from {@code address}, the client's network address as the server sees it. Each attempt
     * is counted by outcome ({@code projectdesk.logins}: success, invalid, locked) for Prometheus.
     */
    public LoginOutcome authenticate(String username, String password, String address) {
        LoginOutcome outcome = decide(username, password, address);
        counters.count(outcome.result());
        return outcome;
    }

    private LoginOutcome decide(String username, String password, String address) {
        String from = normalized(address);
        Optional<KeptAccount> kept = signedIn.verified(key(username), from, password);
        if (kept.isPresent()) {
            return LoginOutcome.success(kept.get().username(), kept.get().roles());
        }
        long stamp = signedIn.stamp();
        Optional<Account> found = find(username);
        if (found.isEmpty()) {
            credentials.spendDecoyTime(password);
            return LoginOutcome.invalid();
        }
        var now = clock.instant();
        Account account = found.get();
        Optional<SignInThrottle> throttle = throttles.of(account, from);
        boolean blocked = throttle.map(t -> t.isBlockedAt(now)).orElse(false);
        if (!blocked && account.isEnabled()
                && verifiedPasswords.wasVerified(account.getUsername(), password, account.getPasswordHash(), now)) {
            if (throttle.isPresent()) {
                em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
                throttles.clear(account, from);
            }
            signedIn.keepVerified(KeptAccount.of(account), from, password, stamp);
            return LoginOutcome.success(account.getUsername(), account.getRoles());
        }
        if (blocked) {
            credentials.spendDecoyTime(password);
            return LoginOutcome.locked();
        }
        // Hash before taking the account's row lock, so that a stranger's guesses never make the owner
        // wait for their hashing; the lock is held only to count.
        String checkedHash = account.getPasswordHash();
        boolean right = credentials.matches(password, checkedHash);
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (throttles.isBlocked(account, from, now)) {
            return LoginOutcome.locked();
        }
        if (!checkedHash.equals(account.getPasswordHash())) {
            right = credentials.matches(password, account.getPasswordHash());
        }
        if (!right || !account.isEnabled()) {
            return throttles.recordFailure(account, from, now) ? LoginOutcome.locked() : LoginOutcome.invalid();
        }
        account.recordSuccessfulLogin(now);
        throttles.clear(account, from);
        verifiedPasswords.remember(account.getUsername(), password, account.getPasswordHash(), now);
        return LoginOutcome.success(account.getUsername(), account.getRoles());
    }

    private static String normalized(String address) {
        if (address == null || address.isBlank()) {
            return NO_ADDRESS;
        }
        String stripped = address.strip();
        return stripped.length() > SignInThrottle.ADDRESS_LENGTH ? stripped.substring(0, SignInThrottle.ADDRESS_LENGTH) : stripped;
    }

    /**
     * The roles an already authenticated user holds now, or empty when the account has since been
     * disabled or removed; asked on each request so that such a change takes effect at once on this server (on
     * another, within {@link SignedInAccounts#LONGEST_KEPT}).
     */
    public Optional<Set<Role>> currentRoles(String username) {
        return account(username).filter(KeptAccount::enabled).map(KeptAccount::roles);
    }

    /** Who the user is, for the page header and {@code /api/me}. */
    public Optional<Profile> profile(String username) {
        return account(username).map(a -> new Profile(a.username(), a.displayName(), a.roles(),
                a.departmentCode(), a.enterpriseCode(), a.townCode()));
    }

    /** The telephone an account gives for being reached (an officer's, shown to their projects' investors). */
    public Optional<String> phone(String username) {
        return account(username).map(KeptAccount::phone);
    }

    /** Whether this is a demonstration installation, whose login page names the demo accounts. */
    public boolean demoInstallation() {
        return initialAccounts.demoInstallation();
    }

    /** The account as read lately ({@link SignedInAccounts}: on this server, up to date; another's, within seconds). */
    private Optional<KeptAccount> account(String username) {
        Optional<KeptAccount> kept = signedIn.account(key(username));
        if (kept.isPresent()) {
            return kept;
        }
        long stamp = signedIn.stamp();
        Optional<KeptAccount> read = find(username).map(KeptAccount::of);
        read.ifPresent(a -> signedIn.keep(a, stamp));
        return read;
    }

    private Optional<Account> find(String username) {
        String key = key(username);
        if (key == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", key)
                .getResultList().stream().findFirst();
    }

    /** A user name as accounts store it; null for none. */
    private static String key(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
