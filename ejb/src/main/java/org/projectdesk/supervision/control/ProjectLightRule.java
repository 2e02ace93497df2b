package org.projectdesk.supervision.control;

import java.time.LocalDate;

/**
 * How a project's light follows from its parts: the worst light of its running matters (red for
 * the leadership counts as red here) and of its alarms (an overdue problem is red), and, for a
 * green-channel project whose approvals run, its window of {@code windowFrom}–{@code windowTo}
 * working days from the first acceptance: red once more than {@code windowTo} working days are
 * used, yellow while a running matter is due after the window's last working day.
 * <p>
 * The yellow is judged on due dates the departments are bound to, not on the projected finish:
 * the scan must reach the same verdict in one SQL statement for 100,000 projects, and the forecast
 * is shown beside the window as what it is. The time-limit scan states the rule in SQL
 * ({@code TimeLimitScan#PROJECT_LIGHTS}), the service file and the weekly report call it here;
 * {@code SupervisionIT} holds the scan to it.
 */
public record ProjectLightRule(int windowFrom, int windowTo) {

    /** No light: nothing runs and nothing is wrong. */
    public static final int NONE = -1;

    /** The facts of a green-channel window while approvals run, as working days from the first acceptance. */
    public record Window(int workingDaysUsed, int latestRunningDueDays) {

        /** The window of a project whose first acceptance was on {@code first}; {@code latestRunningDue} may be null. */
        public static Window of(LocalDate first, LocalDate today, LocalDate latestRunningDue,
                LightRule.WorkingDayCount count) {
            return new Window(count.between(first, today),
                    latestRunningDue == null ? 0 : count.between(first, latestRunningDue));
        }
    }

    /** Whether {@code workingDaysUsed} from the first acceptance lie beyond the window's last day. */
    public boolean overrun(int workingDaysUsed) {
        return workingDaysUsed > windowTo;
    }

    /** The window's own level: 2 past its last day, 1 while a running matter is due after it, else 0. */
    public int windowLevel(Window window) {
        return overrun(window.workingDaysUsed()) ? 2 : overrun(window.latestRunningDueDays()) ? 1 : 0;
    }

    /**
     * The project's level, 0 green to 2 red, or {@link #NONE}.
     *
     * @param worstMatterLevel the highest level of its running matters (0–3), or NONE
     * @param alarmLevel       the highest level of its alarms (overdue problems), or NONE
     * @param window           the green-channel window while approvals run after a first acceptance, else null
     */
    public int level(int worstMatterLevel, int alarmLevel, Window window) {
        int level = Math.max(Math.min(worstMatterLevel, 2), Math.min(alarmLevel, 2));
        return window == null ? level : Math.max(level, windowLevel(window));
    }
}
