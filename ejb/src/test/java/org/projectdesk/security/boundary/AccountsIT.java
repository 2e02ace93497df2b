package org.projectdesk.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("accounts-test", AsAdmin.class, AsOfficer.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Logins logins;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @PersistenceContext
    EntityManager em;

    /** Where these tests sign in from (TEST-NET-1). */
    private static final String ADDRESS = "192.0.2.10";
    /** Where someone else guesses from (TEST-NET-3). */
    private static final String STRANGER = "203.0.113.66";

    private static String uniqueName() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private AccountView open(String username, String password) throws Exception {
        return admin.call(() -> accounts.open(new NewAccount(username, "测试用户", password, Set.of(Role.OFFICER),
                null, null, "0513-8221 0000", null)));
    }

    @Test
    void anAdministratorOpensAnAccountThatCanThenSignIn() throws Exception {
        String username = uniqueName();

        AccountView opened = open(username, "secret-1");

        assertEquals(Set.of(Role.OFFICER), opened.roles());
        assertEquals(LoginOutcome.Result.SUCCESS, logins.authenticate(username, "secret-1", ADDRESS).result());
        assertEquals(LoginOutcome.Result.INVALID, logins.authenticate(username, "secret-2", ADDRESS).result());
    }

    @Test
    void thePasswordIsStoredOnlyAsASaltedPbkdf2Hash() throws Exception {
        String username = uniqueName();
        open(username, "secret-1");

        String stored = (String) em.createNativeQuery("select password_hash from account where username = ?1")
                .setParameter(1, username).getSingleResult();

        assertTrue(stored.startsWith("pbkdf2-sha256$310000$"), stored);
        assertTrue(!stored.contains("secret-1"));
    }

    @Test
    void aTakenUserNameIsRefusedAndNothingChanges() throws Exception {
        String username = uniqueName();
        open(username, "secret-1");
        long before = count();

        RuleViolation refused = assertThrows(RuleViolation.class, () -> open(username, "other-secret"));

        assertEquals("username", refused.field());
        assertEquals(before, count());
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedAndNothingChanges() throws Exception {
        AccountView opened = open(uniqueName(), "secret-1");
        admin.call(() -> accounts.edit(opened.id(), new AccountEdit(opened.version(), "新名字", null, null, null, null, null, null, null)));

        assertThrows(StaleVersion.class, () -> admin.call(() -> accounts.edit(opened.id(),
                new AccountEdit(opened.version(), "旧版本的修改", null, null, null, null, null, null, null))));

        assertEquals("新名字", admin.call(() -> accounts.get(opened.id())).displayName());
    }

    @Test
    void aBrokenRuleInAnEditLeavesTheWholeAccountAsItWas() throws Exception {
        AccountView opened = open(uniqueName(), "secret-1");

        assertThrows(RuleViolation.class, () -> admin.call(() -> accounts.edit(opened.id(),
                new AccountEdit(opened.version(), "新名字", Set.of(Role.INVESTOR), null, null, null, null, false, null))));

        AccountView unchanged = admin.call(() -> accounts.get(opened.id()));
        assertEquals("测试用户", unchanged.displayName());
        assertEquals(Set.of(Role.OFFICER), unchanged.roles());
        assertTrue(unchanged.enabled());
    }

    @Test
    void fiveWrongPasswordsBlockTheAddressEvenAgainstTheRightOne() throws Exception {
        String username = uniqueName();
        AccountView opened = open(username, "secret-1");
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginOutcome.Result.INVALID, logins.authenticate(username, "wrong", ADDRESS).result());
        }

        assertEquals(LoginOutcome.Result.LOCKED, logins.authenticate(username, "wrong", ADDRESS).result());
        assertEquals(LoginOutcome.Result.LOCKED, logins.authenticate(username, "secret-1", ADDRESS).result());

        AccountView locked = admin.call(() -> accounts.get(opened.id()));
        assertEquals(opened.version(), locked.version(), "failed logins are not edits and leave the version alone");
        admin.call(() -> accounts.enable(opened.id(), locked.version()));
        assertEquals(LoginOutcome.Result.SUCCESS, logins.authenticate(username, "secret-1", ADDRESS).result());
    }

    @Test
    void aStrangersFailuresBlockOnlyTheStrangersAddressUntilAnAdministratorUnlocks() throws Exception {
        String username = uniqueName();
        AccountView opened = open(username, "secret-1");
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertEquals(attempt < 5 ? LoginOutcome.Result.INVALID : LoginOutcome.Result.LOCKED,
                    logins.authenticate(username, "guess-" + attempt, STRANGER).result(), "attempt " + attempt);
        }

        assertEquals(LoginOutcome.Result.SUCCESS, logins.authenticate(username, "secret-1", ADDRESS).result(),
                "the owner signs in from their own address");
        assertEquals(LoginOutcome.Result.LOCKED, logins.authenticate(username, "secret-1", STRANGER).result());

        AccountView seen = admin.call(() -> accounts.get(opened.id()));
        assertEquals(1, seen.signInFailures().size(), seen.toString());
        SignInBlock block = seen.signInFailures().get(0);
        assertEquals(STRANGER, block.address());
        assertEquals(5, block.failures(), "attempts refused while blocked are not checked, so not counted");
        assertTrue(block.blocked());
        assertEquals(block.blockedSince(), seen.lockedSince());
        assertEquals(block.blockedUntil(), seen.lockedUntil());
        assertEquals(Duration.ofMinutes(15), Duration.between(block.blockedSince(), block.blockedUntil()));
        assertEquals(List.of("LOCKED"), admin.call(() -> accounts.lockHistory(opened.id())).stream().map(LockEventView::kind).toList());

        AccountView unlocked = admin.call(() -> accounts.unlock(opened.id()));

        assertEquals(List.of(), unlocked.signInFailures());
        assertNull(unlocked.lockedUntil());
        assertEquals(opened.version(), unlocked.version(), "an unlock is not an edit");
        List<LockEventView> history = admin.call(() -> accounts.lockHistory(opened.id()));
        assertEquals(List.of("UNLOCKED", "LOCKED"), history.stream().map(LockEventView::kind).toList());
        assertEquals(STRANGER, history.get(1).address());
        assertNotNull(history.get(0).actor());
        assertEquals(LoginOutcome.Result.SUCCESS, logins.authenticate(username, "secret-1", STRANGER).result());
    }

    @Test
    void signingInForgivesThatAddresssFailuresAndNoOthers() throws Exception {
        String username = uniqueName();
        AccountView opened = open(username, "secret-1");
        for (int i = 0; i < 3; i++) {
            logins.authenticate(username, "wrong", ADDRESS);
            logins.authenticate(username, "wrong", STRANGER);
        }

        assertEquals(LoginOutcome.Result.SUCCESS, logins.authenticate(username, "secret-1", ADDRESS).result());

        AccountView seen = admin.call(() -> accounts.get(opened.id()));
        assertEquals(List.of(STRANGER), seen.signInFailures().stream().map(SignInBlock::address).toList());
        assertEquals(3, seen.signInFailures().get(0).failures());
        assertNull(seen.lockedUntil(), "three failures block nothing");
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginOutcome.Result.INVALID, logins.authenticate(username, "wrong", ADDRESS).result(),
                    "the owner's address counts afresh");
        }
    }

    @Test
    void anOverlongPasswordIsAFailedSignInAndIsRefusedWhenSet() throws Exception {
        String username = uniqueName();
        AccountView opened = open(username, "secret-1");
        String megabyte = "p".repeat(1 << 20);

        assertEquals(LoginOutcome.Result.INVALID, logins.authenticate(username, megabyte, ADDRESS).result());
        assertEquals(1, admin.call(() -> accounts.get(opened.id())).signInFailures().get(0).failures());

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> admin.call(() -> accounts.resetPassword(opened.id(), opened.version(), "p".repeat(129))));
        assertEquals("password", refused.field());
        assertEquals(LoginOutcome.Result.SUCCESS, logins.authenticate(username, "secret-1", ADDRESS).result(),
                "the old password still holds");
        assertEquals(LoginOutcome.Result.INVALID, logins.authenticate(uniqueName(), megabyte, ADDRESS).result());
    }

    @Test
    void aDisabledAccountCannotSignInAndLosesItsRolesAtOnce() throws Exception {
        String username = uniqueName();
        AccountView opened = open(username, "secret-1");
        assertEquals(LoginOutcome.Result.SUCCESS, logins.authenticate(username, "secret-1", ADDRESS).result());

        admin.call(() -> accounts.disable(opened.id(), opened.version()));

        assertEquals(LoginOutcome.Result.INVALID, logins.authenticate(username, "secret-1", ADDRESS).result());
        assertTrue(logins.currentRoles(username).isEmpty());
    }

    @Test
    void onlyAnAdministratorMayManageAccounts() {
        assertThrows(EJBAccessException.class, () -> officer.call(() -> accounts.page(null, 0, 10, "username", true)));
        assertThrows(EJBAccessException.class, () -> accounts.page(null, 0, 10, "username", true));
    }

    @Test
    void pagesAreSearchableAndSorted() throws Exception {
        String prefix = "page-" + UUID.randomUUID().toString().substring(0, 6);
        open(prefix + "-b", "secret-1");
        open(prefix + "-a", "secret-1");
        open(prefix + "-c", "secret-1");

        AccountPage page = admin.call(() -> accounts.page(prefix, 0, 2, "username", false));

        assertEquals(3, page.total());
        assertEquals(java.util.List.of(prefix + "-c", prefix + "-b"), page.rows().stream().map(AccountView::username).toList());
    }

    private long count() {
        return ((Number) em.createNativeQuery("select count(*) from account").getSingleResult()).longValue();
    }
}
