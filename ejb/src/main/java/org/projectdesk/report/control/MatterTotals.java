package org.projectdesk.report.control;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the matters of the projects a week follows come to on its last day: each project's plan, each department's
 * counts, the matters approved in the week. Computed from rows by {@link WeeklyCalculator} (its definition) or in
 * the database by {@link WeeklyMatterTotals}, which gives the same totals without moving two million rows.
 *
 * @param departments by department code: {decided in the week, of them on time, running red, running yellow}
 */
public record MatterTotals(Map<Long, Plan> plans, Map<String, long[]> departments, long approved) {

    /** What the matters of one project come to; a project without matters has an empty plan. */
    static final class Plan {
        int planned;
        int decided;
        int approved;
        int statutoryDays;
        int promisedDays;
        LocalDate firstAccepted;
        LocalDate lastDecision;
        LocalDate latestRunningDue;
        long red;
        long yellow;
        /** The highest level of its running matters (0 to 3), null with none running. */
        Integer light;

        boolean complete() {
            return planned > 0 && decided == planned;
        }
    }

    Plan plan(long projectId) {
        Plan plan = plans.get(projectId);
        return plan == null ? new Plan() : plan;
    }
}
