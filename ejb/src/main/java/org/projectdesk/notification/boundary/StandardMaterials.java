package org.projectdesk.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
import org.projectdesk.notification.control.LibraryRemerge;
import org.projectdesk.notification.control.LibraryReplaced;
import org.projectdesk.notification.control.MaterialFile;
import org.projectdesk.notification.control.MaterialLibrary;
import org.projectdesk.notification.control.NotificationItems;
import org.projectdesk.notification.entity.StandardMaterial;
import org.projectdesk.security.entity.Role;

/**
 * The materials library (config/notification/materials.csv at first start): read by the office,
 * exported, and replaced as a whole by an import that takes the whole file or nothing. A replacement
 * merges again the open notifications it can change (see {@link NotificationItems#openAffectedBy}),
 * receipts kept: after the import's commit, apart from it ({@link LibraryRemerge}); the first load at
 * start-up merges them at once.
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

    @Inject
    Event<LibraryReplaced> replaced;

    @Resource
    SessionContext session;

    public List<StandardMaterial> all() {
        return em.createNamedQuery(StandardMaterial.ALL, StandardMaterial.class).getResultList();
    }

    public byte[] export() {
        return MaterialFile.write(all());
    }

    /**
     * The problems the file has, by line and column; none: the library is the file's, and the open
     * notifications it can change (counted in the answer) are merged again once the import committed.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.DIRECTOR_NAME})
    public LibraryImport importLibrary(byte[] content) {
        MaterialFile file = read(content);
        if (!file.isValid()) {
            return new LibraryImport(file.problems(), 0);
        }
        List<Long> affected = replace(file.materials());
        replaced.fire(new LibraryReplaced(affected));
        LOG.info(() -> "Materials library replaced by " + session.getCallerPrincipal().getName() + ": "
                + file.materials().size() + " materials, " + affected.size() + " notifications to merge again");
        return new LibraryImport(List.of(), affected.size());
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
        items.refreshEach(replace(file.materials()));
    }

    private MaterialFile read(byte[] content) {
        Set<String> categories = catalogue.inForce(LocalDate.now(clock)).categories().stream().map(CategoryView::code)
                .collect(Collectors.toSet());
        return MaterialFile.read(content, categories);
    }

    /** Replaces the library; the open notifications the change can alter, found before it (their items still under the old keys). */
    private List<Long> replace(List<StandardMaterial> materials) {
        List<Long> affected = items.openAffectedBy(items.library().changesTo(MaterialLibrary.of(materials)));
        all().forEach(em::remove);
        em.flush();
        materials.forEach(em::persist);
        em.flush();
        return affected;
    }
}
