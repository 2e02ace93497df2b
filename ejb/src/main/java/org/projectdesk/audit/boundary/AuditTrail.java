package org.projectdesk.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.projectdesk.audit.entity.AuditEntry;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.boundary.Callers;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction, so an entry exists
 * exactly when the change it records was committed.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    private static final int SHOWN = 500;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

    /** Records an entry everyone who may open the file may read. */
    public void record(Long projectId, String actor, String action, String target, String before, String after) {
        record(projectId, actor, action, target, before, after, Readers.EVERYONE);
    }

    /** Records an entry only {@code readers} may read: those its source shows itself to. */
    public void record(Long projectId, String actor, String action, String target, String before, String after,
            Readers readers) {
        em.persist(new AuditEntry(projectId, clock.instant(), actor, action, target, before, after, readers.storedRoles(),
                readers.storedDepartments()));
    }

    /** The newest entries of a project's history (at most {@value #SHOWN}) the caller may read. */
    public List<AuditView> forProject(Long projectId) {
        CallerScope scope = callers.current();
        return em.createNamedQuery(AuditEntry.FOR_PROJECT, AuditEntry.class).setParameter("projectId", projectId)
                .getResultList().stream()
                .filter(a -> {
                    Readers readers = Readers.stored(a.getReaders(), a.getReaderDepartments());
                    return scope.mayRead(readers.roles(), readers.departments());
                })
                .limit(SHOWN)
                .map(a -> new AuditView(a.getAt(), a.getActor(), a.getAction(), a.getTarget(), a.getBefore(), a.getAfter()))
                .toList();
    }
}
