package org.projectdesk.supervision.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.supervision.boundary.BoardMatter;
import org.projectdesk.supervision.entity.Light;

/**
 * The matters behind a count of the board, a page at a time, in one statement: the same conditions as the
 * board's counts ({@code Supervision.board}), so that a count and its list agree; most urgent first (red
 * before yellow before green, then the soonest due). Working days left are differences of
 * {@code working_day_ordinal}, as the scan counts them.
 */
public final class BoardMatterRows {

    private BoardMatterRows() {
    }

    /**
     * A page of the matters the criteria keep, narrowed to a department window's department and a town's
     * staff's town where given.
     */
    public static BoardMatter.Page page(EntityManager em, BoardMatter.Criteria criteria, String ownDepartment, String ownTown,
            LocalDate today, WorkingDayCalendar calendar, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(criteria.statutoryOnly() ? " WHERE m.statutory_overdue = TRUE"
                : " WHERE m.status IN " + TimeLimitScan.RUNNING);
        if (criteria.light() != null) {
            // Written in, not bound (a light's level is one of three numbers): a statement PostgreSQL has planned once
            // for any level could not use the partial index of yellow matters (V43).
            where.append(criteria.light() == Light.RED ? " AND m.alert_level >= 2"
                    : " AND m.alert_level = " + criteria.light().level());
        }
        narrow(where, parameters, "m.department_code", "department", criteria.department());
        narrow(where, parameters, "m.department_code", "ownDepartment", ownDepartment);
        narrow(where, parameters, "p.officer", "officer", criteria.officer());
        narrow(where, parameters, "p.town_code", "ownTown", ownTown);
        return select(em, where.toString(), parameters, today, calendar, page, size);
    }

    /** The one matter, as the board lists it. */
    public static BoardMatter of(EntityManager em, Long matterId, LocalDate today, WorkingDayCalendar calendar) {
        return select(em, " WHERE m.id = :matter", Map.of("matter", matterId), today, calendar, 0, 1).items().get(0);
    }

    private static BoardMatter.Page select(EntityManager em, String where, Map<String, Object> parameters, LocalDate today,
            WorkingDayCalendar calendar, int page, int size) {
        String from = " FROM approval_matter m JOIN project p ON p.id = m.project_id";
        Query rows = em.createNativeQuery("""
                SELECT p.file_no, p.name, m.category_code, m.category_name, m.department_code, d.name, d.name_en, p.officer,
                       a.display_name, m.alert_level, due.ordinal - t.ordinal, m.due_on, m.statutory_overdue,
                       (SELECT MAX(o.note) FROM supervision_order o WHERE o.matter_id = m.id
                        AND o.issued_at = (SELECT MAX(x.issued_at) FROM supervision_order x WHERE x.matter_id = m.id))"""
                + from + " " + """
                LEFT JOIN department d ON d.code = m.department_code
                LEFT JOIN account a ON a.username = p.officer
                LEFT JOIN working_day_ordinal due ON due.day_on = m.due_on
                LEFT JOIN working_day_ordinal t ON t.day_on = :today"""
                + where + " ORDER BY COALESCE(m.alert_level, -1) DESC, m.due_on, p.file_no, m.category_code")
                .setParameter("today", today);
        Query count = em.createNativeQuery("SELECT COUNT(*)" + from + where);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<BoardMatter> items = found.stream().map(r -> new BoardMatter((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                r[8] == null ? (String) r[7] : (String) r[8], r[9] == null ? null : Light.ofLevel(((Number) r[9]).intValue()),
                r[10] == null ? null : ((Number) r[10]).intValue(), toDate(r[11]), Boolean.TRUE.equals(r[12]), (String) r[13],
                calendar.provisionalDates().check("dueOn", toDate(r[11])).names())).toList();
        return new BoardMatter.Page(items, ((Number) count.getSingleResult()).longValue());
    }

    private static void narrow(StringBuilder where, Map<String, Object> parameters, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = :").append(name);
            parameters.put(name, value.strip());
        }
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
