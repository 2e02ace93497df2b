package org.projectdesk.acceptance.boundary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The joint completion acceptance figures of a period {@code from}–{@code to} (both days included),
 * for the office as a whole ({@code total}; null for a department window, which gets its own
 * department's row only) and per department, in the order of the combined form. Each figure is
 * defined on {@link AcceptanceFigures}. Pledges are counted as they stood at the end of {@code asOf}:
 * the period's last day, or today while the period runs on.
 */
public record AcceptanceFiguresView(LocalDate from, LocalDate to, LocalDate asOf, Row total, List<Row> departments) {

    /** The figures' names, in the order {@link Row#figures()} gives them. */
    public static final List<String> FIGURES = List.of("applied", "passed", "averageWorkingDays", "fastestWorkingDays",
            "averageCalendarDays", "fastestCalendarDays", "firstVisitRate", "findingsRaised", "findingsClosed", "pledgesOpen",
            "pledgesOverdue");

    /**
     * One line of figures: the whole office's ({@code departmentCode} null) or one department's. Averages
     * have one decimal; the averages, the fastest and the rate are null while nothing passed.
     */
    public record Row(String departmentCode, String name, String nameEn, long applied, long passed,
            Double averageWorkingDays, Integer fastestWorkingDays, Double averageCalendarDays, Integer fastestCalendarDays,
            long passedFirstVisit, Double firstVisitRate, long findingsRaised, long findingsClosed, long pledgesOpen,
            long pledgesOverdue) {

        /** Every figure by name ({@link #FIGURES}, in that order; the counts and the days alike), null where there is none. */
        public Map<String, Number> figures() {
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("applied", applied);
            figures.put("passed", passed);
            figures.put("averageWorkingDays", averageWorkingDays);
            figures.put("fastestWorkingDays", fastestWorkingDays);
            figures.put("averageCalendarDays", averageCalendarDays);
            figures.put("fastestCalendarDays", fastestCalendarDays);
            figures.put("firstVisitRate", firstVisitRate);
            figures.put("findingsRaised", findingsRaised);
            figures.put("findingsClosed", findingsClosed);
            figures.put("pledgesOpen", pledgesOpen);
            figures.put("pledgesOverdue", pledgesOverdue);
            return figures;
        }
    }
}
