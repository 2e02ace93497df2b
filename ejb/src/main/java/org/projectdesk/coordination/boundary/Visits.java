package org.projectdesk.coordination.boundary;

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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.audit.boundary.Readers;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.coordination.entity.Visit;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.project.entity.Enterprise;
import org.projectdesk.project.entity.Project;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.QueryFilter;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.shared.control.StepDate;

/**
 * On-site guidance visits: the office records and corrects them; the leadership reads them all, a
 * department window those its department attended, a town's staff those that covered one of its
 * town's projects (naming only its town's projects and their enterprises). Town staff who joined a
 * visit are named among its staff, like the office's. Investors have no access. Each visit is in the
 * history of every project it covered.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TOWN_NAME})
public class Visits {

    /** The history shows a visit to whom the visits show it: not the investor, a department only its own. */
    private static final Readers READERS = Readers.readersOf(Visits.class, "list");

    private static final Logger LOG = Logger.getLogger(Visits.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalogue catalogue;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    @EJB
    Callers callers;

    @EJB
    VisibleProjects projects;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public VisitView record(VisitRecord request) {
        Visit visit = new Visit(content(request), LocalDate.now(clock), caller(), clock.instant());
        em.persist(visit);
        history(visit, "VISIT_RECORDED");
        em.flush();
        LOG.info(() -> "Visit " + visit.getId() + " on " + visit.getVisitedOn() + " recorded by " + caller());
        return view(visit);
    }

    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public VisitView change(long id, VisitRecord request) {
        Visit visit = visible(id);
        if (request != null && request.version() != null) {
            StaleVersion.check("Visit " + id, request.version(), visit.getVersion());
        }
        visit.change(content(request), LocalDate.now(clock), caller(), clock.instant());
        history(visit, "VISIT_CHANGED");
        em.flush();
        return view(visit);
    }

    public VisitView visit(long id) {
        return view(visible(id));
    }

    /**
     * Visits held in [from, to] (either may be null), newest first; a department window gets its own
     * only, a town's staff those that covered one of its town's projects.
     */
    public VisitPage list(LocalDate from, LocalDate to, String department, int page, int size) {
        CallerScope scope = callers.current();
        QueryFilter where = new QueryFilter()
                .andIfGiven("v.visitedOn >= :from", "from", from)
                .andIfGiven("v.visitedOn <= :to", "to", to)
                .andIfGiven(":department member of v.departments", "department", department)
                .andIfGiven(":own member of v.departments", "own", scope.ownDepartment().orElse(null))
                .andIfGiven("exists (select p.id from Project p where p.id member of v.projectIds and p.town = :ownTown)",
                        "ownTown", scope.ownTown().orElse(null));
        List<Visit> visits = where.query(em, "select v from Visit v", " order by v.visitedOn desc, v.id desc", Visit.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, VisitView.ProjectRef> projects = projects(visits.stream().flatMap(v -> v.getProjectIds().stream())
                .collect(Collectors.toSet()));
        Map<String, String> enterprises = enterpriseNames(visits.stream().flatMap(v -> v.getEnterprises().stream())
                .collect(Collectors.toSet()));
        return new VisitPage(visits.stream().map(v -> view(v, projects, enterprises)).toList(),
                where.count(em, "select count(v) from Visit v"));
    }

    private Visit.Content content(VisitRecord r) {
        if (r == null) {
            throw StepDate.missing("on");
        }
        Set<Long> projectIds = new TreeSet<>();
        Set<String> enterprises = new LinkedHashSet<>();
        for (String fileNo : r.projects() == null ? List.<String>of() : r.projects()) {
            Project project = projects.find(fileNo)
                    .orElseThrow(() -> new RuleViolation("projects", "visit.project.unknown", fileNo));
            projectIds.add(project.getId());
            enterprises.add(project.getEnterprise().getCreditCode());
        }
        for (String code : r.enterprises() == null ? List.<String>of() : r.enterprises()) {
            String given = code == null ? "" : code.strip();
            if (em.createNamedQuery(Enterprise.BY_CREDIT_CODE, Enterprise.class).setParameter("code", given)
                    .getResultList().stream().findFirst().isEmpty()) {
                throw new RuleViolation("enterprises", "visit.enterprise.unknown", code);
            }
            enterprises.add(given);
        }
        Set<String> known = catalogue.departments().stream().map(DepartmentView::code).collect(Collectors.toSet());
        List<String> departments = r.departments() == null ? List.of() : r.departments();
        for (String code : departments) {
            if (code == null || !known.contains(code.strip())) {
                throw new RuleViolation("departments", "catalogue.department.unknown", code);
            }
        }
        List<Visit.ActionLine> actions = r.actions() == null ? List.of() : r.actions().stream()
                .map(a -> a == null ? null : new Visit.ActionLine(a.action(), a.owner(), a.dueOn())).toList();
        return new Visit.Content(r.on(), enterprises, projectIds, r.staff(), departments, r.issues(), actions);
    }

    private void history(Visit visit, String action) {
        String text = "on=" + visit.getVisitedOn() + ", departments=" + visit.getDepartments() + ", staff="
                + visit.getStaff() + ", actions=" + visit.getActions().size();
        Readers readers = READERS.forDepartments(visit.getDepartments());
        visit.getProjectIds().forEach(p -> audit.record(p, caller(), action, "visit:" + visit.getId(), null, text, readers));
    }

    private Visit visible(long id) {
        Visit visit = em.find(Visit.class, id);
        CallerScope scope = callers.current();
        Optional<String> own = scope.ownDepartment();
        if (visit == null || own.isPresent() && !visit.attendedBy(own.get())
                || scope.isTown() && projects.visibleAmong(visit.getProjectIds()).isEmpty()) {
            throw new NotFound("There is no visit " + id);
        }
        return visit;
    }

    private VisitView view(Visit visit) {
        return view(visit, projects(visit.getProjectIds()), enterpriseNames(visit.getEnterprises()));
    }

    private static VisitView view(Visit v, Map<Long, VisitView.ProjectRef> projects, Map<String, String> enterprises) {
        return new VisitView(v.getId(), v.getVersion(), v.getVisitedOn(),
                v.getEnterprises().stream().filter(enterprises::containsKey)
                        .map(c -> new VisitView.EnterpriseRef(c, enterprises.get(c))).toList(),
                v.getProjectIds().stream().map(projects::get).filter(java.util.Objects::nonNull).toList(),
                List.copyOf(v.getStaff()), List.copyOf(v.getDepartments()), v.getIssues(),
                v.getActions().stream().map(a -> new VisitRecord.Action(a.getAction(), a.getOwner(), a.getDueOn())).toList(),
                v.getRecordedBy(), v.getRecordedAt(), v.getChangedBy(), v.getChangedAt());
    }

    /** The projects by id, those the caller may see (a town's staff: its town's; a visit shows no other). */
    private Map<Long, VisitView.ProjectRef> projects(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p.id, p.fileNo, p.name from Project p where p.id in :ids", Object[].class)
                .setParameter("ids", projects.visibleAmong(ids)).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> new VisitView.ProjectRef((String) r[1], (String) r[2])));
    }

    /**
     * The enterprises' names by credit code. A town's staff sees only the enterprises of its town's
     * projects: a visit's other enterprises are another town's business.
     */
    private Map<String, String> enterpriseNames(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        QueryFilter where = new QueryFilter("e.creditCode in :codes").parameter("codes", codes)
                .andIfGiven("exists (select p.id from Project p where p.enterprise = e and p.town = :ownTown)", "ownTown",
                        callers.current().ownTown().orElse(null));
        return where.query(em, "select e.creditCode, e.name from Enterprise e", "", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
