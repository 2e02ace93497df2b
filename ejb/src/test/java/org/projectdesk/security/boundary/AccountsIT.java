package org.projectdesk.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Optional;
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
import org.projectdesk.testing.AsTown;
import org.projectdesk.testing.Deployments;

@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("accounts-test", AsAdmin.class, AsOfficer.class, AsTown.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Logins logins;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    AsTown town;

    @Inject
    Callers callers;

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

    @Test
    void anAdministratorOpensATownAccountWhoseProfileAndScopeNameItsTown() throws Exception {
        String username = uniqueName();

        AccountView opened = admin.call(() -> accounts.open(new NewAccount(username, "常乐镇工作人员", "secret-1",
                Set.of(Role.TOWN), null, null, " CLZ ", null, null)));

        assertEquals(Set.of(Role.TOWN), opened.roles());
        assertEquals("CLZ", opened.townCode());
        assertNull(opened.departmentCode());
        LoginOutcome signedIn = logins.authenticate(username, "secret-1", ADDRESS);
        assertEquals(LoginOutcome.Result.SUCCESS, signedIn.result());
        assertEquals(Set.of(Role.TOWN), signedIn.roles());
        Profile profile = logins.profile(username).orElseThrow();
        assertEquals("CLZ", profile.townCode());
        assertEquals("常乐镇工作人员", profile.displayName());
        assertEquals("CLZ", em.createNativeQuery("select town_code from account where username = ?1")
                .setParameter(1, username).getSingleResult());
    }

    @Test
    void aTownsStaffIsNarrowedToTheTownOnItsAccount() throws Exception {
        if (logins.profile(AsTown.USERNAME).isEmpty()) {
            admin.call(() -> accounts.open(new NewAccount(AsTown.USERNAME, "常乐镇工作人员", "secret-1", Set.of(Role.TOWN),
                    null, null, AsTown.TOWN, null, null)));
        }

        CallerScope scope = town.call(() -> callers.current());

        assertEquals(AsTown.USERNAME, scope.username());
        assertEquals(Set.of(Role.TOWN), scope.roles());
        assertTrue(scope.isTown());
        assertEquals(Optional.of(AsTown.TOWN), scope.ownTown());
        assertTrue(scope.seesTown(AsTown.TOWN));
        assertFalse(scope.seesTown("HMKFQ"));
        assertEquals(Optional.empty(), scope.ownDepartment());
        assertEquals(Optional.empty(), scope.ownEnterprise());
        CallerScope officers = officer.call(() -> callers.current());
        assertEquals(Optional.empty(), officers.ownTown());
        assertTrue(officers.seesTown("HMKFQ"));
    }

    @Test
    void aTownAccountWithoutATownOrWithAnUnknownOneIsRefusedAndNothingIsCreated() throws Exception {
        long before = count();

        RuleViolation noTown = assertThrows(RuleViolation.class, () -> admin.call(() -> accounts.open(new NewAccount(
                uniqueName(), "无区镇", "secret-1", Set.of(Role.TOWN), null, null, " ", null, null))));
        RuleViolation unknown = assertThrows(RuleViolation.class, () -> admin.call(() -> accounts.open(new NewAccount(
                uniqueName(), "错区镇", "secret-1", Set.of(Role.TOWN), null, null, "NOWHERE", null, null))));

        assertEquals("townCode", noTown.field());
        assertEquals("townCode", unknown.field());
        assertEquals("没有代码为“NOWHERE”的区镇", unknown.message(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals(before, count());
    }

    @Test
    void anEditMovesATownAccountToAnotherTownOrTakesTheTownAwayWithTheRole() throws Exception {
        AccountView opened = admin.call(() -> accounts.open(new NewAccount(uniqueName(), "区镇工作人员", "secret-1",
                Set.of(Role.TOWN), null, null, "HMKFQ", null, null)));

        AccountView moved = admin.call(() -> accounts.edit(opened.id(),
                new AccountEdit(opened.version(), null, null, null, null, "SJZ", null, null, null, null)));
        assertEquals("SJZ", moved.townCode());

        assertThrows(RuleViolation.class, () -> admin.call(() -> accounts.edit(opened.id(),
                new AccountEdit(moved.version(), "改名", null, null, null, "NOWHERE", null, null, null, null))));
        AccountView unchanged = admin.call(() -> accounts.get(opened.id()));
        assertEquals("SJZ", unchanged.townCode());
        assertEquals("区镇工作人员", unchanged.displayName());

        AccountView both = admin.call(() -> accounts.update(opened.id(), unchanged.version(), "区镇与窗口",
                Set.of(Role.TOWN, Role.DEPARTMENT), "LAND", null, "SJZ", null, null));
        assertEquals(Set.of(Role.TOWN, Role.DEPARTMENT), both.roles());
        assertEquals("LAND", both.departmentCode());
        assertEquals("SJZ", both.townCode());

        AccountView officerNow = admin.call(() -> accounts.edit(opened.id(),
                new AccountEdit(both.version(), null, Set.of(Role.OFFICER), null, null, null, null, null, null)));
        assertNull(officerNow.townCode(), "the town goes with the role");
        assertNull(officerNow.departmentCode());
        assertNull(logins.profile(opened.username()).orElseThrow().townCode());
    }

    private long count() {
        return ((Number) em.createNativeQuery("select count(*) from account").getSingleResult()).longValue();
    }
}
