package org.projectdesk.acceptance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.projectdesk.acceptance.control.FiguresCalculator;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.RuleViolation;

/**
 * The joint completion acceptance's figures for a period, per department and for the office as a
 * whole (the leadership's, on the figures page, over REST and in the weekly report). A period runs from
 * {@code from} to {@code to}, both days included, at most {@value #MAX_YEARS} years. The figures:
 * <ul>
 * <li><b>applied</b>: cases applied for in the period ({@code appliedOn} in it), withdrawn ones too;</li>
 * <li><b>passed</b>: cases whose joint opinion was issued in the period ({@code opinionOn} in it),
 *     whenever they were applied for;</li>
 * <li><b>working days</b> of a passed case: the working days from the application to the opinion,
 *     counted as every time limit is, from the day after the application to the opinion's day included
 *     (an opinion on the day of the application takes 0, on the next working day 1); the builder's
 *     rectification time is in it. Its <b>average</b> (one decimal, half up) and <b>fastest</b> (the
 *     least) over the cases passed in the period; the same in <b>calendar days</b> (the opinion's day
 *     minus the application's);</li>
 * <li><b>first-visit pass rate</b>: of the cases passed in the period, the percent (one decimal) whose
 *     every item was settled at the first inspection, with no re-inspection; in a department's row,
 *     whose every item of that department was;</li>
 * <li><b>findings raised</b> and <b>closed</b>: rectification findings (with a deadline; not a pass on
 *     pledge's shortfalls) raised in the period, and closed in it (by the re-inspection);</li>
 * <li><b>pledges open</b>: pledges signed by the period's end and not yet kept at its end; <b>overdue</b>
 *     those of them whose due day was before the end. The end is the period's last day, or today when
 *     that is later (no pledge is known to be kept tomorrow).</li>
 * </ul>
 * A case belongs to every department that has an item in it; a finding and a pledge to the department
 * of their item. The whole office's row counts each case once.
 *
 * <p>Who sees what: the office, leaders and administrators everything; a department window its own
 * department's row only (no total); a town's staff its town's cases only ({@link CallerScope}).
 *
 * <p>How it stays fast at 100,000 projects: nothing is loaded as entities. Three SQL queries group the
 * period's cases, findings and pledges by the facts the figures need and count each group (the
 * period's columns are indexed), so what comes back grows with the distinct days in the period, not
 * with the cases. The working days are then counted by {@link WorkingDayCalendar} once per distinct
 * pair of application and opinion days, rather than as differences of {@code working_day_ordinal}
 * in SQL: the calendar is the one place of working-day arithmetic, answers from memory in constant
 * time, and counts provisional years the same way the time limits do; the few pairs a period has make
 * the SQL twin unnecessary.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.LEADER_NAME, Role.ADMIN_NAME,
        Role.TOWN_NAME})
public class AcceptanceFigures {

    public static final int MAX_YEARS = 5;

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    Catalogue catalogue;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** The figures of {@code from}–{@code to}, as far as the caller may see them. */
    public AcceptanceFiguresView figures(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new RuleViolation("from", "acceptance.figures.from.required");
        }
        if (to == null) {
            throw new RuleViolation("to", "acceptance.figures.to.required");
        }
        if (to.isBefore(from)) {
            throw new RuleViolation("to", "acceptance.figures.to.beforeFrom", to, from);
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw new RuleViolation("to", "acceptance.figures.period.long", from, to, MAX_YEARS);
        }
        CallerScope scope = callers.current();
        Optional<String> department = scope.ownDepartment();
        Optional<String> town = scope.ownTown();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = to.isAfter(today) ? today : to;
        List<FiguresCalculator.CaseRow> cases = new ArrayList<>(caseRows(from, to, department, town));
        if (department.isEmpty()) {
            cases.addAll(wholeCaseRows(from, to, town));
        }
        List<FiguresCalculator.FindingRow> findings = findingRows(from, to, department, town);
        List<FiguresCalculator.PledgeRow> pledges = pledgeRows(asOf, department, town);
        Set<String> codes = new LinkedHashSet<>();
        if (department.isPresent()) {
            codes.add(department.get());
        } else {
            codes.addAll(em.createQuery("select d.departmentCode from ItemDefinition d group by d.departmentCode"
                    + " order by min(d.position)", String.class).getResultList());
            cases.stream().map(FiguresCalculator.CaseRow::departmentCode).filter(java.util.Objects::nonNull).forEach(codes::add);
            findings.forEach(f -> codes.add(f.departmentCode()));
            pledges.forEach(p -> codes.add(p.departmentCode()));
        }
        Map<String, DepartmentView> names = catalogue.departments().stream()
                .collect(Collectors.toMap(DepartmentView::code, Function.identity()));
        List<FiguresCalculator.Department> departments = codes.stream().map(c -> Optional.ofNullable(names.get(c))
                .map(d -> new FiguresCalculator.Department(c, d.name(), d.nameEn()))
                .orElse(new FiguresCalculator.Department(c, c, c))).toList();
        return new FiguresCalculator(calendar::countWorkingDays).compute(from, to, asOf, department.isEmpty(), departments,
                cases, findings, pledges);
    }

    /** Per case and department (a case's department passed at the first visit when none of its items was re-inspected), grouped. */
    private List<FiguresCalculator.CaseRow> caseRows(LocalDate from, LocalDate to, Optional<String> department,
            Optional<String> town) {
        Query query = em.createNativeQuery("""
                SELECT c.department_code, c.applied_on, c.opinion_on, c.first_visit, COUNT(*) FROM (
                  SELECT i.department_code, a.applied_on, a.opinion_on,
                         CASE WHEN MAX(i.round_no) = 1 THEN 1 ELSE 0 END AS first_visit
                  FROM acceptance_case a JOIN acceptance_case_item i ON i.case_id = a.id
                  WHERE (a.applied_on BETWEEN :from AND :to OR a.opinion_on BETWEEN :from AND :to)
                """ + narrowing(department, town) + """
                  GROUP BY a.id, i.department_code, a.applied_on, a.opinion_on) c
                GROUP BY c.department_code, c.applied_on, c.opinion_on, c.first_visit
                """);
        return bind(query, from, to, department, town).stream()
                .map(r -> new FiguresCalculator.CaseRow((String) r[0], day(r[1]), day(r[2]), number(r[3]) == 1, number(r[4])))
                .toList();
    }

    /** Per case as a whole (passed at the first visit: still in the first round), grouped. */
    private List<FiguresCalculator.CaseRow> wholeCaseRows(LocalDate from, LocalDate to, Optional<String> town) {
        Query query = em.createNativeQuery("""
                SELECT a.applied_on, a.opinion_on, CASE WHEN a.round_no = 1 THEN 1 ELSE 0 END, COUNT(*)
                FROM acceptance_case a
                WHERE (a.applied_on BETWEEN :from AND :to OR a.opinion_on BETWEEN :from AND :to)
                """ + narrowing(Optional.empty(), town) + """
                GROUP BY a.applied_on, a.opinion_on, CASE WHEN a.round_no = 1 THEN 1 ELSE 0 END
                """);
        return bind(query, from, to, Optional.empty(), town).stream()
                .map(r -> new FiguresCalculator.CaseRow(null, day(r[0]), day(r[1]), number(r[2]) == 1, number(r[3])))
                .toList();
    }

    private List<FiguresCalculator.FindingRow> findingRows(LocalDate from, LocalDate to, Optional<String> department,
            Optional<String> town) {
        Query query = em.createNativeQuery("""
                SELECT i.department_code, f.raised_on, f.closed_on, COUNT(*)
                FROM acceptance_finding f
                JOIN acceptance_case a ON a.id = f.case_id
                JOIN acceptance_case_item i ON i.case_id = f.case_id AND i.code = f.item_code
                WHERE f.within_days IS NOT NULL
                  AND (f.raised_on BETWEEN :from AND :to OR f.closed_on BETWEEN :from AND :to)
                """ + narrowing(department, town) + """
                GROUP BY i.department_code, f.raised_on, f.closed_on
                """);
        return bind(query, from, to, department, town).stream()
                .map(r -> new FiguresCalculator.FindingRow((String) r[0], day(r[1]), day(r[2]), number(r[3]))).toList();
    }

    private List<FiguresCalculator.PledgeRow> pledgeRows(LocalDate asOf, Optional<String> department, Optional<String> town) {
        Query query = em.createNativeQuery("""
                SELECT i.department_code, p.signed_on, p.due_on, p.fulfilled_on, COUNT(*)
                FROM acceptance_pledge p
                JOIN acceptance_case a ON a.id = p.case_id
                JOIN acceptance_case_item i ON i.case_id = p.case_id AND i.code = p.item_code
                WHERE p.signed_on <= :asOf AND (p.fulfilled_on IS NULL OR p.fulfilled_on > :asOf)
                """ + narrowing(department, town) + """
                GROUP BY i.department_code, p.signed_on, p.due_on, p.fulfilled_on
                """);
        query.setParameter("asOf", asOf);
        department.ifPresent(d -> query.setParameter("department", d));
        town.ifPresent(t -> query.setParameter("town", t));
        return rows(query).stream()
                .map(r -> new FiguresCalculator.PledgeRow((String) r[0], day(r[1]), day(r[2]), day(r[3]), number(r[4])))
                .toList();
    }

    private static String narrowing(Optional<String> department, Optional<String> town) {
        return (department.isPresent() ? "  AND i.department_code = :department\n" : "")
                + (town.isPresent() ? "  AND a.town_code = :town\n" : "");
    }

    private static List<Object[]> bind(Query query, LocalDate from, LocalDate to, Optional<String> department,
            Optional<String> town) {
        query.setParameter("from", from).setParameter("to", to);
        department.ifPresent(d -> query.setParameter("department", d));
        town.ifPresent(t -> query.setParameter("town", t));
        return rows(query);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
