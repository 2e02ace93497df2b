package org.projectdesk.supervision.control;

import java.time.LocalDate;
import org.projectdesk.supervision.boundary.MatterLight;
import org.projectdesk.supervision.entity.Light;

/**
 * How a running matter's light follows from the working days left on its limit. Yellow when at
 * most {@code yellowDays} working days, or at most {@code yellowPercent} % of the limit, remain;
 * red once the due date has passed; red for more than {@code leadershipAfterDays} working days
 * reaches the leadership. A matter done on the spot (a limit of 0 days) stays green on its day. The
 * time-limit scan states the same rule in SQL
 * ({@link TimeLimitScan#level}); a test holds the two together.
 */
public record LightRule(int yellowDays, int yellowPercent, int leadershipAfterDays) {

    /** Working days in (from, to], as the calendar counts them. */
    @FunctionalInterface
    public interface WorkingDayCount {
        int between(LocalDate from, LocalDate to);
    }

    /** The light of a matter whose clock runs, due on {@code due}, judged on {@code today}. */
    public MatterLight judge(LocalDate today, LocalDate due, LocalDate statutoryDue, int limitDays, WorkingDayCount count) {
        boolean overdue = today.isAfter(due);
        int days = overdue ? count.between(due, today) : count.between(today, due);
        int level = level(overdue, days, limitDays);
        return new MatterLight(Light.ofLevel(level), level, overdue ? -days : days,
                statutoryDue != null && today.isAfter(statutoryDue));
    }

    /**
     * The alert level (0 green, 1 yellow, 2 red, 3 red for the leadership).
     *
     * @param overdue      whether the due date is behind today
     * @param workingDays  working days left until the due date, or, when overdue, working days since it
     * @param limitDays    the matter's limit in working days
     */
    public int level(boolean overdue, int workingDays, int limitDays) {
        if (overdue) {
            return workingDays > leadershipAfterDays ? 3 : 2;
        }
        // Done on the spot (即办件, a limit of 0): due the day it is accepted, which is its promise, not a warning.
        if (limitDays == 0) {
            return 0;
        }
        return workingDays <= yellowDays || workingDays * 100 <= yellowPercent * limitDays ? 1 : 0;
    }
}
