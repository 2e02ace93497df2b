package org.projectdesk.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.RuleViolation;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    private static Account officer() {
        return new Account("officer9", "李明", "hash", Set.of(Role.OFFICER), null, null, null, NOW);
    }

    @Test
    void aSuccessfulLoginIsRecorded() {
        Account account = officer();

        account.recordSuccessfulLogin(NOW);

        assertEquals(NOW, account.getLastLoginAt());
    }

    @Test
    void aDisabledAccountMayNotLogIn() {
        Account account = officer();

        account.disable();

        assertFalse(account.isEnabled());
    }

    @Test
    void departmentAndInvestorAccountsAreBoundToTheirDepartmentAndEnterprise() {
        RuleViolation noDepartment = assertThrows(RuleViolation.class,
                () -> new Account("dept-zjj", "窗口", "hash", Set.of(Role.DEPARTMENT), " ", null, null, NOW));
        assertEquals("departmentCode", noDepartment.field());

        RuleViolation noEnterprise = assertThrows(RuleViolation.class,
                () -> new Account("investor9", "投资方", "hash", Set.of(Role.INVESTOR), null, null, null, NOW));
        assertEquals("enterpriseCode", noEnterprise.field());

        Account investor = new Account("investor9", "投资方", "hash", Set.of(Role.INVESTOR), "ZJJ", "91320684MA1N7Q2K5Q", null, NOW);
        assertEquals("91320684MA1N7Q2K5Q", investor.getEnterpriseCode());
        assertNull(investor.getDepartmentCode(), "a binding the roles do not need is dropped");
    }

    @Test
    void aTownAccountNamesItsTownAndNoOtherAccountKeepsOne() {
        RuleViolation noTown = assertThrows(RuleViolation.class,
                () -> new Account("town-hmkfq", "开发区工作人员", "hash", Set.of(Role.TOWN), null, null, " ", NOW));
        assertEquals("townCode", noTown.field());
        assertEquals("区镇账号须指定所属区镇", noTown.message(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("A TOWN account must name its town", noTown.message(java.util.Locale.ENGLISH));

        Account town = new Account("town-hmkfq", "开发区工作人员", "hash", Set.of(Role.TOWN), "LAND", null, " HMKFQ ", NOW);
        assertEquals("HMKFQ", town.getTownCode());
        assertNull(town.getDepartmentCode(), "a binding the roles do not need is dropped");

        town.assignRoles(Set.of(Role.TOWN, Role.DEPARTMENT), "LAND", null, "CLZ");
        assertEquals(Set.of(Role.TOWN, Role.DEPARTMENT), town.getRoles());
        assertEquals("LAND", town.getDepartmentCode());
        assertEquals("CLZ", town.getTownCode());

        town.assignRoles(Set.of(Role.OFFICER), null, null, "CLZ");
        assertNull(town.getTownCode(), "the town goes with the role");
    }

    @Test
    void aRefusedRoleChangeLeavesTheTownAsItWas() {
        Account town = new Account("town-clz", "常乐镇工作人员", "hash", Set.of(Role.TOWN), null, null, "CLZ", NOW);

        assertEquals("townCode", assertThrows(RuleViolation.class,
                () -> town.assignRoles(Set.of(Role.TOWN, Role.INVESTOR), null, "91320684MA1N7Q2K5Q", null)).field());

        assertEquals(Set.of(Role.TOWN), town.getRoles());
        assertEquals("CLZ", town.getTownCode());
        assertNull(town.getEnterpriseCode());
    }

    @Test
    void refusesAnAccountWithoutRolesOrWithABadUserName() {
        assertEquals("roles", assertThrows(RuleViolation.class,
                () -> new Account("officer9", "李明", "hash", Set.of(), null, null, null, NOW)).field());
        assertEquals("username", assertThrows(RuleViolation.class,
                () -> new Account("Officer 9", "李明", "hash", Set.of(Role.OFFICER), null, null, null, NOW)).field());
    }

    @Test
    void ruleMessagesSpeakTheUsersLanguage() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> new Account("officer9", "", "hash", Set.of(Role.OFFICER), null, null, null, NOW));

        assertEquals("Display name is required", violation.getMessage());
        assertEquals("请填写姓名", violation.message(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("Display name is required", violation.message(java.util.Locale.ENGLISH));
    }
}
