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
        return new Account("officer9", "李明", "hash", Set.of(Role.OFFICER), null, null, NOW);
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
                () -> new Account("dept-zjj", "窗口", "hash", Set.of(Role.DEPARTMENT), " ", null, NOW));
        assertEquals("departmentCode", noDepartment.field());

        RuleViolation noEnterprise = assertThrows(RuleViolation.class,
                () -> new Account("investor9", "投资方", "hash", Set.of(Role.INVESTOR), null, null, NOW));
        assertEquals("enterpriseCode", noEnterprise.field());

        Account investor = new Account("investor9", "投资方", "hash", Set.of(Role.INVESTOR), "ZJJ", "91320684MA1N7Q2K5Q", NOW);
        assertEquals("91320684MA1N7Q2K5Q", investor.getEnterpriseCode());
        assertNull(investor.getDepartmentCode(), "a binding the roles do not need is dropped");
    }

    @Test
    void refusesAnAccountWithoutRolesOrWithABadUserName() {
        assertEquals("roles", assertThrows(RuleViolation.class,
                () -> new Account("officer9", "李明", "hash", Set.of(), null, null, NOW)).field());
        assertEquals("username", assertThrows(RuleViolation.class,
                () -> new Account("Officer 9", "李明", "hash", Set.of(Role.OFFICER), null, null, NOW)).field());
    }

    @Test
    void ruleMessagesSpeakTheUsersLanguage() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> new Account("officer9", "", "hash", Set.of(Role.OFFICER), null, null, NOW));

        assertEquals("Display name is required", violation.getMessage());
        assertEquals("请填写姓名", violation.message(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("Display name is required", violation.message(java.util.Locale.ENGLISH));
    }
}
