package org.projectdesk.report.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeekInProgressTest {

    @Test
    void oneBackgroundMakingAtATimeAndTheNextOnceItIsOver() {
        WeekInProgress week = new WeekInProgress();

        assertTrue(week.mayMakeInBackground(), "the first scan's making");
        assertFalse(week.mayMakeInBackground(), "a second scan while the first making runs");
        assertFalse(week.mayMakeInBackground(), "and a third");
        week.madeInBackground();
        assertTrue(week.mayMakeInBackground(), "the scan after the making ended");
    }
}
