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
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.QueryFilter;

/**
 * The one way any feature finds a project by its file number: as far as the caller may see it. An
 * investor sees only their enterprise's projects, a town's staff only its town's; another enterprise's
 * or town's file is "not found", exactly like an unknown one, so that a file number tells an outsider
 * nothing.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME,
        Role.TOWN_NAME})
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
                .setParameter("fileNo", fileNo.strip()).getResultList().stream().findFirst())
                .filter(p -> sees(callers.current(), p));
    }

    public Long idOf(String fileNo) {
        return byFileNo(fileNo).getId();
    }

    /** Those of the projects the caller may see (a joint meeting or visit names other enterprises' and towns' projects). */
    public Set<Long> visibleAmong(Collection<Long> projectIds) {
        CallerScope scope = callers.current();
        Optional<String> enterprise = scope.ownEnterprise();
        Optional<String> town = scope.ownTown();
        if (enterprise.isEmpty() && town.isEmpty() || projectIds.isEmpty()) {
            return Set.copyOf(projectIds);
        }
        QueryFilter where = new QueryFilter("p.id in :ids").parameter("ids", Set.copyOf(projectIds))
                .andIfGiven("p.enterprise.creditCode = :enterprise", "enterprise", enterprise.orElse(null))
                .andIfGiven("p.town = :town", "town", town.orElse(null));
        return Set.copyOf(where.query(em, "select p.id from Project p", "", Long.class).getResultList());
    }

    private static boolean sees(CallerScope scope, Project p) {
        return scope.sees(p.getEnterprise().getCreditCode()) && scope.seesTown(p.getTown());
    }
}
