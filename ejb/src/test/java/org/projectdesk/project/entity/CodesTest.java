package org.projectdesk.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.projectdesk.shared.control.RuleViolation;

class CodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"91320684MA1N7Q2K5Q", "91320684MA20RT5B95", "91320684MA1X4L8D5J",
            "91110000600037341L"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertTrue(CreditCode.isValid(code), code);
    }

    @Test
    void namesWhatIsWrongWithABadCreditCode() {
        assertEquals("creditCode.length", assertThrows(RuleViolation.class,
                () -> CreditCode.validated("creditCode", "91320684MA1N7Q2K5")).key());
        assertEquals("creditCode.character", assertThrows(RuleViolation.class,
                () -> CreditCode.validated("creditCode", "91320684MA1N7Q2KIQ")).key());
        RuleViolation check = assertThrows(RuleViolation.class, () -> CreditCode.validated("creditCode", "91320684MA1N7Q2K5R"));
        assertEquals("The check character is 'R' but GB 32100 gives 'Q' for the first 17 characters: the code has a typing error",
                check.getMessage());
        assertEquals("creditCode", check.field());
        assertFalse(CreditCode.isValid(null));
    }

    @Test
    void lowerCaseIsAcceptedAsUpperCase() {
        assertEquals("91320684MA1N7Q2K5Q", CreditCode.validated("creditCode", " 91320684ma1n7q2k5q "));
    }

    @Test
    void checksTheNationalProjectCodeFormat() {
        assertEquals("2026-320684-26-03-012345", ProjectCode.validated("projectCode", "2026-320684-26-03-012345"));
        assertEquals("projectCode.format", assertThrows(RuleViolation.class,
                () -> ProjectCode.validated("projectCode", "2026-320684-26-03-01234")).key());
        assertEquals("projectCode.format", assertThrows(RuleViolation.class,
                () -> ProjectCode.validated("projectCode", "2026/320684/26/03/012345")).key());
        assertEquals("projectCode.year", assertThrows(RuleViolation.class,
                () -> ProjectCode.validated("projectCode", "2009-320684-26-03-012345")).key());
    }
}
