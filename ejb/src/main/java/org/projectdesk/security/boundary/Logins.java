package org.projectdesk.security.boundary;

import io.micrometer.core.instrument.MeterRegistry;
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
import org.projectdesk.security.control.SignInThrottles;
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
 * address blocked by then are refused uncounted).
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
    Clock clock;

    @Inject
    InitialAccounts initialAccounts;

    @Inject
    MeterRegistry meters;

    /**
     * Signs in from {@code address}, the client's network address as the server sees it. Each attempt
     * is counted by outcome ({@code projectdesk.logins}: success, invalid, locked) for Prometheus.
     */
    public LoginOutcome authenticate(String username, String password, String address) {
        LoginOutcome outcome = decide(username, password, address);
        meters.counter("projectdesk.logins", "outcome", outcome.result().name().toLowerCase(Locale.ROOT)).increment();
        return outcome;
    }

    private LoginOutcome decide(String username, String password, String address) {
        Optional<Account> found = find(username);
        if (found.isEmpty()) {
            credentials.spendDecoyTime(password);
            return LoginOutcome.invalid();
        }
        var now = clock.instant();
        String from = normalized(address);
        Account account = found.get();
        Optional<SignInThrottle> throttle = throttles.of(account, from);
        boolean blocked = throttle.map(t -> t.isBlockedAt(now)).orElse(false);
        if (!blocked && account.isEnabled()
                && verifiedPasswords.wasVerified(account.getUsername(), password, account.getPasswordHash(), now)) {
            if (throttle.isPresent()) {
                em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
                throttles.clear(account, from);
            }
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
     * disabled or removed; asked on each request so that such a change takes effect at once.
     */
    public Optional<Set<Role>> currentRoles(String username) {
        return find(username).filter(Account::isEnabled).map(Account::getRoles);
    }

    /** Who the user is, for the page header and {@code /api/me}. */
    public Optional<Profile> profile(String username) {
        return find(username).map(a -> new Profile(a.getUsername(), a.getDisplayName(), a.getRoles(),
                a.getDepartmentCode(), a.getEnterpriseCode(), a.getTownCode()));
    }

    /** The telephone an account gives for being reached (an officer's, shown to their projects' investors). */
    public Optional<String> phone(String username) {
        return find(username).map(Account::getPhone);
    }

    /** Whether this is a demonstration installation, whose login page names the demo accounts. */
    public boolean demoInstallation() {
        return initialAccounts.demoInstallation();
    }

    private Optional<Account> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }
}
