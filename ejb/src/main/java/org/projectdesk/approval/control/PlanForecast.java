package org.projectdesk.approval.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.control.YearNotLoaded;

/**
 * When a plan's last matter is expected to be decided, from the facts so far: a decided matter on
 * its decision day, a running one on its due date, one not yet filed its limit after today or after
 * its prerequisites, whichever is later; and never before a matter still to be decided is planned to
 * finish.
 */
public final class PlanForecast {

    private final BiFunction<LocalDate, Integer, LocalDate> addWorkingDays;
    private final LocalDate today;

    /** {@code addWorkingDays}: the working-day calendar's (a day N working days after another). */
    public PlanForecast(BiFunction<LocalDate, Integer, LocalDate> addWorkingDays, LocalDate today) {
        this.addWorkingDays = addWorkingDays;
        this.today = today;
    }

    /** The projected finish of the planned matters (dropped and halted ones left out); null only when that needs a year past the calendar. */
    public LocalDate projectedFinish(List<Matter> planned) {
        Map<String, Matter> byCode = new HashMap<>();
        planned.forEach(m -> byCode.put(m.getCategoryCode(), m));
        Map<String, LocalDate> finish = new HashMap<>();
        try {
            LocalDate last = null;
            for (Matter m : planned) {
                LocalDate f = finishOf(m, byCode, finish, new HashSet<>());
                last = last == null || f.isAfter(last) ? f : last;
                LocalDate plan = m.getStatus().isFinished() || m.getStatus() == MatterStatus.SIMULATED ? null : m.getPlannedFinish();
                last = plan != null && plan.isAfter(last) ? plan : last;
            }
            return last;
        } catch (YearNotLoaded e) {
            return null;
        }
    }

    private LocalDate finishOf(Matter m, Map<String, Matter> byCode, Map<String, LocalDate> finish, Set<String> path) {
        LocalDate known = finish.get(m.getCategoryCode());
        if (known != null) {
            return known;
        }
        path.add(m.getCategoryCode());
        LocalDate result = switch (m.getStatus()) {
            case APPROVED, RETURNED -> m.getDecidedOn();
            case SIMULATED -> m.getSimulatedOn();
            case ACCEPTED, IN_REVIEW -> m.getDueOn();
            default -> {
                LocalDate start = today;
                for (String prerequisite : m.getPrerequisites()) {
                    Matter before = byCode.get(prerequisite);
                    if (before != null && !path.contains(prerequisite)) {
                        LocalDate done = finishOf(before, byCode, finish, path);
                        start = done.isAfter(start) ? done : start;
                    }
                }
                yield addWorkingDays.apply(start, m.limitDays());
            }
        };
        // Off the path once done: a prerequisite met again on another branch is read from finish,
        // not skipped as if it were a cycle (which made the projection two days short).
        path.remove(m.getCategoryCode());
        finish.put(m.getCategoryCode(), result);
        return result;
    }
}
