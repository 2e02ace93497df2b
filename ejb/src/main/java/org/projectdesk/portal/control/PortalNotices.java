package org.projectdesk.portal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.projectdesk.supervision.control.NoticeChannel;

/**
 * The in-app notices of complaints, in the caller's transaction: a filed complaint to every
 * director ({@code COMPLAINT_FILED}, body: the complaint), an answer to the investor who filed it
 * ({@code COMPLAINT_ANSWERED}, body: the answer). Source key {@code complaint:<id>}: nobody is told twice.
 */
@Dependent
public class PortalNotices {

    private static final String FILED = """
            INSERT INTO notification (recipient, kind, source_key, project_id, category_code, department_code, light, body,
                                      created_at, email_state)
            SELECT a.username, 'COMPLAINT_FILED', CONCAT('complaint:', CAST(c.id AS VARCHAR(20))), c.project_id, NULL, NULL,
                   NULL, c.complaint_text, :now, CASE WHEN a.email IS NOT NULL THEN :mailState ELSE 'NONE' END
            FROM complaint c
            JOIN account a ON a.enabled = TRUE
            WHERE c.id = :complaint
              AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = 'DIRECTOR')
              AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient = a.username AND n.kind = 'COMPLAINT_FILED'
                              AND n.source_key = CONCAT('complaint:', CAST(c.id AS VARCHAR(20))))""";

    private static final String ANSWERED = """
            INSERT INTO notification (recipient, kind, source_key, project_id, category_code, department_code, light, body,
                                      created_at, email_state)
            SELECT a.username, 'COMPLAINT_ANSWERED', CONCAT('complaint:', CAST(c.id AS VARCHAR(20))), c.project_id, NULL, NULL,
                   NULL, c.answer, :now, CASE WHEN a.email IS NOT NULL THEN :mailState ELSE 'NONE' END
            FROM complaint c
            JOIN account a ON a.username = c.filed_by AND a.enabled = TRUE
            WHERE c.id = :complaint
              AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient = a.username AND n.kind = 'COMPLAINT_ANSWERED'
                              AND n.source_key = CONCAT('complaint:', CAST(c.id AS VARCHAR(20))))""";

    @PersistenceContext
    EntityManager em;

    @Inject
    NoticeChannel outbox;

    /** Tells every director of the complaint; returns how many were told. */
    public int filed(long complaintId, Instant now) {
        return insert(FILED, complaintId, now);
    }

    /** Tells the investor who filed the complaint of its answer. */
    public int answered(long complaintId, Instant now) {
        return insert(ANSWERED, complaintId, now);
    }

    private int insert(String statement, long complaintId, Instant now) {
        em.flush();
        return em.createNativeQuery(statement).setParameter("complaint", complaintId).setParameter("now", now)
                .setParameter("mailState", outbox.enabled() ? "PENDING" : "NONE").executeUpdate();
    }
}
