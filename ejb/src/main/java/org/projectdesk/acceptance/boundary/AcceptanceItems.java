package org.projectdesk.acceptance.boundary;

import jakarta.annotation.Resource;
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
import org.projectdesk.acceptance.control.ItemFile;
import org.projectdesk.acceptance.entity.ItemDefinition;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.ImportProblem;

/**
 * The acceptance items as configured (config/acceptance/items.csv at first start): read by everyone
 * who works a case, exported, and replaced as a whole by an administrator's import, which takes the
 * whole file or nothing. Cases already applied for keep the items they were given.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME,
        Role.ADMIN_NAME, Role.TOWN_NAME})
public class AcceptanceItems {

    private static final Logger LOG = Logger.getLogger(AcceptanceItems.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalogue catalogue;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The items in form order, their materials loaded: pages and the API read them after the transaction. */
    public List<ItemDefinition> items() {
        List<ItemDefinition> items = em.createNamedQuery(ItemDefinition.ALL, ItemDefinition.class).getResultList();
        items.forEach(ItemDefinition::getMaterials);
        return items;
    }

    public byte[] export() {
        return ItemFile.write(items());
    }

    /** The problems the file has, by line; none: the items are replaced by the file's. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<ImportProblem> importItems(byte[] content) {
        ItemFile file = read(content);
        if (!file.isValid()) {
            return file.problems();
        }
        replace(file.items());
        LOG.info(() -> "Acceptance items replaced by " + session.getCallerPrincipal().getName() + ": " + file.items().size());
        return List.of();
    }

    /** Loads the shipped items while there are none (first start). */
    @jakarta.annotation.security.PermitAll
    public void loadShippedWhenEmpty(byte[] content) {
        if (em.createQuery("select count(d) from ItemDefinition d", Long.class).getSingleResult() > 0) {
            return;
        }
        ItemFile file = read(content);
        if (!file.isValid()) {
            throw new IllegalStateException("The shipped config/acceptance/items.csv is invalid: " + file.problems());
        }
        replace(file.items());
    }

    private ItemFile read(byte[] content) {
        Set<String> departments = catalogue.departments().stream().map(DepartmentView::code).collect(Collectors.toSet());
        Set<String> categories = catalogue.inForce(LocalDate.now(clock)).categories().stream().map(CategoryView::code)
                .collect(Collectors.toSet());
        return ItemFile.read(content, departments, categories);
    }

    private void replace(List<ItemDefinition> definitions) {
        items().forEach(em::remove);
        em.flush();
        definitions.forEach(em::persist);
        em.flush();
    }
}
