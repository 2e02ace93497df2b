package org.projectdesk.shared.control;

import java.time.LocalDate;

/**
 * The rule for the day a step happened, the same for every dated step the office records (a matter's
 * step, a project's tracking step, a progress note, a visit, a material received, a service given):
 * the day is named, it is not after today, and it is not before the step it follows. A day in the
 * past is fine: steps are entered from paper ledgers. A refusal names the field {@code on} unless
 * the caller names another, with the keys {@code matter.on.required}, {@code matter.on.future} and
 * {@code matter.on.beforeLast}.
 */
public final class StepDate {

    private StepDate() {
    }

    /** Refuses a day that is missing or after {@code today}. */
    public static void check(LocalDate on, LocalDate today) {
        check("on", on, today, null);
    }

    /** Refuses as {@link #check(LocalDate, LocalDate)} does, and a day before {@code lastStepOn} (none when null). */
    public static void check(LocalDate on, LocalDate today, LocalDate lastStepOn) {
        check("on", on, today, lastStepOn);
    }

    /** The same rule for a day entered in another field than {@code on}. */
    public static void check(String field, LocalDate on, LocalDate today, LocalDate lastStepOn) {
        if (on == null) {
            throw missing(field);
        }
        if (on.isAfter(today)) {
            throw new RuleViolation(field, "matter.on.future", on, today);
        }
        if (lastStepOn != null && on.isBefore(lastStepOn)) {
            throw new RuleViolation(field, "matter.on.beforeLast", on, lastStepOn);
        }
    }

    /** The refusal of a step that names no day at all (or comes without a body to name it in). */
    public static RuleViolation missing(String field) {
        return new RuleViolation(field, "matter.on.required");
    }
}
