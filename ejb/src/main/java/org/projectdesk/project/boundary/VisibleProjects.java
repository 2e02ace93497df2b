package org.projectdesk.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.projectdesk.project.entity.Project;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;

/**
 * The one way any feature finds a project by its file number: as far as the caller may see it. An
 * investor sees only their enterprise's projects; another enterprise's file is "not found", exactly
 * like an unknown one, so that a file number tells an outsider nothing.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class VisibleProjects {

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    /** The project, managed in the caller's transaction. */
    public Project byFileNo(String fileNo) {
        return find(fileNo).orElseThrow(() -> new NotFound("There is no service file " + fileNo));
    }

    /** The project, or empty when there is none the caller may see (for a field naming several projects). */
    public Optional<Project> find(String fileNo) {
        return (fileNo == null ? Optional.<Project>empty() : em.createNamedQuery(Project.BY_FILE_NO, Project.class)
                .setParameter("fileNo", fileNo.strip()).getResultStream().findFirst())
                .filter(p -> callers.current().sees(p.getEnterprise().getCreditCode()));
    }

    public Long idOf(String fileNo) {
        return byFileNo(fileNo).getId();
    }

    /** Those of the projects the caller may see (a joint meeting or visit names other enterprises' projects). */
    public Set<Long> visibleAmong(Collection<Long> projectIds) {
        Optional<String> own = callers.current().ownEnterprise();
        if (own.isEmpty() || projectIds.isEmpty()) {
            return Set.copyOf(projectIds);
        }
        return Set.copyOf(em.createQuery("select p.id from Project p where p.id in :ids and p.enterprise.creditCode = :own",
                Long.class).setParameter("ids", Set.copyOf(projectIds)).setParameter("own", own.get()).getResultList());
    }
}
