package org.projectdesk.coordination.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.coordination.entity.Problem;
import org.projectdesk.security.entity.Role;
import org.projectdesk.supervision.boundary.Notice;
import org.projectdesk.supervision.boundary.Notices;
import org.projectdesk.supervision.boundary.Recipients;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.supervision.entity.SupervisionSettings;

/**
 * The notice of a problem escalated by hand: to the director and the leadership, in the caller's
 * transaction, as {@code PROBLEM_ESCALATED} with the source key {@code problem:<id>} that the
 * time-limit scan uses when a problem is overdue long enough, so nobody is told twice either way.
 * It takes its turn on the supervision settings row, as the scan does, so the two never race.
 */
@Dependent
public class ProblemNotices {

    @PersistenceContext
    EntityManager em;

    @EJB
    Notices notices;

    /** Tells the director and the leaders who have not yet been told; returns how many were. */
    public int escalated(Problem problem) {
        em.flush();
        em.find(SupervisionSettings.class, SupervisionSettings.ID, LockModeType.PESSIMISTIC_WRITE);
        return notices.send(Notice.of(NoticeKind.PROBLEM_ESCALATED, "problem:" + problem.getId(),
                Recipients.roles(Role.DIRECTOR, Role.LEADER)).about(problem.getProjectId()).saying(problem.getDescription()));
    }
}
