package org.projectdesk.coordination.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.projectdesk.supervision.control.NoticeChannel;
import org.projectdesk.supervision.entity.SupervisionSettings;

/**
 * The notice of a problem escalated by hand: to the director and the leadership, in the caller's
 * transaction, as {@code PROBLEM_ESCALATED} with the source key {@code problem:<id>} that the
 * time-limit scan uses when a problem is overdue long enough, so nobody is told twice either way.
 * It takes its turn on the supervision settings row, as the scan does, so the two never race.
 */
@Dependent
public class ProblemNotices {

    private static final String ESCALATED = """
            INSERT INTO notification (recipient, kind, source_key, project_id, category_code, department_code, light, body,
                                      created_at, email_state)
            SELECT a.username, 'PROBLEM_ESCALATED', CONCAT('problem:', CAST(q.id AS VARCHAR(20))), q.project_id, NULL, NULL,
                   NULL, q.description, :now, CASE WHEN a.email IS NOT NULL THEN :mailState ELSE 'NONE' END
            FROM coordination_problem q
            JOIN account a ON a.enabled = TRUE
            WHERE q.id = :problem
              AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role IN ('DIRECTOR', 'LEADER'))
              AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient = a.username AND n.kind = 'PROBLEM_ESCALATED'
                              AND n.source_key = CONCAT('problem:', CAST(q.id AS VARCHAR(20))))""";

    @PersistenceContext
    EntityManager em;

    @Inject
    NoticeChannel outbox;

    /** Tells the director and the leaders who have not yet been told; returns how many were. */
    public int escalated(long problemId, Instant now) {
        em.flush();
        em.find(SupervisionSettings.class, SupervisionSettings.ID, LockModeType.PESSIMISTIC_WRITE);
        return em.createNativeQuery(ESCALATED).setParameter("problem", problemId).setParameter("now", now)
                .setParameter("mailState", outbox.enabled() ? "PENDING" : "NONE").executeUpdate();
    }
}
