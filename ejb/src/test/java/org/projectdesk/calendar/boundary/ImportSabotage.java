package org.projectdesk.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Fails the next import at its very end, after the dates were moved and the year stored, inside its
 * transaction: how a database error or a crash there would, to prove that nothing of it stays.
 */
@ApplicationScoped
public class ImportSabotage {

    private volatile boolean armed;

    public void armOnce() {
        armed = true;
    }

    void failWhenArmed(@Observes CalendarChanged change) {
        if (armed) {
            armed = false;
            throw new IllegalStateException("sabotaged after loading " + change.years());
        }
    }
}
