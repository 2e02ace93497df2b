package org.projectdesk.worklist.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.projectdesk.supervision.control.TimeLimitScan;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.worklist.boundary.WorkItem;
import org.projectdesk.worklist.boundary.WorkQueue;

/**
 * Every work queue's SQL, in one place: each queue is a count and the first rows of one ordered
 * selection, read by projection, counted no further than {@link #COUNTED_UP_TO}. The conditions lead with an
 * indexed column, so a queue costs an index range however many projects there are: a project's officer
 * ({@code ix_project_officer}), a department's pending matters in the queue's order
 * ({@code ix_approval_matter_department_queue}, PostgreSQL), running matters by light and due date
 * ({@code ix_approval_matter_running_light}, PostgreSQL), a meeting's start ({@code ix_pre_review_meeting_starts}), a
 * department's invitations and acceptance items, open complaints ({@code ix_complaint_status}), green-channel
 * proposals ({@code ix_project_green_channel}), problems by status ({@code ix_coordination_problem_due}) or
 * project ({@code ix_coordination_problem_project}), a project's notification items ({@code uk_required_material})
 * and their uploads ({@code ix_material_upload_item}). Only the first rows of a queue are joined to names:
 * the department's names, the person's display name, never a code or a login name.
 */
@Dependent
public class QueueQueries {

    /** The matters a department window still has in hand: to accept, to decide, a supplement awaited. */
    static final String PENDING = "('MATERIALS_IN_PREPARATION', 'ACCEPTED', 'IN_REVIEW', 'SUSPENDED')";
    /** Problems not yet resolved. */
    static final String UNRESOLVED = "('OPEN', 'IN_PROGRESS', 'ESCALATED')";

    private static final String MATTER_FROM = "FROM approval_matter m JOIN project p ON p.id = m.project_id";
    private static final String MATTER_ROW = """
            SELECT p.file_no, p.name, m.category_name, d.name, d.name_en, m.status,
                   CASE WHEN m.status IN %1$s THEN m.alert_level END,
                   CASE WHEN m.status IN %1$s THEN o.ordinal - t.ordinal END,
                   m.due_on, NULL, NULL, a.display_name, m.category_code
            %2$s
            JOIN department d ON d.code = m.department_code
            LEFT JOIN account a ON a.username = p.officer
            LEFT JOIN working_day_ordinal o ON o.day_on = m.due_on
            LEFT JOIN working_day_ordinal t ON t.day_on = :today
            """.formatted(TimeLimitScan.RUNNING, MATTER_FROM);
    /**
     * Red first, then yellow, then the rest; the soonest due first, matters without a due date last; then in the
     * order projects were taken in. Written as the PostgreSQL index of a department's pending matters orders them
     * (V40), so that the first rows are read off it instead of sorting a department's 200,000 pending matters.
     */
    private static final String MATTER_ORDER = " ORDER BY CASE WHEN m.status IN %s THEN COALESCE(m.alert_level, 0) ELSE -1 END DESC,"
            .formatted(TimeLimitScan.RUNNING) + " m.due_on NULLS LAST, m.project_id, m.category_code";
    /**
     * {@link #MATTER_ORDER} for queues of running, lit matters only, written as the order of the index on running
     * matters by light and due date (V40, PostgreSQL), so that their first rows are read off it in that order
     * instead of sorting the 1.3 million red matters a city can have.
     */
    private static final String LIT_MATTER_ORDER = " ORDER BY m.alert_level DESC, m.due_on NULLS LAST, m.project_id, m.category_code";
    /** A queue is counted up to this many, then shown as "more than" it. */
    public static final int COUNTED_UP_TO = 1_000;

    private static final String MEETING_ROW = """
            SELECT (SELECT MIN(x.file_no) FROM meeting_project y JOIN project x ON x.id = y.project_id WHERE y.meeting_id = g.id),
                   (SELECT MIN(x.name) FROM meeting_project y JOIN project x ON x.id = y.project_id WHERE y.meeting_id = g.id),
                   g.place, NULL, NULL, g.status, NULL, NULL, NULL, g.starts_at, g.id, a.display_name, NULL
            FROM pre_review_meeting g LEFT JOIN account a ON a.username = g.convened_by
            """;

    private static final String PROBLEM_FROM = "FROM coordination_problem q JOIN project p ON p.id = q.project_id";
    private static final String PROBLEM_ROW = """
            SELECT p.file_no, p.name, q.description, NULL, NULL, q.status, q.alert_level, NULL, q.due_on, NULL, q.id,
                   a.display_name, NULL
            %s LEFT JOIN account a ON a.username = p.officer
            """.formatted(PROBLEM_FROM);

    @PersistenceContext
    EntityManager em;

