package org.projectdesk.acceptance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.projectdesk.servicefile.boundary.ProjectAlarm;
import org.projectdesk.supervision.entity.Light;

/** An acceptance's open time limit past its day lights its project red, as the time-limit scan does. */
@Dependent
public class OverdueAcceptanceAlarm implements ProjectAlarm {

    @PersistenceContext
    EntityManager em;

    @Override
    public Light lightOf(Long projectId, LocalDate today) {
        long overdue = em.createQuery("select count(d) from Deadline d where d.projectId = :id and d.metOn is null"
                        + " and d.closed = false and d.dueOn < :today", Long.class)
                .setParameter("id", projectId).setParameter("today", today).getSingleResult();
        return overdue > 0 ? Light.RED : null;
    }
}
