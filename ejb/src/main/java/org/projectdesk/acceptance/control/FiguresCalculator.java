package org.projectdesk.acceptance.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView;

/**
 * Computes the acceptance figures of a period from grouped rows: a pure function (the definitions are
 * on {@code AcceptanceFigures}). The database groups the cases, findings and pledges by the facts that
 * matter here (a department, the days, whether a case passed at the first visit) and counts each group;
 * this class decides which of them fall in the period and counts the working days of each pair of
 * application and opinion days once, whatever the number of cases that share it. A row may reach
 * beyond the period (the queries only bound what they read): what counts is decided here alone.
 */
public final class FiguresCalculator {

    /** A department in the order of the combined form. */
    public record Department(String code, String name, String nameEn) {
    }

    /**
     * {@code cases} cases of a department ({@code departmentCode} null: the cases as a whole, each
     * counted once) applied for on {@code appliedOn} and given their opinion on {@code opinionOn}
     * (null: not passed), {@code firstVisit} when passed without a re-inspection (of the department's
     * items; of any item for the whole).
     */
    public record CaseRow(String departmentCode, LocalDate appliedOn, LocalDate opinionOn, boolean firstVisit, long cases) {
    }

    /** {@code findings} rectification findings of a department's items raised and closed (null: not yet) on those days. */
    public record FindingRow(String departmentCode, LocalDate raisedOn, LocalDate closedOn, long findings) {
    }

    /** {@code pledges} pledges on a department's items signed, due and kept (null: not yet) on those days. */
    public record PledgeRow(String departmentCode, LocalDate signedOn, LocalDate dueOn, LocalDate fulfilledOn, long pledges) {
    }

    /** Working days in (from, to], as the calendar counts them. */
    @FunctionalInterface
    public interface WorkingDayCount {
        int between(LocalDate from, LocalDate to);
    }

    private final WorkingDayCount count;

    public FiguresCalculator(WorkingDayCount count) {
        this.count = count;
    }

    /**
     * The figures of {@code from}–{@code to} with pledges as at {@code asOf}; the whole office's row
     * when {@code withTotal}, and one row for each of {@code departments} (in that order).
     */
    public AcceptanceFiguresView compute(LocalDate from, LocalDate to, LocalDate asOf, boolean withTotal,
            List<Department> departments, List<CaseRow> cases, List<FindingRow> findings, List<PledgeRow> pledges) {
        AcceptanceFiguresView.Row total = withTotal
                ? row(null, null, null, from, to, asOf, cases.stream().filter(c -> c.departmentCode() == null).toList(),
                        findings, pledges)
                : null;
        List<AcceptanceFiguresView.Row> rows = new ArrayList<>();
        for (Department d : departments) {
            rows.add(row(d.code(), d.name(), d.nameEn(), from, to, asOf,
                    cases.stream().filter(c -> d.code().equals(c.departmentCode())).toList(),
                    findings.stream().filter(f -> d.code().equals(f.departmentCode())).toList(),
                    pledges.stream().filter(p -> d.code().equals(p.departmentCode())).toList()));
        }
        return new AcceptanceFiguresView(from, to, asOf, total, rows);
    }

    private AcceptanceFiguresView.Row row(String code, String name, String nameEn, LocalDate from, LocalDate to,
            LocalDate asOf, List<CaseRow> cases, List<FindingRow> findings, List<PledgeRow> pledges) {
        long applied = 0;
        long passed = 0;
        long firstVisit = 0;
        long workingDays = 0;
        long calendarDays = 0;
        Integer fastestWorking = null;
        Integer fastestCalendar = null;
        for (CaseRow c : cases) {
            if (within(c.appliedOn(), from, to)) {
                applied += c.cases();
            }
            if (within(c.opinionOn(), from, to)) {
                int working = count.between(c.appliedOn(), c.opinionOn());
                int calendar = (int) ChronoUnit.DAYS.between(c.appliedOn(), c.opinionOn());
                passed += c.cases();
                firstVisit += c.firstVisit() ? c.cases() : 0;
                workingDays += (long) working * c.cases();
                calendarDays += (long) calendar * c.cases();
                fastestWorking = fastestWorking == null ? working : Math.min(fastestWorking, working);
                fastestCalendar = fastestCalendar == null ? calendar : Math.min(fastestCalendar, calendar);
            }
        }
        long raised = findings.stream().filter(f -> within(f.raisedOn(), from, to)).mapToLong(FindingRow::findings).sum();
        long closed = findings.stream().filter(f -> within(f.closedOn(), from, to)).mapToLong(FindingRow::findings).sum();
        List<PledgeRow> open = pledges.stream().filter(p -> !p.signedOn().isAfter(asOf)
                && (p.fulfilledOn() == null || p.fulfilledOn().isAfter(asOf))).toList();
        long pledgesOpen = open.stream().mapToLong(PledgeRow::pledges).sum();
        long overdue = open.stream().filter(p -> p.dueOn().isBefore(asOf)).mapToLong(PledgeRow::pledges).sum();
        return new AcceptanceFiguresView.Row(code, name, nameEn, applied, passed,
                passed == 0 ? null : round((double) workingDays / passed), fastestWorking,
                passed == 0 ? null : round((double) calendarDays / passed), fastestCalendar,
                firstVisit, passed == 0 ? null : round(100.0 * firstVisit / passed), raised, closed, pledgesOpen, overdue);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
