package org.projectdesk.coordination.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.projectdesk.coordination.entity.ProblemStatus;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.RuleViolation;

/** The coordination figures of a period, for the leadership report. */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class CoordinationReport {

    @PersistenceContext
    EntityManager em;

    /**
     * In [from, to]: problems raised, problems resolved (by their resolution day; a problem reopened
     * counts when it is resolved again), problems escalated by hand, visits held, and the distinct
     * projects those visits covered.
     */
    public CoordinationCounts counts(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new RuleViolation("from", "coordination.period.from");
        }
        if (to == null || to.isBefore(from)) {
            throw new RuleViolation("to", "supervision.period.invalid", from, to);
        }
        long opened = count("select count(p) from Problem p where p.raisedOn between :from and :to", from, to);
        long resolved = em.createQuery("select count(p) from Problem p where p.status = :resolved"
                        + " and p.resolvedOn between :from and :to", Long.class)
                .setParameter("resolved", ProblemStatus.RESOLVED).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        long escalated = count("select count(p) from Problem p where p.escalatedOn between :from and :to", from, to);
        long visits = count("select count(v) from Visit v where v.visitedOn between :from and :to", from, to);
        long projects = count("select count(distinct p) from Visit v join v.projectIds p"
                + " where v.visitedOn between :from and :to", from, to);
        return new CoordinationCounts(from, to, opened, resolved, escalated, visits, projects);
    }

    private long count(String jpql, LocalDate from, LocalDate to) {
        return em.createQuery(jpql, Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
