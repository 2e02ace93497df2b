package org.projectdesk.shared.control;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StepDateTest {

    private static final LocalDate TODAY = parse("2026-11-26");

    @Test
    void aDayIsNamedNotInTheFutureAndNotBeforeTheLastStep() {
        RuleViolation missing = assertThrows(RuleViolation.class, () -> StepDate.check(null, TODAY, TODAY));
        assertEquals("on", missing.field());
        assertEquals("Say on which day it happened", missing.message(Locale.ROOT));

        RuleViolation future = assertThrows(RuleViolation.class, () -> StepDate.check(parse("2026-11-27"), TODAY));
        assertEquals("matter.on.future", future.key());
        assertEquals("2026-11-27 is in the future (today is 2026-11-26)", future.message(Locale.ROOT));

        RuleViolation early = assertThrows(RuleViolation.class,
                () -> StepDate.check(parse("2026-11-19"), TODAY, parse("2026-11-20")));
        assertEquals("matter.on.beforeLast", early.key());
        assertArrayEquals(new Object[] {parse("2026-11-19"), parse("2026-11-20")}, early.arguments());
        assertEquals("2026-11-19 is before the matter's last step on 2026-11-20", early.message(Locale.ROOT));
    }

    @Test
    void todayTheLastStepsDayAndAnyPastDayWithoutALastStepAreFine() {
        assertDoesNotThrow(() -> StepDate.check(TODAY, TODAY, TODAY));
        assertDoesNotThrow(() -> StepDate.check(parse("2026-11-20"), TODAY, parse("2026-11-20")));
        // Entered from a paper ledger years later.
        assertDoesNotThrow(() -> StepDate.check(parse("2019-03-01"), TODAY, null));
    }

    @Test
    void anotherFieldIsNamedInTheRefusal() {
        RuleViolation intake = assertThrows(RuleViolation.class,
                () -> StepDate.check("intakeOn", parse("2026-12-01"), TODAY, null));
        assertEquals("intakeOn", intake.field());
        assertEquals("matter.on.future", intake.key());
    }
}
