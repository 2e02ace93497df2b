package org.projectdesk.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProjectLightRuleTest {

    private static final ProjectLightRule RULE = new ProjectLightRule(18, 22);

    @Test
    void withoutAWindowTheProjectTakesItsWorstPartAndTheLeadershipsRedIsRed() {
        assertEquals(ProjectLightRule.NONE, RULE.level(ProjectLightRule.NONE, ProjectLightRule.NONE, null));
        assertEquals(0, RULE.level(0, ProjectLightRule.NONE, null));
        assertEquals(1, RULE.level(1, ProjectLightRule.NONE, null));
        assertEquals(2, RULE.level(3, ProjectLightRule.NONE, null));
        assertEquals(2, RULE.level(0, 2, null), "an overdue problem");
    }

    @Test
    void theWindowIsRedOnceItsLastDayIsPassedAndYellowWhileAMatterIsDueAfterIt() {
        assertEquals(0, RULE.level(ProjectLightRule.NONE, ProjectLightRule.NONE, new ProjectLightRule.Window(22, 22)),
                "the last day of the window is still inside it");
        assertEquals(1, RULE.level(0, ProjectLightRule.NONE, new ProjectLightRule.Window(10, 23)));
        assertEquals(2, RULE.level(0, ProjectLightRule.NONE, new ProjectLightRule.Window(23, 23)));
        assertEquals(2, RULE.level(1, ProjectLightRule.NONE, new ProjectLightRule.Window(23, 0)));
        assertEquals(1, RULE.level(1, ProjectLightRule.NONE, new ProjectLightRule.Window(5, 6)), "the worse part wins");
    }

    @Test
    void theWindowCountsWorkingDaysFromTheFirstAcceptance() {
        LocalDate first = LocalDate.of(2026, 3, 2);
        // A five-day week without holidays: (first, day] holds the weekdays after the first acceptance.
        LightRule.WorkingDayCount weekdays = (from, to) -> (int) from.plusDays(1).datesUntil(to.plusDays(1))
                .filter(d -> d.getDayOfWeek().getValue() < 6).count();
        ProjectLightRule.Window window = ProjectLightRule.Window.of(first, LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 1), weekdays);
        assertEquals(21, window.workingDaysUsed());
        assertEquals(22, window.latestRunningDueDays());
        assertEquals(0, RULE.windowLevel(window));
        assertEquals(1, RULE.windowLevel(ProjectLightRule.Window.of(first, LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 2), weekdays)));
        assertEquals(0, ProjectLightRule.Window.of(first, first, null, weekdays).latestRunningDueDays());
        assertFalse(RULE.overrun(22));
        assertTrue(RULE.overrun(23));
    }
}
