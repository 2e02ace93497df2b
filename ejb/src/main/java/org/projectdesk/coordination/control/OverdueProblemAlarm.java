package org.projectdesk.coordination.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import org.projectdesk.coordination.entity.ProblemStatus;
import org.projectdesk.servicefile.boundary.ProjectAlarm;
import org.projectdesk.shared.control.EnumLiterals;
import org.projectdesk.supervision.entity.Light;

/** An open or in-progress problem past its due day lights its project red, as the time-limit scan does. */
@Dependent
public class OverdueProblemAlarm implements ProjectAlarm {

    private static final String OPEN = EnumLiterals.in(EnumSet.of(ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS));

    @PersistenceContext
    EntityManager em;

    @Override
    public Light lightOf(Long projectId, LocalDate today) {
        long overdue = em.createQuery("select count(p) from Problem p where p.projectId = :id and p.status in " + OPEN
                        + " and p.dueOn < :today", Long.class)
                .setParameter("id", projectId).setParameter("today", today).getSingleResult();
        return overdue > 0 ? Light.RED : null;
    }
}
