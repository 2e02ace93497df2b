package org.projectdesk.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.security.control.Credentials;
import org.projectdesk.security.control.VerifiedPasswords;
import org.projectdesk.security.entity.Account;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;

/** The administrator's account operations: open, list, disable and enable, new password, roles. */
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
    Clock clock;

    public AccountView open(NewAccount request) {
        String username = request.username() == null ? null : request.username().strip().toLowerCase(Locale.ROOT);
        if (exists(username)) {
            throw new RuleViolation("username", "account.username.taken", username);
        }
        Account account = new Account(username, request.displayName(), credentials.hashNew("password", request.password()),
                request.roles(), request.departmentCode(), request.enterpriseCode(), clock.instant());
        account.updateContact(request.phone(), request.email());
        em.persist(account);
        LOG.info(() -> "Account " + username + " opened with roles " + account.getRoles());
        return saved(account);
    }

    public AccountView get(long id) {
        return view(load(id));
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
        return saved(account);
    }

    public AccountView resetPassword(long id, long version, String newPassword) {
        Account account = loadForEdit(id, version);
        account.changePassword(credentials.hashNew("password", newPassword));
        verifiedPasswords.forget(account.getUsername());
        return saved(account);
    }

    public AccountView update(long id, long version, String displayName, Set<Role> roles, String departmentCode,
            String enterpriseCode, String phone, String email) {
        Account account = loadForEdit(id, version);
        account.rename(displayName);
        account.assignRoles(roles, departmentCode, enterpriseCode);
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
        if (edit.roles() != null || edit.departmentCode() != null || edit.enterpriseCode() != null) {
            account.assignRoles(edit.roles() != null ? edit.roles() : account.getRoles(),
                    edit.departmentCode() != null ? edit.departmentCode() : account.getDepartmentCode(),
                    edit.enterpriseCode() != null ? edit.enterpriseCode() : account.getEnterpriseCode());
        }
        if (edit.phone() != null || edit.email() != null) {
            account.updateContact(edit.phone() != null ? edit.phone() : account.getPhone(),
                    edit.email() != null ? edit.email() : account.getEmail());
        }
        if (edit.password() != null) {
            account.changePassword(credentials.hashNew("password", edit.password()));
        }
        if (Boolean.TRUE.equals(edit.enabled())) {
            account.enable();
        } else if (Boolean.FALSE.equals(edit.enabled())) {
            account.disable();
        }
        verifiedPasswords.forget(account.getUsername());
        return saved(account);
    }

    private List<AccountView> loadInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Account> byId = em.createQuery("select distinct a from Account a left join fetch a.roles where a.id in :ids", Account.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Account::getId, a -> a));
        List<AccountView> views = new ArrayList<>(ids.size());
        ids.forEach(id -> views.add(view(byId.get(id))));
        return views;
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
        // The department table is the catalogue's, which builds on security: asked by its name, not through its entity.
        if (account.getDepartmentCode() != null && ((Number) em.createNativeQuery("select count(*) from department where code = ?1")
                .setParameter(1, account.getDepartmentCode()).getSingleResult()).longValue() == 0) {
            throw new RuleViolation("departmentCode", "account.department.unknown", account.getDepartmentCode());
        }
        em.flush();
        return view(account);
    }

    static AccountView view(Account a) {
        Set<Role> roles = a.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.getRoles());
        return new AccountView(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), roles,
                a.getDepartmentCode(), a.getEnterpriseCode(), a.getPhone(), a.getEmail(), a.isEnabled(),
                a.getLockedUntil(), a.getLastLoginAt());
    }
}
