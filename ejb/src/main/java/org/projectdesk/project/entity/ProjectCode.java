package org.projectdesk.project.entity;

import java.util.regex.Pattern;
import org.projectdesk.shared.control.RuleViolation;

/**
 * The national investment project code (全国投资项目在线审批监管平台项目代码): 24 characters,
 * {@code YYYY-AAAAAA-BB-CC-NNNNNN} — year of registration, 6-digit administrative division,
 * 2-digit industry, 2-digit management type, 6-digit serial number.
 */
public final class ProjectCode {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{6})-(\\d{2})-(\\d{2})-(\\d{6})");

    private ProjectCode() {
    }

    public static String validated(String field, String code) {
        String value = code == null ? "" : code.strip();
        var match = FORMAT.matcher(value);
        if (value.length() != 24 || !match.matches()) {
            throw new RuleViolation(field, "projectCode.format", value);
        }
        int year = Integer.parseInt(match.group(1));
        if (year < 2014 || year > 2099) {
            throw new RuleViolation(field, "projectCode.year", year);
        }
        return value;
    }
}
