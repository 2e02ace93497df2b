package org.projectdesk.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.projectdesk.security.control.Credentials;
import org.projectdesk.security.control.VerifiedPasswords;
import org.projectdesk.security.entity.Account;
import org.projectdesk.security.entity.Role;

/**
 * Checks user names and passwords for the login page and for HTTP Basic on the API, counting
 * failures. The account row is locked while a login is checked, so parallel guesses are all counted.
 */
@Stateless
@PermitAll
public class Logins {

    private static final Logger LOG = Logger.getLogger(Logins.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Credentials credentials;

    @Inject
    VerifiedPasswords verifiedPasswords;

    @Inject
    Clock clock;

    public LoginOutcome authenticate(String username, String password) {
        Optional<Account> found = find(username);
        if (found.isEmpty()) {
            credentials.spendDecoyTime(password);
            return LoginOutcome.invalid();
        }
        var now = clock.instant();
        Account known = found.get();
        if (known.mayLogIn(now) && verifiedPasswords.wasVerified(known.getUsername(), password, known.getPasswordHash(), now)) {
            return LoginOutcome.success(known.getUsername(), known.getRoles());
        }
        Account account = known;
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (account.isLockedAt(now)) {
            return LoginOutcome.locked(account.getLockedUntil());
        }
        if (!credentials.matches(password, account.getPasswordHash()) || !account.isEnabled()) {
            account.recordFailedLogin(now, credentials.policy().maxFailedAttempts(), credentials.policy().lockPeriod());
            if (account.isLockedAt(now)) {
                LOG.warning(() -> "Account " + username + " locked until " + account.getLockedUntil() + " after failed logins");
                return LoginOutcome.locked(account.getLockedUntil());
            }
            return LoginOutcome.invalid();
        }
        account.recordSuccessfulLogin(now);
        verifiedPasswords.remember(account.getUsername(), password, account.getPasswordHash(), now);
        return LoginOutcome.success(account.getUsername(), account.getRoles());
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
                a.getDepartmentCode(), a.getEnterpriseCode()));
    }

    /** The telephone an account gives for being reached (an officer's, shown to their projects' investors). */
    public Optional<String> phone(String username) {
        return find(username).map(Account::getPhone);
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
