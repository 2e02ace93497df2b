package org.projectdesk.calendar.boundary;

import java.util.List;
import java.util.SortedSet;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.shared.control.ImportProblem;

/**
 * What importing a holiday file would do (or did): the years it holds (and which of them it would
 * replace), its listed days, every stored date it moves, or every problem that stops it.
 */
public record CalendarImport(SortedSet<Integer> years, SortedSet<Integer> replacing, List<HolidaySchedule.Entry> entries,
        List<ImportProblem> problems, List<DateMove> moves) {

    public boolean isApplicable() {
        return problems.isEmpty() && !entries.isEmpty();
    }
}
