package org.projectdesk.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.projectdesk.shared.control.Database;
import org.projectdesk.shared.control.WholeTableReads;
import org.projectdesk.supervision.control.LightRule;

/**
 * {@link MatterTotals} in the database: two grouped statements (by project, by department) that read every matter
 * once for all the weeks asked for, instead of two million rows streamed into Java once per week. The definitions
 * are {@link WeeklyCalculator#totals}'s word for word, with working days counted as differences of
 * {@code working_day_ordinal} rows and the light of a running matter by {@link LightRule} as the time-limit scan
 * states it; WeeklyReportsIT holds the two ways to the same totals. Plain SQL that H2 and PostgreSQL read alike.
 */
@Dependent
public class WeeklyMatterTotals {

    /** A week's days, from its Monday to {@code end} (its Sunday, or today). */
    public record Span(LocalDate from, LocalDate end) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Database database;

    /** The project is followed on {@code end}: taken in by then and not withdrawn by then. */
    private static String active(int i) {
        return ("(p.intake_on <= :end%1$d AND NOT (p.status = 'WITHDRAWN' AND p.status_changed_on IS NOT NULL"
                + " AND p.status_changed_on <= :end%1$d))").formatted(i);
    }

    private static final String DECISION = "(CASE WHEN m.status = 'HALTED' THEN m.halted_on ELSE m.decided_on END)";

    /** Decided (approved, returned, halted) on or before {@code end}: never NULL, as it is also negated. */
    private static String decided(int i) {
        return "(m.status IN ('APPROVED', 'RETURNED', 'HALTED') AND %1$s IS NOT NULL AND %1$s <= :end%2$d)".formatted(DECISION, i);
    }

    /** Accepted by {@code end}, with a due date, not decided by then, not halted nor simulated: its clock runs. */
    private static String running(int i) {
        return ("(m.accepted_on <= :end%1$d AND m.due_on IS NOT NULL AND m.status NOT IN ('HALTED', 'SIMULATED')"
                + " AND NOT %2$s)").formatted(i, decided(i));
    }

    /** {@link LightRule#judge} on {@code end} for a running matter; {@code d} is its due date's ordinal row. */
    private static String level(int i) {
        String limit = "(CASE WHEN m.green_channel THEN m.green_channel_days ELSE m.promised_days END)";
        return """
                (CASE WHEN m.due_on < :end%1$d THEN (CASE WHEN :endOrdinal%1$d - d.ordinal > :leadershipAfterDays THEN 3 ELSE 2 END)
                      WHEN %2$s = 0 THEN 0
                      WHEN d.ordinal - :endOrdinal%1$d <= :yellowDays
                        OR (d.ordinal - :endOrdinal%1$d) * 100 <= :yellowPercent * %2$s THEN 1
                      ELSE 0 END)""".formatted(i, limit);
    }

    private static String when(String condition, String value) {
        return "CASE WHEN " + condition + " THEN " + value + " END";
    }

