package org.projectdesk.project.entity;

import java.util.Locale;
import org.projectdesk.shared.control.RuleViolation;

/**
 * The 18-character unified social credit code of an organisation (统一社会信用代码, GB 32100-2015):
 * registration authority, organisation type, the 6-digit administrative division, the 9-character
 * organisation code, and a check character computed over the first 17 with weights 3^i mod 31.
 */
public final class CreditCode {

    /** The 31 characters the standard allows (no I, O, Z, S, V), in the order of their values 0–30. */
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** The code in upper case when it is valid; otherwise a rule violation naming the field and the reason. */
    public static String validated(String field, String code) {
        String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (value.length() != 18) {
            throw new RuleViolation(field, "creditCode.length", value.length());
        }
        for (int i = 0; i < 18; i++) {
            if (CHARACTERS.indexOf(value.charAt(i)) < 0) {
                throw new RuleViolation(field, "creditCode.character", String.valueOf(value.charAt(i)), i + 1);
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new RuleViolation(field, "creditCode.check", String.valueOf(value.charAt(17)), String.valueOf(expected));
        }
        return value;
    }

    public static boolean isValid(String code) {
        try {
            validated("creditCode", code);
            return true;
        } catch (RuleViolation e) {
            return false;
        }
    }

    /** The full code for the first 17 characters, with its check character. */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARACTERS.charAt(check == 31 ? 0 : check);
    }
}
