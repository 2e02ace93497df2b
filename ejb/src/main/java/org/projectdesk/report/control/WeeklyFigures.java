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
 * {@code towns}: each town's figures ({@link TownRow}) in the towns' list order, an inactive town only when it has
 * one; {@code townsTotal}: the city's, over every town (both null in a report kept before they were reported).
 */
public record WeeklyFigures(String week, LocalDate from, LocalDate to, boolean complete,
        long projectsAccepted, long projectsNew, BigDecimal totalInvestmentYi,
        long meetingsHeld, long meetingProjects, long visits, long visitProjects,
        long approvalsCompleted, long constructionStarted, long preparingToStart, long inApproval, long paused,
        Double averageStatutoryDays, Double averagePromisedDays, Double averageElapsedDays,
        long mattersApproved, long redMatters, long yellowMatters,
        long problemsOpened, long problemsResolved, long extendedHoursServices, long overtimeServices,
        List<GreenChannelRow> greenChannel, long greenChannelTotal, List<DepartmentRow> departments,
        List<ProjectRow> projects, long projectsTotal, Map<String, Number> changes, AcceptanceWeek acceptance,
        List<TownRow> towns, TownRow townsTotal) {

    /**
     * The progress table lists at most this many projects, the riskiest ({@code projectsTotal} says how
     * many there are); the green-channel table as many, the longest running first.
     */
    public static final int MOST_LISTED = 500;

    /** A green-channel project against its window of working days from the first acceptance. */
    public record GreenChannelRow(String fileNo, String name, int elapsedDays, int windowFrom, int windowTo, String state,
            String town) {
    }

    /** {@code onTimeRate}: percent of the week's decisions made by their due day; null without decisions. */
    public record DepartmentRow(String code, String name, String nameEn, long decided, long onTime, Double onTimeRate,
            long red, long yellow) {
    }

    /** One project's progress; {@code light} 0 green, 1 yellow, 2 red, null with nothing running. */
    public record ProjectRow(String fileNo, String name, String officer, String stage, long approved, long total,
            long red, long yellow, int statutoryDays, int promisedDays, Integer elapsedDays, Integer light, String town) {
    }

    /**
     * One town's figures (区镇), or the city's ({@code code} null), at the end of {@code to}: {@code projects} taken in
     * and not withdrawn; {@code investmentYi} theirs, in 亿元; {@code inApproval} of them in approval (as the city's
     * figure counts it); {@code started} of them with construction started on or before that day; {@code red} running
     * matters of them red that day; {@code referrals} the town registered within the week (from {@code from}).
     */
    public record TownRow(String code, String name, String nameEn, long projects, BigDecimal investmentYi, long inApproval,
            long started, long red, long referrals) {

        public boolean hasFigures() {
            return projects > 0 || inApproval > 0 || started > 0 || red > 0 || referrals > 0
                    || investmentYi != null && investmentYi.signum() != 0;
        }
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
                greenChannel, greenChannelTotal, departments, projects, projectsTotal, weekOverWeek, acceptance, towns, townsTotal);
    }

    public WeeklyFigures withAcceptance(AcceptanceWeek week) {
        return new WeeklyFigures(this.week, from, to, complete, projectsAccepted, projectsNew, totalInvestmentYi, meetingsHeld,
                meetingProjects, visits, visitProjects, approvalsCompleted, constructionStarted, preparingToStart,
                inApproval, paused, averageStatutoryDays, averagePromisedDays, averageElapsedDays, mattersApproved,
                redMatters, yellowMatters, problemsOpened, problemsResolved, extendedHoursServices, overtimeServices,
                greenChannel, greenChannelTotal, departments, projects, projectsTotal, changes, week, towns, townsTotal);
    }

    /**
     * The report as a reader of one town's figures sees it: the city's figures and totals as they are, the town's own
     * row of the towns table and no other, and the project lists narrowed to the town's projects ({@code projectsTotal}
     * its projects in progress). A report kept before the towns were reported has no town's row and no project of it.
     */
    public WeeklyFigures ofTown(String town) {
        List<TownRow> own = towns == null ? null : towns.stream().filter(t -> town.equals(t.code())).toList();
        List<ProjectRow> ownProjects = projects.stream().filter(p -> town.equals(p.town())).toList();
        List<GreenChannelRow> ownGreen = greenChannel.stream().filter(g -> town.equals(g.town())).toList();
        long ownTotal = own == null || own.isEmpty() ? ownProjects.size() : own.get(0).projects();
        return new WeeklyFigures(week, from, to, complete, projectsAccepted, projectsNew, totalInvestmentYi, meetingsHeld,
                meetingProjects, visits, visitProjects, approvalsCompleted, constructionStarted, preparingToStart,
                inApproval, paused, averageStatutoryDays, averagePromisedDays, averageElapsedDays, mattersApproved,
                redMatters, yellowMatters, problemsOpened, problemsResolved, extendedHoursServices, overtimeServices,
                ownGreen, ownGreen.size(), departments, ownProjects, ownTotal, changes, acceptance, own, townsTotal);
    }
}
