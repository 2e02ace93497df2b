package org.projectdesk.catalogue.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.catalogue.control.CatalogueRules;
import org.projectdesk.catalogue.control.CategoryFile;
import org.projectdesk.catalogue.control.VersionsReadThisRequest;
import org.projectdesk.catalogue.entity.CatalogueVersion;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.catalogue.entity.Department;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;

/**
 * Keeping the catalogue: import a whole catalogue from CSV (preview first, then all or nothing),
 * change one category, export a version, and keep the departments. Every catalogue change makes a
 * new version with an effective date; versions are never edited.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.DIRECTOR_NAME})
public class CatalogueAdministration {

    private static final Logger LOG = Logger.getLogger(CatalogueAdministration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VersionsReadThisRequest readThisRequest;

    @Resource
    SessionContext session;

    public CatalogueImport preview(byte[] content) {
        CategoryFile file = CategoryFile.read(content == null ? new byte[0] : content, departmentCodes());
        List<CategoryTerms> incoming = file.categories();
        Map<String, CategoryTerms> current = latest().map(CatalogueVersion::terms).orElse(List.of()).stream()
                .collect(Collectors.toMap(CategoryTerms::code, Function.identity()));
        TreeSet<String> added = new TreeSet<>();
        TreeSet<String> changed = new TreeSet<>();
        for (CategoryTerms category : incoming) {
            CategoryTerms before = current.get(category.code());
            if (before == null) {
                added.add(category.code());
            } else if (!before.equals(category)) {
                changed.add(category.code());
            }
        }
        TreeSet<String> removed = new TreeSet<>(current.keySet());
        incoming.forEach(c -> removed.remove(c.code()));
        return new CatalogueImport(incoming.size(), added, changed, file.isValid() ? removed : new TreeSet<>(),
                file.problems());
    }

    /** Makes the file's catalogue the next version, effective from the given day; a file with any problem changes nothing. */
    public CatalogueView apply(byte[] content, LocalDate effectiveFrom, String note) {
        CategoryFile file = CategoryFile.read(content == null ? new byte[0] : content, departmentCodes());
        if (!file.isValid()) {
            throw new RuleViolation(null, "catalogue.import.invalid", file.problems().size());
        }
        return Catalogue.view(newVersion(file.categories(), effectiveFrom, note, caller()));
    }

    /** A new version equal to the latest but for one category, which must keep the catalogue consistent. */
    public CatalogueView change(CategoryTerms changed, LocalDate effectiveFrom, String note) {
        List<CategoryTerms> categories = new ArrayList<>(latest().map(CatalogueVersion::terms).orElse(List.of()));
        int index = indexOf(categories, changed.code());
        if (index < 0) {
            throw new RuleViolation("code", "catalogue.category.unknown", changed.code());
        }
        categories.set(index, changed);
        List<CatalogueRules.Located> located = categories.stream().map(c -> new CatalogueRules.Located(0, c)).toList();
        List<ImportProblem> problems = CatalogueRules.check(located, departmentCodes());
        if (!problems.isEmpty()) {
            ImportProblem first = problems.get(0);
            throw new RuleViolation(first.column(), first.key(), (Object[]) first.arguments());
        }
        return Catalogue.view(newVersion(categories, effectiveFrom, note, caller()));
    }

    public byte[] export(int number) {
        CatalogueVersion version = em.createNamedQuery(CatalogueVersion.BY_NUMBER, CatalogueVersion.class)
                .setParameter("number", number).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFound("There is no catalogue version " + number));
        return CategoryFile.write(version.terms());
    }

    public DepartmentView renameDepartment(String code, long version, String name, String nameEn) {
        Department department = em.find(Department.class, code);
        if (department == null) {
            throw new NotFound("There is no department " + code);
        }
        StaleVersion.check("Department " + code, version, department.getVersion());
        department.rename(name, nameEn);
        em.flush();
        readThisRequest.forget();
        return new DepartmentView(department.getCode(), department.getName(), department.getNameEn(), department.getVersion());
    }

    public DepartmentView addDepartment(String code, String name, String nameEn) {
        String normalized = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (normalized != null && em.find(Department.class, normalized) != null) {
            throw new RuleViolation("code", "import.duplicate", normalized, "-");
        }
        Department department = new Department(normalized, name, nameEn);
        em.persist(department);
        em.flush();
        return new DepartmentView(department.getCode(), department.getName(), department.getNameEn(), department.getVersion());
    }

    /**
     * At first start: the departments and categories shipped in config/catalogue, as version 1,
     * effective from the day the office began its guarantee service (September 2011).
     */
    @PermitAll
    public void loadShipped(byte[] departments, byte[] categories, LocalDate effectiveFrom) {
        CsvTable table = CsvTable.read(departments, List.of("code", "name", "name_en"), List.of());
        if (!table.problems().isEmpty()) {
            throw new IllegalStateException("The shipped departments file is invalid: " + table.problems());
        }
        table.rows().forEach(row -> em.persist(new Department(row.get("code"), row.get("name"), row.get("name_en"))));
        em.flush();
        CategoryFile file = CategoryFile.read(categories, departmentCodes());
        if (!file.isValid()) {
            throw new IllegalStateException("The shipped catalogue is invalid: " + file.problems());
        }
        newVersion(file.categories(), effectiveFrom, "config/catalogue/categories.csv", "system");
    }

    /**
     * On every later start: a department shipped since the installation was made (the power utility of
     * the completion acceptance) is added; those already there, renamed or not, are left as they are.
     */
    @PermitAll
    public List<String> addShippedDepartments(byte[] departments) {
        CsvTable table = CsvTable.read(departments, List.of("code", "name", "name_en"), List.of());
        if (!table.problems().isEmpty()) {
            throw new IllegalStateException("The shipped departments file is invalid: " + table.problems());
        }
        List<String> added = table.rows().stream().filter(row -> em.find(Department.class, row.get("code")) == null)
                .map(row -> {
                    em.persist(new Department(row.get("code"), row.get("name"), row.get("name_en")));
                    return row.get("code");
                }).toList();
        em.flush();
        return added;
    }

    @PermitAll
    public boolean isEmpty() {
        return em.createQuery("select count(d) from Department d", Long.class).getSingleResult() == 0;
    }

    private CatalogueVersion newVersion(List<CategoryTerms> categories, LocalDate effectiveFrom, String note, String by) {
        Map<String, Department> departments = em.createNamedQuery(Department.ALL, Department.class).getResultList().stream()
                .collect(Collectors.toMap(Department::getCode, Function.identity()));
        CatalogueVersion previous = latest().orElse(null);
        int number = em.createNamedQuery(CatalogueVersion.LATEST_NUMBER, Integer.class).getSingleResult() + 1;
        CatalogueVersion version = new CatalogueVersion(previous, number, effectiveFrom, note, categories, departments,
                by, clock.instant());
        em.persist(version);
        em.flush();
        LOG.info(() -> "Catalogue version " + number + " with " + categories.size() + " categories, effective "
                + effectiveFrom + ", by " + by);
        return version;
    }

    private Optional<CatalogueVersion> latest() {
        return em.createNamedQuery(CatalogueVersion.ALL, CatalogueVersion.class).setMaxResults(1).getResultList().stream().findFirst();
    }

    private Set<String> departmentCodes() {
        return em.createNamedQuery(Department.ALL, Department.class).getResultList().stream().map(Department::getCode)
                .collect(Collectors.toSet());
    }

    private static int indexOf(List<CategoryTerms> categories, String code) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
