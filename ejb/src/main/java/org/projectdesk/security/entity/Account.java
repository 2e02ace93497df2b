package org.projectdesk.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.annotations.OptimisticLock;
import org.projectdesk.security.control.AccountWrites;
import org.projectdesk.shared.control.RuleViolation;

/**
 * A person who logs in. An administrator creates the account with a first password and its roles;
 * the account may then be disabled, re-enabled, given a new password or other roles. A DEPARTMENT
 * account is bound to one department, an INVESTOR account to one enterprise (by its unified social
 * credit code), a TOWN account to one town (区镇, by its code). Failed sign-ins are counted per
 * address ({@link SignInThrottle}), not here; the last sign-in is bookkeeping that does not count as
 * an edit, so it never makes an administrator's open form stale.
 */
@Entity
@EntityListeners(AccountWrites.class)
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.COUNT_WITH_ROLE, query = "select count(a) from Account a join a.roles r where r = :role")
@NamedQuery(name = Account.COUNT_ALL, query = "select count(a) from Account a")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String COUNT_WITH_ROLE = "Account.countWithRole";
    public static final String COUNT_ALL = "Account.countAll";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 64)
    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String username;

    @Size(max = 100)
    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Size(max = 200)
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 20, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Size(max = 20)
    @Column(name = "department_code", length = 20)
    private String departmentCode;

    @Size(max = 18)
    @Column(name = "enterprise_code", length = 18)
    private String enterpriseCode;

    @Size(max = 20)
    @Column(name = "town_code", length = 20)
    private String townCode;

    @Size(max = 30)
    @Column(length = 30)
    private String phone;

    @Size(max = 120)
    @Column(length = 120)
    private String email;

    @OptimisticLock(excluded = true)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Collection<Role> roles,
            String departmentCode, String enterpriseCode, String townCode, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RuleViolation("username", "account.username.format");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        rename(displayName);
        assignRoles(roles, departmentCode, enterpriseCode, townCode);
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new RuleViolation("displayName", "account.displayName.required");
        }
        this.displayName = newDisplayName.strip();
    }

    public void updateContact(String newPhone, String newEmail) {
        this.phone = blankToNull(newPhone);
        this.email = blankToNull(newEmail);
    }

    /**
     * Replaces the roles. A department user must name the department, an investor the enterprise, a
     * town's staff the town; an account without those roles holds no such binding. Whether the
     * department and the town exist is the caller's to check (their tables belong to features that
     * build on this one).
     */
    public void assignRoles(Collection<Role> newRoles, String newDepartmentCode, String newEnterpriseCode,
            String newTownCode) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new RuleViolation("roles", "account.roles.required");
        }
        EnumSet<Role> assigned = EnumSet.copyOf(newRoles);
        String department = blankToNull(newDepartmentCode);
        String enterprise = blankToNull(newEnterpriseCode);
        String town = blankToNull(newTownCode);
        if (assigned.contains(Role.DEPARTMENT) && department == null) {
            throw new RuleViolation("departmentCode", "account.department.required");
        }
        if (assigned.contains(Role.INVESTOR) && enterprise == null) {
            throw new RuleViolation("enterpriseCode", "account.enterprise.required");
        }
        if (assigned.contains(Role.TOWN) && town == null) {
            throw new RuleViolation("townCode", "account.town.required");
        }
        if (enterprise != null && enterprise.length() != 18) {
            throw new RuleViolation("enterpriseCode", "account.enterprise.length");
        }
        this.roles.clear();
        this.roles.addAll(assigned);
        this.departmentCode = assigned.contains(Role.DEPARTMENT) ? department : null;
        this.enterpriseCode = assigned.contains(Role.INVESTOR) ? enterprise : null;
        this.townCode = assigned.contains(Role.TOWN) ? town : null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    public void recordSuccessfulLogin(Instant now) {
        this.lastLoginAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public String getTownCode() {
        return townCode;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
