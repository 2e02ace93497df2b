package org.projectdesk.report.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView;

/**
 * The figures of one weekly progress report, as the page, the exports and the API give them. Counts
 * of the week are of its days up to {@code to}; states are as they stood at the end of {@code to}.
 * {@code changes}: each count minus the same count of the week before. {@code projects}: the
 * riskiest {@value #MOST_LISTED} of the {@code projectsTotal} projects in progress. {@code acceptance}: the
 * joint completion acceptance of the week beside the week before (null in a report kept before it was reported).
 */
public record WeeklyFigures(String week, LocalDate from, LocalDate to, boolean complete,
        long projectsAccepted, long projectsNew, BigDecimal totalInvestmentYi,
        long meetingsHeld, long meetingProjects, long visits, long visitProjects,
        long approvalsCompleted, long constructionStarted, long preparingToStart, long inApproval, long paused,
        Double averageStatutoryDays, Double averagePromisedDays, Double averageElapsedDays,
        long mattersApproved, long redMatters, long yellowMatters,
        long problemsOpened, long problemsResolved, long extendedHoursServices, long overtimeServices,
        List<GreenChannelRow> greenChannel, long greenChannelTotal, List<DepartmentRow> departments,
        List<ProjectRow> projects, long projectsTotal, Map<String, Number> changes, AcceptanceWeek acceptance) {

    /**
     * The progress table lists at most this many projects, the riskiest ({@code projectsTotal} says how
     * many there are); the green-channel table as many, the longest running first.
     */
    public static final int MOST_LISTED = 500;

    /** A green-channel project against its window of working days from the first acceptance. */
    public record GreenChannelRow(String fileNo, String name, int elapsedDays, int windowFrom, int windowTo, String state) {
    }

    /** {@code onTimeRate}: percent of the week's decisions made by their due day; null without decisions. */
    public record DepartmentRow(String code, String name, String nameEn, long decided, long onTime, Double onTimeRate,
            long red, long yellow) {
    }

    /** One project's progress; {@code light} 0 green, 1 yellow, 2 red, null with nothing running. */
    public record ProjectRow(String fileNo, String name, String officer, String stage, long approved, long total,
            long red, long yellow, int statutoryDays, int promisedDays, Integer elapsedDays, Integer light) {
    }

    /**
     * 联合竣工验收: the whole office's acceptance figures of the week and of the week before, each figure's change
     * (this week's minus last week's, only where both have one), and each department's figures of the week.
     */
    public record AcceptanceWeek(AcceptanceFiguresView.Row thisWeek, AcceptanceFiguresView.Row lastWeek,
            Map<String, Number> changes, List<AcceptanceFiguresView.Row> departments) {
    }

    /** The counts that have a week-over-week change, by name. */
    public Map<String, Number> counts() {
        Map<String, Number> counts = new java.util.LinkedHashMap<>();
        counts.put("projectsAccepted", projectsAccepted);
        counts.put("projectsNew", projectsNew);
        counts.put("totalInvestmentYi", totalInvestmentYi);
        counts.put("meetingsHeld", meetingsHeld);
        counts.put("meetingProjects", meetingProjects);
        counts.put("visits", visits);
        counts.put("visitProjects", visitProjects);
        counts.put("approvalsCompleted", approvalsCompleted);
        counts.put("constructionStarted", constructionStarted);
        counts.put("preparingToStart", preparingToStart);
        counts.put("inApproval", inApproval);
        counts.put("paused", paused);
        counts.put("mattersApproved", mattersApproved);
        counts.put("redMatters", redMatters);
        counts.put("yellowMatters", yellowMatters);
        counts.put("problemsOpened", problemsOpened);
        counts.put("problemsResolved", problemsResolved);
        counts.put("extendedHoursServices", extendedHoursServices);
        counts.put("overtimeServices", overtimeServices);
        return counts;
    }

    public WeeklyFigures withChanges(Map<String, Number> weekOverWeek) {
        return new WeeklyFigures(week, from, to, complete, projectsAccepted, projectsNew, totalInvestmentYi, meetingsHeld,
                meetingProjects, visits, visitProjects, approvalsCompleted, constructionStarted, preparingToStart,
                inApproval, paused, averageStatutoryDays, averagePromisedDays, averageElapsedDays, mattersApproved,
                redMatters, yellowMatters, problemsOpened, problemsResolved, extendedHoursServices, overtimeServices,
                greenChannel, greenChannelTotal, departments, projects, projectsTotal, weekOverWeek, acceptance);
    }

    public WeeklyFigures withAcceptance(AcceptanceWeek week) {
        return new WeeklyFigures(this.week, from, to, complete, projectsAccepted, projectsNew, totalInvestmentYi, meetingsHeld,
                meetingProjects, visits, visitProjects, approvalsCompleted, constructionStarted, preparingToStart,
                inApproval, paused, averageStatutoryDays, averagePromisedDays, averageElapsedDays, mattersApproved,
                redMatters, yellowMatters, problemsOpened, problemsResolved, extendedHoursServices, overtimeServices,
                greenChannel, greenChannelTotal, departments, projects, projectsTotal, changes, week);
    }
}
