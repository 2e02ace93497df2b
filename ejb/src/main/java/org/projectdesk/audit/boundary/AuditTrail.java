package org.projectdesk.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.projectdesk.audit.entity.AuditEntry;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction, so an entry exists
 * exactly when the change it records was committed.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(Long projectId, String actor, String action, String target, String before, String after) {
        em.persist(new AuditEntry(projectId, clock.instant(), actor, action, target, before, after));
    }

    public List<AuditView> forProject(Long projectId) {
        return em.createNamedQuery(AuditEntry.FOR_PROJECT, AuditEntry.class).setParameter("projectId", projectId)
                .setMaxResults(500).getResultStream()
                .map(a -> new AuditView(a.getAt(), a.getActor(), a.getAction(), a.getTarget(), a.getBefore(), a.getAfter()))
                .toList();
    }
}