    private static String count(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    private static String projectColumns(int i) {
        String a = active(i);
        String d = a + " AND " + decided(i);
        String r = a + " AND " + running(i);
        return String.join(",\n", count(a), count(d), count(d + " AND m.status = 'APPROVED'"),
                "SUM(" + when(a, "m.statutory_days") + ")", "SUM(" + when(a, "m.promised_days") + ")",
                "MIN(" + when(a + " AND m.accepted_on <= :end" + i, "m.accepted_on") + ")",
                "MAX(" + when(d, DECISION) + ")",
                "MAX(" + when(r, "m.due_on") + ")",
                count(r + " AND " + level(i) + " >= 2"), count(r + " AND " + level(i) + " = 1"),
                "MAX(" + when(r, level(i)) + ")");
    }

    private static String departmentColumns(int i) {
        String a = active(i);
        String r = a + " AND " + running(i);
        String decidedInWeek = a + " AND m.status IN ('APPROVED', 'RETURNED') AND m.decided_on >= :from%1$d AND m.decided_on <= :end%1$d"
                .formatted(i);
        return String.join(",\n", count(decidedInWeek),
                count(decidedInWeek + " AND (m.due_on IS NULL OR m.decided_on <= m.due_on)"),
                count(r + " AND " + level(i) + " >= 2"), count(r + " AND " + level(i) + " = 1"),
                count(decidedInWeek.replace("IN ('APPROVED', 'RETURNED')", "= 'APPROVED'")));
    }

    private static final String FROM = """
             FROM approval_matter m JOIN project p ON p.id = m.project_id
             LEFT JOIN working_day_ordinal d ON d.day_on = m.due_on
             WHERE m.status <> 'DROPPED' AND p.intake_on <= :latest""";

    /**
     * The totals of each span, in order; empty when a span's last day lies outside the loaded calendar (the
     * rows' way then says what is wrong).
     */
    public Optional<List<MatterTotals>> of(List<Span> spans, LightRule rule) {
        List<Integer> endOrdinals = new ArrayList<>();
        for (Span span : spans) {
            Number ordinal = (Number) em.createNativeQuery("SELECT ordinal FROM working_day_ordinal WHERE day_on = :day")
                    .setParameter("day", span.end()).getResultList().stream().findFirst().orElse(null);
            if (ordinal == null) {
                return Optional.empty();
            }
            endOrdinals.add(ordinal.intValue());
        }
        WholeTableReads.prepare(em, database.kind());
        List<Integer> indexes = IntStream.range(0, spans.size()).boxed().toList();
        Query byProject = bind(em.createNativeQuery("SELECT m.project_id,\n"
                + indexes.stream().map(WeeklyMatterTotals::projectColumns).collect(Collectors.joining(",\n"))
                + FROM + " GROUP BY m.project_id"), spans, endOrdinals, rule, false);
        Query byDepartment = bind(em.createNativeQuery("SELECT m.department_code,\n"
                + indexes.stream().map(WeeklyMatterTotals::departmentColumns).collect(Collectors.joining(",\n"))
                + FROM + " GROUP BY m.department_code"), spans, endOrdinals, rule, true);

        List<Map<Long, MatterTotals.Plan>> plans = indexes.stream().map(i -> (Map<Long, MatterTotals.Plan>) new HashMap<Long, MatterTotals.Plan>())
                .toList();
        for (Object row : byProject.getResultList()) {
            Object[] r = (Object[]) row;
            for (int i : indexes) {
                int c = 1 + i * 11;
                if (number(r[c]) == 0) {
                    continue;
                }
                MatterTotals.Plan plan = new MatterTotals.Plan();
                plan.planned = number(r[c]);
                plan.decided = number(r[c + 1]);
                plan.approved = number(r[c + 2]);
                plan.statutoryDays = number(r[c + 3]);
                plan.promisedDays = number(r[c + 4]);
                plan.firstAccepted = day(r[c + 5]);
                plan.lastDecision = day(r[c + 6]);
                plan.latestRunningDue = day(r[c + 7]);
                plan.red = number(r[c + 8]);
                plan.yellow = number(r[c + 9]);
                plan.light = r[c + 10] == null ? null : number(r[c + 10]);
                plans.get(i).put(((Number) r[0]).longValue(), plan);
            }
        }
        List<Map<String, long[]>> departments = indexes.stream().map(i -> (Map<String, long[]>) new HashMap<String, long[]>()).toList();
        long[] approved = new long[spans.size()];
        for (Object row : byDepartment.getResultList()) {
            Object[] r = (Object[]) row;
            for (int i : indexes) {
                int c = 1 + i * 5;
                departments.get(i).put((String) r[0], new long[] {number(r[c]), number(r[c + 1]), number(r[c + 2]), number(r[c + 3])});
                approved[i] += number(r[c + 4]);
            }
        }
        return Optional.of(indexes.stream().map(i -> new MatterTotals(plans.get(i), departments.get(i), approved[i])).toList());
    }

    private static Query bind(Query query, List<Span> spans, List<Integer> endOrdinals, LightRule rule, boolean withFrom) {
        for (int i = 0; i < spans.size(); i++) {
            if (withFrom) {
                query.setParameter("from" + i, spans.get(i).from());
            }
            query.setParameter("end" + i, spans.get(i).end());
            query.setParameter("endOrdinal" + i, endOrdinals.get(i));
        }
        LocalDate latest = spans.stream().map(Span::end).max(LocalDate::compareTo).orElseThrow();
        return query.setParameter("latest", latest).setParameter("yellowDays", rule.yellowDays())
                .setParameter("yellowPercent", rule.yellowPercent()).setParameter("leadershipAfterDays", rule.leadershipAfterDays());
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
