package org.projectdesk.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.security.control.Credentials;
import org.projectdesk.security.control.SignInThrottles;
import org.projectdesk.security.control.SignedInAccounts;
import org.projectdesk.security.control.VerifiedPasswords;
import org.projectdesk.security.entity.Account;
import org.projectdesk.security.entity.Role;
import org.projectdesk.security.entity.SignInThrottle;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;

/**
 * The administrator's account operations: open, list, disable and enable, new password, roles, and
 * lifting the sign-in blocks of an account. Enabling an account or giving it a new password lifts
 * its blocks too.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    private static final Set<String> SORTABLE = Set.of("username", "displayName", "enabled", "lastLoginAt");

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
    Callers callers;

    @Inject
    Clock clock;

    public AccountView open(NewAccount request) {
        String username = request.username() == null ? null : request.username().strip().toLowerCase(Locale.ROOT);
        if (exists(username)) {
            throw new RuleViolation("username", "account.username.taken", username);
        }
        Account account = new Account(username, request.displayName(), credentials.hashNew("password", request.password()),
                request.roles(), request.departmentCode(), request.enterpriseCode(), request.townCode(), clock.instant());
        account.updateContact(request.phone(), request.email());
        requireOfferedTown(null, account);
        em.persist(account);
        LOG.info(() -> "Account " + username + " opened with roles " + account.getRoles());
        return saved(account);
    }

    public AccountView get(long id) {
        return loadInOrder(List.of(load(id).getId())).get(0);
    }

    /** Lets every address sign in to the account again, at once; recorded in its lock history. */
    public AccountView unlock(long id) {
        Account account = load(id);
        liftBlocks(account);
        return saved(account);
    }

    /** The account's sign-in blocks and unlocks, newest first. */
    public List<LockEventView> lockHistory(long id) {
        return throttles.history(load(id)).stream()
                .map(e -> new LockEventView(e.getHappenedAt(), e.getKind().name(), e.getAddress(), e.getBlockedUntil(), e.getActor()))
                .toList();
    }

    /**
     * A page of accounts whose user name or display name contains the search text, sorted by one of
     * username, displayName, enabled or lastLoginAt.
     */
    public AccountPage page(String search, int first, int size, String sortField, boolean ascending) {
        String pattern = "%" + (search == null ? "" : search.strip().toLowerCase(Locale.ROOT)) + "%";
        String sort = SORTABLE.contains(sortField) ? sortField : "username";
        String where = " where lower(a.username) like :pattern or lower(a.displayName) like :pattern";
        long total = em.createQuery("select count(a) from Account a" + where, Long.class)
                .setParameter("pattern", pattern).getSingleResult();
        List<Long> ids = em.createQuery("select a.id from Account a" + where
                        + " order by a." + sort + (ascending ? " asc" : " desc") + ", a.id", Long.class)
                .setParameter("pattern", pattern).setFirstResult(first).setMaxResults(size).getResultList();
        return new AccountPage(loadInOrder(ids), total);
    }

    public AccountView disable(long id, long version) {
        Account account = loadForEdit(id, version);
        account.disable();
        verifiedPasswords.forget(account.getUsername());
        return saved(account);
    }

    public AccountView enable(long id, long version) {
        Account account = loadForEdit(id, version);
        account.enable();
        liftBlocks(account);
        return saved(account);
    }

    public AccountView resetPassword(long id, long version, String newPassword) {
        Account account = loadForEdit(id, version);
        account.changePassword(credentials.hashNew("password", newPassword));
        liftBlocks(account);
        verifiedPasswords.forget(account.getUsername());
        return saved(account);
    }

    public AccountView update(long id, long version, String displayName, Set<Role> roles, String departmentCode,
            String enterpriseCode, String townCode, String phone, String email) {
        Account account = loadForEdit(id, version);
        String townBefore = account.getTownCode();
        account.rename(displayName);
        account.assignRoles(roles, departmentCode, enterpriseCode, townCode);
        requireOfferedTown(townBefore, account);
        account.updateContact(phone, email);
        verifiedPasswords.forget(account.getUsername());
        return saved(account);
    }

    /** Applies every present field of the edit in one transaction: all of it, or nothing when a rule is broken. */
    public AccountView edit(long id, AccountEdit edit) {
        if (edit.version() == null) {
            throw new RuleViolation("version", "account.version.required");
        }
        Account account = loadForEdit(id, edit.version());
        if (edit.displayName() != null) {
            account.rename(edit.displayName());
        }
        if (edit.roles() != null || edit.departmentCode() != null || edit.enterpriseCode() != null || edit.townCode() != null) {
            String townBefore = account.getTownCode();
            account.assignRoles(edit.roles() != null ? edit.roles() : account.getRoles(),
                    edit.departmentCode() != null ? edit.departmentCode() : account.getDepartmentCode(),
                    edit.enterpriseCode() != null ? edit.enterpriseCode() : account.getEnterpriseCode(),
                    edit.townCode() != null ? edit.townCode() : account.getTownCode());
            requireOfferedTown(townBefore, account);
        }
        if (edit.phone() != null || edit.email() != null) {
            account.updateContact(edit.phone() != null ? edit.phone() : account.getPhone(),
                    edit.email() != null ? edit.email() : account.getEmail());
        }
        if (edit.password() != null) {
            account.changePassword(credentials.hashNew("password", edit.password()));
            liftBlocks(account);
        }
        if (Boolean.TRUE.equals(edit.enabled())) {
            account.enable();
            liftBlocks(account);
        } else if (Boolean.FALSE.equals(edit.enabled())) {
            account.disable();
        }
        verifiedPasswords.forget(account.getUsername());
        return saved(account);
    }

    private void liftBlocks(Account account) {
        throttles.unlock(account, callers.current().username(), clock.instant());
    }

    private List<AccountView> loadInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Account> byId = em.createQuery("select distinct a from Account a left join fetch a.roles where a.id in :ids", Account.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(Account::getId, a -> a));
        Instant now = clock.instant();
        Map<Long, List<SignInBlock>> failures = throttles.current(ids, now).stream()
                .collect(Collectors.groupingBy(SignInThrottle::getAccountId,
                        Collectors.mapping(t -> block(t, now), Collectors.toList())));
        List<AccountView> views = new ArrayList<>(ids.size());
        ids.forEach(id -> views.add(view(byId.get(id), failures.getOrDefault(id, List.of()))));
        return views;
    }

    private static SignInBlock block(SignInThrottle t, Instant now) {
        return new SignInBlock(t.getAddress(), t.getFailures(), t.getFirstFailedAt(), t.getLastFailedAt(),
                t.isBlockedAt(now), t.getBlockedSince(), t.getBlockedUntil());
    }

    private boolean exists(String username) {
        return !em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultList().isEmpty();
    }

    private Account load(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFound("No account with id " + id);
        }
        return account;
    }

    private Account loadForEdit(long id, long version) {
        Account account = load(id);
        StaleVersion.check("Account " + account.getUsername(), version, account.getVersion());
        return account;
    }

    /** Flushes first, so that the view carries the version the next edit must name. */
    private AccountView saved(Account account) {
        // The department table is the catalogue's and the town table the project feature's, both of which build on
        // security: asked by their names, not through their entities.
        if (account.getDepartmentCode() != null && !referenceExists("department", account.getDepartmentCode())) {
            throw new RuleViolation("departmentCode", "account.department.unknown", account.getDepartmentCode());
        }
        if (account.getTownCode() != null && !referenceExists("town", account.getTownCode())) {
            throw new RuleViolation("townCode", "account.town.unknown", account.getTownCode());
        }
        em.flush();
        signedIn.written(account.getId());
        return view(account, throttles.current(List.of(account.getId()), clock.instant()).stream()
                .map(t -> block(t, clock.instant())).toList());
    }

    /** A town newly given to an account must still be offered (active); an account keeps a town that no longer is. */
    private void requireOfferedTown(String before, Account account) {
        String town = account.getTownCode();
        if (town != null && !town.equals(before) && ((Number) em.createNativeQuery(
                "select count(*) from town where code = ?1 and active = false").setParameter(1, town).getSingleResult())
                .longValue() > 0) {
            throw new RuleViolation("townCode", "town.inactive", town);
        }
    }

    /** Whether the reference table (a fixed name, never input) has a row of this code. */
    private boolean referenceExists(String table, String code) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where code = ?1")
                .setParameter(1, code).getSingleResult()).longValue() > 0;
    }

    static AccountView view(Account a, List<SignInBlock> failures) {
        Set<Role> roles = a.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.getRoles());
        List<SignInBlock> blocked = failures.stream().filter(SignInBlock::blocked).toList();
        Instant lockedSince = blocked.stream().map(SignInBlock::blockedSince).min(Comparator.naturalOrder()).orElse(null);
        Instant lockedUntil = blocked.stream().map(SignInBlock::blockedUntil).max(Comparator.naturalOrder()).orElse(null);
        return new AccountView(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), roles,
                a.getDepartmentCode(), a.getEnterpriseCode(), a.getTownCode(), a.getPhone(), a.getEmail(), a.isEnabled(),
                lockedUntil, a.getLastLoginAt(), lockedSince, failures);
    }
}
