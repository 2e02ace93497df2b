package org.projectdesk.coordination.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.audit.boundary.Readers;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.coordination.control.ProblemNotices;
import org.projectdesk.coordination.entity.Problem;
import org.projectdesk.coordination.entity.ProblemSource;
import org.projectdesk.coordination.entity.Visit;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.project.entity.Project;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.QueryFilter;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;

/**
 * Coordination problems: raised on a project by the office, by the project's investor or by its
 * town's staff (who meet the site's problems on the ground), moved on by the responsible departments'
 * windows (start, resolve) and by the office (any step, escalation included, which tells the director
 * and the leadership). An investor sees only their enterprise's problems, a town's staff its town's
 * (another's project is "not found"), a department window only those its department is responsible for.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME,
        Role.ADMIN_NAME, Role.TOWN_NAME})
public class Problems {

    /** The history shows a problem to whom the problems show it: a department only its own. */
    private static final Readers READERS = Readers.readersOf(Problems.class, "forProject");

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalogue catalogue;

    @EJB
    AuditTrail audit;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ProblemNotices notices;

    @Inject
    Clock clock;

    @EJB
    Callers callers;

    @EJB
    VisibleProjects projects;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.INVESTOR_NAME, Role.TOWN_NAME})
    public ProblemView raise(String fileNo, NewProblem request) {
        Project project = project(fileNo);
        if (request == null) {
            throw new RuleViolation("description", "problem.description.required");
        }
        ProblemSource source = request.source();
        CallerScope scope = callers.current();
        if (scope.isInvestor()) {
            if (source != null && source != ProblemSource.INVESTOR) {
                throw new RuleViolation("source", "problem.source.investor", source);
            }
            source = ProblemSource.INVESTOR;
        } else if (scope.isTown()) {
            if (source != null && source != ProblemSource.TOWN) {
                throw new RuleViolation("source", "problem.source.town", source);
            }
            source = ProblemSource.TOWN;
        }
        List<String> departments = knownDepartments(request.departments());
        checkSource(source, request.sourceId(), project);
        LocalDate today = LocalDate.now(clock);
        Problem problem = new Problem(project.getId(), request.description(), departments,
                request.dueDays() == null ? 0 : request.dueDays(), source, request.sourceId(),
                request.on() == null ? today : request.on(), today, caller(), clock.instant(), calendar::dueDate);
        em.persist(problem);
        audit.record(project.getId(), caller(), "PROBLEM_RAISED", "problem:" + problem.getId(), null,
                "departments=" + problem.getDepartments() + ", due=" + problem.getDueOn() + ", source=" + source
                        + ", " + problem.getDescription(), READERS.forDepartments(problem.getDepartments()));
        em.flush();
        LOG.info(() -> "Problem " + problem.getId() + " raised on " + fileNo + " by " + caller());
        return ProblemView.of(problem, project.getFileNo(), project.getName(), today, calendar);
    }

    public ProblemView problem(long id) {
        Problem problem = visible(id);
        return view(problem);
    }

    /** Problems the filter keeps, soonest due first, as far as the caller may see them. */
    public ProblemPage list(ProblemFilter filter, int page, int size) {
        ProblemFilter f = filter == null ? ProblemFilter.ALL : filter;
        CallerScope scope = callers.current();
        QueryFilter where = new QueryFilter("pr.id = p.projectId")
                .andIfGiven("p.status = :status", "status", f.status())
                .andIfGiven(":department member of p.departments", "department", f.department())
                .andIfGiven("pr.fileNo = :fileNo", "fileNo", f.fileNo())
                .andIfGiven("pr.enterprise.creditCode = :enterprise", "enterprise", scope.ownEnterprise().orElse(null))
                .andIfGiven("pr.town = :ownTown", "ownTown", scope.ownTown().orElse(null))
                .andIfGiven(":own member of p.departments", "own", scope.ownDepartment().orElse(null));
        String from = " from Problem p, Project pr";
        LocalDate today = LocalDate.now(clock);
        List<ProblemView> items = where.query(em, "select p, pr.fileNo, pr.name" + from, " order by p.dueOn, p.id",
                        Object[].class).setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> ProblemView.of((Problem) r[0], (String) r[1], (String) r[2], today, calendar)).toList();
        return new ProblemPage(items, where.count(em, "select count(p)" + from));
    }

    /** The problems of one project (for an investor, only their own project's; for a town's staff, its town's). */
    public List<ProblemView> forProject(String fileNo) {
        project(fileNo);
        return list(new ProblemFilter(null, null, fileNo), 0, 1000).items();
    }

    /** Takes the step; a department window only starts and resolves its own department's problems. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME})
    public ProblemView act(long id, ProblemEvent event) {
        Problem problem = visible(id);
        if (event == null || event.type() == null) {
            throw new RuleViolation("type", "problem.type.required");
        }
        if (callers.current().isDepartmentWindow() && !event.type().isDepartments()) {
            throw new EJBAccessException("A department window only starts and resolves problems");
        }
        if (event.version() != null) {
            StaleVersion.check("Problem " + id, event.version(), problem.getVersion());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = event.on() == null ? today : event.on();
        String before = problem.getStatus().name();
        switch (event.type()) {
            case START -> problem.start();
            case RESOLVE -> problem.resolve(event.resolution(), on, today);
            case ESCALATE -> problem.escalate(event.reason(), on, today);
            case REOPEN -> problem.reopen(event.reason());
        }
        if (event.type() == ProblemEvent.Type.ESCALATE) {
            notices.escalated(problem);
        }
        String text = event.type() == ProblemEvent.Type.RESOLVE ? event.resolution() : event.reason();
        audit.record(problem.getProjectId(), caller(), "PROBLEM_" + event.type(), "problem:" + id, before,
                problem.getStatus() + (text == null || text.isBlank() ? "" : ", " + text.strip()),
                READERS.forDepartments(problem.getDepartments()));
        em.flush();
        LOG.info(() -> "Problem " + id + " " + event.type() + " by " + caller());
        return view(problem);
    }

    private void checkSource(ProblemSource source, Long sourceId, Project project) {
        if (source == ProblemSource.VISIT) {
            Visit visit = sourceId == null ? null : em.find(Visit.class, sourceId);
            if (visit == null || !visit.covers(project.getId())) {
                throw new RuleViolation("sourceId", "problem.sourceId.visit", String.valueOf(sourceId), project.getFileNo());
            }
        } else if (source == ProblemSource.MEETING) {
            long reviewing = sourceId == null ? 0 : em.createQuery("select count(m) from Meeting m join m.projectIds p"
                    + " where m.id = :id and p = :project", Long.class)
                    .setParameter("id", sourceId).setParameter("project", project.getId()).getSingleResult();
            if (reviewing == 0) {
                throw new RuleViolation("sourceId", "problem.sourceId.meeting", String.valueOf(sourceId), project.getFileNo());
            }
        } else if ((source == ProblemSource.OFFICER || source == ProblemSource.INVESTOR || source == ProblemSource.TOWN)
                && sourceId != null) {
            throw new RuleViolation("sourceId", "problem.sourceId.unexpected", source);
        }
    }

    private List<String> knownDepartments(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new RuleViolation("departments", "problem.departments.required");
        }
        Set<String> known = catalogue.departments().stream().map(DepartmentView::code).collect(Collectors.toSet());
        for (String code : codes) {
            if (code == null || !known.contains(code.strip())) {
                throw new RuleViolation("departments", "catalogue.department.unknown", code);
            }
        }
        return codes.stream().map(String::strip).distinct().toList();
    }

    private Project project(String fileNo) {
        return projects.byFileNo(fileNo);
    }

    private Problem visible(long id) {
        Problem problem = em.find(Problem.class, id);
        if (problem == null) {
            throw new NotFound("There is no problem " + id);
        }
        CallerScope scope = callers.current();
        Project project = em.find(Project.class, problem.getProjectId());
        if (!scope.sees(project.getEnterprise().getCreditCode()) || !scope.seesTown(project.getTown())) {
            throw new NotFound("There is no problem " + id);
        }
        Optional<String> department = scope.ownDepartment();
        if (department.isPresent() && !problem.isResponsible(department.get())) {
            throw new NotFound("There is no problem " + id);
        }
        return problem;
    }

    private ProblemView view(Problem problem) {
        Project project = em.find(Project.class, problem.getProjectId());
        return ProblemView.of(problem, project.getFileNo(), project.getName(), LocalDate.now(clock), calendar);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
