package org.projectdesk.project.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.project.control.TownFile;
import org.projectdesk.project.entity.Town;
import org.projectdesk.project.entity.TownKind;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.StaleVersion;

/**
 * The towns as reference data: read by everyone signed in, changed one at a time or imported as a
 * whole file (the list in order; all of it or, listing each problem by line and column, nothing) by an
 * administrator or the director, exported in the same layout. A town's code never changes and a town
 * is never deleted: projects, accounts, referrals and acceptance cases name it; one that is no longer
 * wanted is made inactive, so that it is not offered for new work while what names it keeps it.
 * The towns are the project feature's (projects are located in them), so this boundary lives there,
 * beside the projects every other feature reads them with.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME,
        Role.ADMIN_NAME, Role.TOWN_NAME})
public class Towns {

    private static final Logger LOG = Logger.getLogger(Towns.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** Every town in list order, inactive ones too (they name existing projects). */
    public List<TownView> list() {
        return all().stream().map(TownView::of).toList();
    }

    /** The towns offered for new intakes, accounts and referrals: the active ones, in list order. */
    public List<TownView> offered() {
        return all().stream().filter(Town::isActive).map(TownView::of).toList();
    }

    public TownView town(String code) {
        return TownView.of(load(code));
    }

    public byte[] export() {
        return TownFile.write(all());
    }

    /** Renames a town, sets its kind and whether it is offered; its code stays. */
    @RolesAllowed({Role.ADMIN_NAME, Role.DIRECTOR_NAME})
    public TownView change(String code, long version, String name, String nameEn, TownKind kind, boolean active) {
        Town town = load(code);
        StaleVersion.check("Town " + code, version, town.getVersion());
        town.rename(name, nameEn);
        town.classify(kind);
        if (active) {
            town.activate();
        } else {
            town.deactivate();
        }
        em.flush();
        LOG.info(() -> "Town " + code + " changed by " + caller() + (active ? "" : " (inactive)"));
        return TownView.of(town);
    }

    /** What importing the file would do, changing nothing. */
    @RolesAllowed({Role.ADMIN_NAME, Role.DIRECTOR_NAME})
    public TownImport preview(byte[] content) {
        return compare(TownFile.read(content, codes()), false);
    }

    /** Makes the towns the file's (in its order), or with any problem in the file changes nothing. */
    @RolesAllowed({Role.ADMIN_NAME, Role.DIRECTOR_NAME})
    public TownImport apply(byte[] content) {
        TownFile file = TownFile.read(content, codes());
        TownImport outcome = compare(file, file.isValid());
        if (!file.isValid()) {
            return outcome;
        }
        Map<String, Town> existing = all().stream().collect(Collectors.toMap(Town::getCode, Function.identity()));
        int position = 0;
        for (TownFile.Entry e : file.entries()) {
            position++;
            Town town = existing.get(e.code());
            if (town == null) {
                town = new Town(e.code(), e.name(), e.nameEn(), e.kind(), position);
                em.persist(town);
            } else {
                town.rename(e.name(), e.nameEn());
                town.classify(e.kind());
                town.moveTo(position);
            }
            if (e.active()) {
                town.activate();
            } else {
                town.deactivate();
            }
        }
        em.flush();
        LOG.info(() -> "Towns imported by " + caller() + ": " + outcome.added().size() + " added, "
                + outcome.changed().size() + " changed");
        return outcome;
    }

    private TownImport compare(TownFile file, boolean applied) {
        if (!file.isValid()) {
            return new TownImport(List.of(), List.of(), 0, file.problems(), false);
        }
        Map<String, Town> existing = all().stream().collect(Collectors.toMap(Town::getCode, Function.identity()));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int position = 0;
        for (TownFile.Entry e : file.entries()) {
            position++;
            Town t = existing.get(e.code());
            if (t == null) {
                added.add(e.code());
            } else if (!t.getName().equals(e.name()) || !t.getNameEn().equals(e.nameEn()) || t.getKind() != e.kind()
                    || t.isActive() != e.active() || t.getPosition() != position) {
                changed.add(e.code());
            }
        }
        return new TownImport(List.copyOf(added), List.copyOf(changed), file.entries().size() - added.size() - changed.size(),
                List.of(), applied);
    }

    private List<Town> all() {
        return em.createNamedQuery(Town.ALL, Town.class).getResultList();
    }

    private java.util.Set<String> codes() {
        return all().stream().map(Town::getCode).collect(Collectors.toSet());
    }

    private Town load(String code) {
        Town town = code == null ? null : em.find(Town.class, code.strip().toUpperCase(java.util.Locale.ROOT));
        if (town == null) {
            throw new NotFound("There is no town " + code);
        }
        return town;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
