package org.projectdesk.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.notification.control.MaterialFile;
import org.projectdesk.notification.control.NotificationItems;
import org.projectdesk.notification.entity.StandardMaterial;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.ImportProblem;

/**
 * The materials library (config/notification/materials.csv at first start): read by the office,
 * exported, and replaced as a whole by an import that takes the whole file or nothing. Whenever the
 * library is loaded or replaced, every notification is merged again under it, receipts kept.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class StandardMaterials {

    private static final Logger LOG = Logger.getLogger(StandardMaterials.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalogue catalogue;

    @Inject
    NotificationItems items;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<StandardMaterial> all() {
        return em.createNamedQuery(StandardMaterial.ALL, StandardMaterial.class).getResultList();
    }

    public byte[] export() {
        return MaterialFile.write(all());
    }

    /** The problems the file has, by line and column; none: the library is the file's. */
    @RolesAllowed({Role.ADMIN_NAME, Role.DIRECTOR_NAME})
    public List<ImportProblem> importLibrary(byte[] content) {
        MaterialFile file = read(content);
        if (!file.isValid()) {
            return file.problems();
        }
        replace(file.materials());
        LOG.info(() -> "Materials library replaced by " + session.getCallerPrincipal().getName() + ": "
                + file.materials().size());
        return List.of();
    }

    /** Loads the shipped library while there is none (first start, after V29), and merges the notifications under it. */
    @PermitAll
    public void loadShippedWhenEmpty(byte[] content) {
        if (em.createQuery("select count(m) from StandardMaterial m", Long.class).getSingleResult() > 0) {
            return;
        }
        MaterialFile file = read(content);
        if (!file.isValid()) {
            throw new IllegalStateException("The shipped config/notification/materials.csv is invalid: " + file.problems());
        }
        replace(file.materials());
    }

    private MaterialFile read(byte[] content) {
        Set<String> categories = catalogue.inForce(LocalDate.now(clock)).categories().stream().map(CategoryView::code)
                .collect(Collectors.toSet());
        return MaterialFile.read(content, categories);
    }

    private void replace(List<StandardMaterial> materials) {
        all().forEach(em::remove);
        em.flush();
        materials.forEach(em::persist);
        em.flush();
        items.refreshAll();
    }
}