    /** An officer's projects' running matters on yellow or red. */
    public WorkQueue officerMatters(String officer, LocalDate today, int shown) {
        return matters("p.officer = :officer AND m.status IN " + TimeLimitScan.RUNNING + " AND m.alert_level >= 1",
                Map.of("officer", officer), LIT_MATTER_ORDER, today, shown);
    }

    /** A department's matters in hand, whatever their light. */
    public WorkQueue departmentMatters(String department, LocalDate today, int shown) {
        return matters("m.department_code = :department AND m.status IN " + PENDING,
                Map.of("department", department), MATTER_ORDER, today, shown);
    }

    /** Every running matter on red. */
    public WorkQueue redMatters(LocalDate today, int shown) {
        return matters("m.status IN " + TimeLimitScan.RUNNING + " AND m.alert_level >= 2", Map.of(), LIT_MATTER_ORDER, today, shown);
    }

    private WorkQueue matters(String where, Map<String, Object> parameters, String order, LocalDate today, int shown) {
        Map<String, Object> rowParameters = new java.util.HashMap<>(parameters);
        rowParameters.put("today", today);
        return queue(MATTER_FROM + " WHERE " + where, parameters, MATTER_ROW + " WHERE " + where + order, rowParameters, shown);
    }

    /** Items of an officer's projects' one-time notifications that an investor uploaded and nobody has checked yet. */
    public WorkQueue uploadedMaterials(String officer, int shown) {
        String from = " FROM required_material r JOIN project p ON p.id = r.project_id"
                + " WHERE p.officer = :officer AND r.state = 'OUTSTANDING'"
                + " AND EXISTS (SELECT 1 FROM material_upload u WHERE u.item_id = r.id)";
        return queue(from, Map.of("officer", officer),
                "SELECT p.file_no, p.name, r.material, NULL, NULL, r.state, NULL, NULL, NULL,"
                        + " (SELECT MAX(u.uploaded_at) FROM material_upload u WHERE u.item_id = r.id), r.id, NULL, NULL"
                        + from + " ORDER BY p.file_no, r.material", Map.of("officer", officer), shown);
    }

    /** Scheduled meetings of the week from {@code monday} on one of an officer's projects, or that the officer convened. */
    public WorkQueue officerMeetings(String officer, LocalDate monday, int shown) {
        String where = " WHERE g.status = 'SCHEDULED' AND g.starts_at >= :from AND g.starts_at < :to"
                + " AND (g.convened_by = :officer OR EXISTS (SELECT 1 FROM meeting_project y JOIN project x ON x.id = y.project_id"
                + " WHERE y.meeting_id = g.id AND x.officer = :officer))";
        Map<String, Object> parameters = Map.of("officer", officer, "from", monday.atStartOfDay(),
                "to", monday.plusWeeks(1).atStartOfDay());
        return queue("FROM pre_review_meeting g" + where, parameters,
                MEETING_ROW + where + " ORDER BY g.starts_at, g.id", parameters, shown);
    }

    /** Scheduled meetings from today on that a department is invited to. */
    public WorkQueue invitations(String department, LocalDate today, int shown) {
        String where = " WHERE g.status = 'SCHEDULED' AND g.starts_at >= :from"
                + " AND EXISTS (SELECT 1 FROM meeting_invitation i WHERE i.meeting_id = g.id AND i.department_code = :department)";
        Map<String, Object> parameters = Map.of("department", department, "from", today.atStartOfDay());
        return queue("FROM pre_review_meeting g" + where, parameters,
                MEETING_ROW + where + " ORDER BY g.starts_at, g.id", parameters, shown);
    }

    /** Each project of a scheduled meeting that takes opinions, the department invited, its opinion not yet given. */
    public WorkQueue opinionsToGive(String department, int shown) {
        String from = " FROM pre_review_meeting g"
                + " JOIN meeting_invitation i ON i.meeting_id = g.id AND i.department_code = :department"
                + " JOIN meeting_project y ON y.meeting_id = g.id JOIN project p ON p.id = y.project_id"
                + " WHERE g.status = 'SCHEDULED' AND g.kind <> 'ACCEPTANCE_INSPECTION'"
                + " AND NOT EXISTS (SELECT 1 FROM meeting_opinion o WHERE o.meeting_id = g.id AND o.project_id = p.id"
                + " AND o.department_code = :department)";
        Map<String, Object> parameters = Map.of("department", department);
        return queue(from, parameters,
                "SELECT p.file_no, p.name, g.place, NULL, NULL, g.status, NULL, NULL, NULL, g.starts_at, g.id, NULL, NULL"
                        + from + " ORDER BY g.starts_at, g.id, p.file_no", parameters, shown);
    }

