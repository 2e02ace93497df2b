package org.projectdesk.catalogue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.projectdesk.catalogue.control.KeptVersions;
import org.projectdesk.catalogue.control.StageCodes;
import org.projectdesk.catalogue.control.VersionsReadThisRequest;
import org.projectdesk.catalogue.entity.CatalogueVersion;
import org.projectdesk.catalogue.entity.Department;
import org.projectdesk.catalogue.entity.Stage;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;

/** Reading the catalogue: departments, the version in force on a day, any version, and the public disclosures. */
@Stateless
@PermitAll
public class Catalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    StageCodes stageCodes;

    @Inject
    VersionsReadThisRequest readThisRequest;

    @Inject
    KeptVersions keptVersions;

    public List<DepartmentView> departments() {
        return em.createNamedQuery(Department.ALL, Department.class).getResultList().stream()
                .map(d -> new DepartmentView(d.getCode(), d.getName(), d.getNameEn(), d.getVersion())).toList();
    }

    /** The version in force on the day; a project planned that day keeps this version's limits. */
    public CatalogueView inForce(LocalDate day) {
        int number = em.createNamedQuery(CatalogueVersion.NUMBER_IN_FORCE, Integer.class).setParameter("day", day)
                .setMaxResults(1).getResultList().stream().findFirst()
                .orElseThrow(() -> new RuleViolation("on", "catalogue.none", day));
        return version(number);
    }

    /**
     * The version of the number, named once a request ({@link VersionsReadThisRequest}) with its departments' names as
     * they are now; what the version holds is read once a server ({@link KeptVersions}).
     */
    public CatalogueView version(int number) {
        return readThisRequest.of(number, n -> keptVersions.of(n, this::read)
                .orElseThrow(() -> new NotFound("There is no catalogue version " + n))
                .named(departments()));
    }

    private Optional<CatalogueView> read(int number) {
        return em.createNamedQuery(CatalogueVersion.BY_NUMBER, CatalogueVersion.class).setParameter("number", number)
                .getResultList().stream().findFirst().map(Catalogue::view);
    }

    /**
     * The codes of a version's categories of one stage, read once a server (versions are never edited): for a
     * caller that needs no more of the version than that (a matter's every step asks which categories wait for the
     * completion stage).
     */
    public Set<String> codesOfStage(int number, Stage stage) {
        return stageCodes.of(number, stage);
    }

    /** Every version, newest first, without their categories. */
    public List<CatalogueView> versions() {
        return em.createNamedQuery(CatalogueVersion.ALL, CatalogueVersion.class).getResultList().stream()
                .map(v -> new CatalogueView(v.getNumber(), v.getEffectiveFrom(), v.getNote(), v.getCreatedBy(),
                        v.getCreatedAt(), List.of()))
                .toList();
    }

    /**
     * The five disclosures (五公开) of the categories in force on the day whose code, name, department
     * or materials contain the text; all of them when the text is blank.
     */
    public List<CategoryView> disclosures(String text, LocalDate day) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return inForce(day).categories().stream()
                .filter(c -> wanted.isEmpty() || String.join(" ", c.code(), c.name(), c.nameEn(), c.departmentName(),
                                c.departmentNameEn(), String.join(" ", c.materials()))
                        .toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(java.util.Comparator.comparing(CategoryView::stage).thenComparing(CategoryView::code))
                .toList();
    }

    static CatalogueView view(CatalogueVersion v) {
        return new CatalogueView(v.getNumber(), v.getEffectiveFrom(), v.getNote(), v.getCreatedBy(), v.getCreatedAt(),
                v.getCategories().stream().map(CategoryView::of).toList());
    }
}
