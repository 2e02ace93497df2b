package org.projectdesk.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.projectdesk.security.entity.Account;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.Database;
import org.projectdesk.shared.control.DatabaseKind;
import org.projectdesk.shared.control.Settings;

/**
 * The accounts a new installation starts with. On the embedded H2 default (or wherever
 * {@code PROJECTDESK_DEMO=true}) an empty database gets the demo accounts, all with password
 * {@code demo123}. Elsewhere the first administrator comes from {@code PROJECTDESK_ADMIN_USERNAME}
 * and {@code PROJECTDESK_ADMIN_PASSWORD}, created only while no administrator exists.
 */
@Startup
@Singleton
@DependsOn("Database")
public class InitialAccounts {

    static final String DEMO_PASSWORD = "demo123";
    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());

    /** Demo investors' enterprises: fictional Haimen (320684) codes with valid check characters. */
    public static final String DEMO_ENTERPRISE_1 = "91320684MA1N7Q2K5Q";
    public static final String DEMO_ENTERPRISE_2 = "91320684MA20RT5B95";

    private record Demo(String username, String displayName, Role role, String enterpriseCode) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("admin", "系统管理员", Role.ADMIN, null),
            new Demo("director", "王海燕", Role.DIRECTOR, null),
            new Demo("officer1", "李明", Role.OFFICER, null),
            new Demo("officer2", "周晓燕", Role.OFFICER, null),
            new Demo("leader", "陈建国", Role.LEADER, null),
            new Demo("investor1", "黄志强", Role.INVESTOR, DEMO_ENTERPRISE_1),
            new Demo("investor2", "施雨婷", Role.INVESTOR, DEMO_ENTERPRISE_2));

    @PersistenceContext
    EntityManager em;

    @Inject
    Database database;

    @Inject
    Credentials credentials;

    @Inject
    Clock clock;

    @PostConstruct
    void create() {
        if (demoInstallation()) {
            createMissingDemoAccounts();
        }
        if (count(Account.COUNT_WITH_ROLE, Role.ADMIN) == 0) {
            createConfiguredAdmin();
        }
    }

    /** Each demo account that does not exist yet; an account that exists (even disabled) is left as it is. */
    private void createMissingDemoAccounts() {
        openMissing(DEMO.stream().map(d -> new Wanted(d.username(), d.displayName(), d.role(), null, d.enterpriseCode(), null)).toList());
    }

    /**
     * On a demo installation, one window account {@code dept-<code>} for each of these departments
     * (code to name) that has none yet; the catalogue calls this once its departments are loaded.
     */
    public void openDemoWindows(Map<String, String> departments) {
        if (demoInstallation()) {
            openMissing(departments.entrySet().stream().map(d -> new Wanted("dept-" + d.getKey().toLowerCase(Locale.ROOT),
                    d.getValue() + "窗口", Role.DEPARTMENT, d.getKey(), null, null)).toList());
        }
    }

    /**
     * On a demo installation, one staff account {@code town-<code>} for each of these towns (code to
     * name) that has none yet; the project feature calls this once its towns are loaded.
     */
    public void openDemoTowns(Map<String, String> towns) {
        if (demoInstallation()) {
            openMissing(towns.entrySet().stream().map(t -> new Wanted("town-" + t.getKey().toLowerCase(Locale.ROOT),
                    t.getValue() + "工作人员", Role.TOWN, null, null, t.getKey())).toList());
        }
    }

    private record Wanted(String username, String displayName, Role role, String departmentCode, String enterpriseCode,
            String townCode) {
    }

    private void openMissing(List<Wanted> wanted) {
        List<Wanted> missing = wanted.stream().filter(w -> !exists(w.username())).toList();
        if (missing.isEmpty()) {
            return;
        }
        String hash = credentials.hashNew("password", DEMO_PASSWORD);
        missing.forEach(w -> em.persist(new Account(w.username(), w.displayName(), hash, Set.of(w.role()),
                w.departmentCode(), w.enterpriseCode(), w.townCode(), clock.instant())));
        LOG.info(() -> "Created the demo accounts " + missing.stream().map(Wanted::username).toList()
                + " with password " + DEMO_PASSWORD);
    }

    private boolean exists(String username) {
        return !em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultList().isEmpty();
    }

    /** The embedded default, or {@code PROJECTDESK_DEMO=true}: the demo accounts are made here. */
    public boolean demoInstallation() {
        return Settings.getBoolean("projectdesk.demo", database.kind() == DatabaseKind.H2);
    }

    private void createConfiguredAdmin() {
        Optional<String> username = Settings.get("projectdesk.admin.username");
        Optional<String> password = Settings.get("projectdesk.admin.password");
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warning("No administrator exists. Set PROJECTDESK_ADMIN_USERNAME and PROJECTDESK_ADMIN_PASSWORD"
                    + " and restart to create the first one.");
            return;
        }
        Optional<Account> existing = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username.get()).getResultList().stream().findFirst();
        if (existing.isPresent()) {
            LOG.warning(() -> "PROJECTDESK_ADMIN_USERNAME names the existing account " + username.get()
                    + ", which is not an administrator; no administrator was created");
            return;
        }
        em.persist(new Account(username.get(), "Administrator", credentials.hashNew("password", password.get()),
                Set.of(Role.ADMIN), null, null, null, clock.instant()));
        LOG.info(() -> "Created the first administrator " + username.get() + " from configuration");
    }

    private long count(String query, Role role) {
        var q = em.createNamedQuery(query, Long.class);
        if (role != null) {
            q.setParameter("role", role);
        }
        return q.getSingleResult();
    }
}