    /** A department's items of completion acceptances under inspection that still wait for its verdict. */
    public WorkQueue itemsToSign(String department, int shown) {
        String from = " FROM acceptance_case_item ci JOIN acceptance_case c ON c.id = ci.case_id JOIN project p ON p.id = c.project_id"
                + " WHERE ci.department_code = :department AND ci.verdict = 'PENDING' AND c.status = 'INSPECTION_SCHEDULED'";
        Map<String, Object> parameters = Map.of("department", department);
        return queue(from, parameters,
                "SELECT p.file_no, p.name, ci.name, NULL, NULL, ci.verdict, NULL, NULL, NULL, NULL, c.id, NULL, NULL"
                        + from + " ORDER BY p.file_no, ci.position", parameters, shown);
    }

    /** An officer's projects' problems not yet resolved, the most urgent first. */
    public WorkQueue officerProblems(String officer, int shown) {
        String where = " WHERE p.officer = :officer AND q.status IN " + UNRESOLVED;
        return problems(where, Map.of("officer", officer), shown);
    }

    /** Problems escalated to the leadership. */
    public WorkQueue escalatedProblems(int shown) {
        return problems(" WHERE q.status = 'ESCALATED'", Map.of(), shown);
    }

    private WorkQueue problems(String where, Map<String, Object> parameters, int shown) {
        return queue(PROBLEM_FROM + where, parameters,
                PROBLEM_ROW + where + " ORDER BY COALESCE(q.alert_level, 0) DESC, q.due_on, q.id", parameters, shown);
    }

    /** Projects proposed for the green channel, the earliest proposal first, with the proposer's name. */
    public WorkQueue greenChannelProposals(int shown) {
        String from = " FROM project p WHERE p.green_channel = 'PROPOSED'";
        return queue(from, Map.of(),
                "SELECT p.file_no, p.name, p.green_proposal_reason, NULL, NULL, p.green_channel, NULL, NULL, p.green_proposed_on,"
                        + " NULL, NULL, (SELECT a.display_name FROM account a WHERE a.username = p.green_proposed_by), NULL"
                        + from + " ORDER BY p.green_proposed_on, p.file_no", Map.of(), shown);
    }

    /** Complaints not yet answered, the oldest first, with the investor's name. */
    public WorkQueue openComplaints(int shown) {
        String from = " FROM complaint c JOIN project p ON p.id = c.project_id WHERE c.status = 'OPEN'";
        return queue(from, Map.of(),
                "SELECT p.file_no, p.name, c.complaint_text, NULL, NULL, c.status, NULL, NULL, NULL, c.filed_at, c.id,"
                        + " (SELECT a.display_name FROM account a WHERE a.username = c.filed_by), NULL"
                        + from + " ORDER BY c.filed_at, c.id", Map.of(), shown);
    }

    /**
     * The queue of the rows {@code fromWhere} selects ("FROM … WHERE …"), counted up to {@link #COUNTED_UP_TO} + 1
     * (the database stops there), and the first {@code shown} of {@code rows} ("SELECT … ORDER BY …"), in one
     * statement: the count is the first rows' leading column. A statement's round trip and Hibernate's work around
     * it cost the server more than either's reading, and a home asks four to eight queues. No rows means none counted.
     */
    private WorkQueue queue(String fromWhere, Map<String, Object> countParameters, String rows, Map<String, Object> rowParameters,
            int shown) {
        String count = "SELECT COUNT(*) FROM (SELECT 1 AS one " + fromWhere + " LIMIT " + (COUNTED_UP_TO + 1) + ") counted";
        if (shown <= 0) {
            long found = ((Number) bind(em.createNativeQuery(count), countParameters).getSingleResult()).longValue();
            return WorkQueue.counted(found, COUNTED_UP_TO, List.of());
        }
        // LIMIT written here, not setMaxResults: Hibernate would search the SQL with a regular expression each time.
        String countedRows = "SELECT (" + count + ") AS found, " + rows.substring(rows.indexOf("SELECT ") + "SELECT ".length())
                + " LIMIT " + shown;
        @SuppressWarnings("unchecked")
        List<Object[]> first = bind(em.createNativeQuery(countedRows), rowParameters).getResultList();
        long found = first.isEmpty() ? 0 : ((Number) first.get(0)[0]).longValue();
        return WorkQueue.counted(found, COUNTED_UP_TO, first.stream().map(QueueQueries::item).toList());
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A row of a queue's statement: its count, then the item's columns. */
    private static WorkItem item(Object[] r) {
        return new WorkItem((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                r[7] == null ? null : Light.ofLevel(((Number) r[7]).intValue()), r[8] == null ? null : ((Number) r[8]).intValue(),
                date(r[9]), dateTime(r[10]), r[11] == null ? null : ((Number) r[11]).longValue(), (String) r[12], (String) r[13]);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static LocalDateTime dateTime(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDateTime();
        }
        if (value instanceof java.time.Instant i) {
            return LocalDateTime.ofInstant(i, java.time.ZoneId.systemDefault());
        }
        return (LocalDateTime) value;
    }
}
