package org.projectdesk.calendar.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.projectdesk.calendar.control.WorkingDays;

/**
 * The names of a view's computed dates that are provisional, as views carry them
 * ({@code "provisional": ["dueOn", "plannedFinish"]}), judged against one calendar index.
 */
public final class ProvisionalDates {

    private final WorkingDays index;
    private final List<String> names = new ArrayList<>();

    ProvisionalDates(WorkingDays index) {
        this.index = index;
    }

    /** Notes {@code name} when {@code computed} is provisional; a null date is not. */
    public ProvisionalDates check(String name, LocalDate computed) {
        if (index.isProvisional(computed)) {
            names.add(name);
        }
        return this;
    }

    public List<String> names() {
        return List.copyOf(names);
    }
}
