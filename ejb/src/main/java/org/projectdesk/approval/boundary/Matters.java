package org.projectdesk.approval.boundary;

import jakarta.annotation.Resource;
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
import org.projectdesk.approval.control.ClockAfterSupplement;
import org.projectdesk.approval.control.PlanFollowsProject;
import org.projectdesk.approval.control.Planner;
import org.projectdesk.approval.control.Prerequisites;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.catalogue.entity.Stage;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.project.entity.Project;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.Limits;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.supervision.boundary.TimeLimitLights;

/**
 * Records the steps of approval matters: the office files and follows them on the investor's
 * behalf; a department window acts only on its own department's matters. Load, ask the matter,
 * let the project follow, store.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME})
public class Matters {

    private static final Logger LOG = Logger.getLogger(Matters.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingDayCalendar calendar;

    @EJB
    AuditTrail audit;

    @EJB
    Catalogue catalogue;

    @Inject
    OutstandingMaterials outstanding;

    @Inject
    Event<PlanChanged> planChanged;

    @Inject
    Planner planner;

    @Inject
    PlanFollowsProject planFollowsProject;

    @Inject
    Clock clock;

    @Inject
    TimeLimitLights lights;

    @EJB
    Callers callers;

    @EJB
    VisibleProjects projects;

    @Resource
    SessionContext session;

    /** Records one step on a matter; no step at all ({@code null}) is refused on its field {@code type}. */
    public MatterView record(String fileNo, String categoryCode, MatterEvent event) {
        Project project = projects.byFileNo(fileNo);
        List<Matter> matters = em.createNamedQuery(Matter.OF_PROJECT_WHOLE, Matter.class)
                .setParameter("id", project.getId()).getResultList();
        Matter matter = matters.stream().filter(m -> m.getCategoryCode().equals(categoryCode)).findFirst()
                .orElseThrow(() -> new NotFound("The service file " + fileNo + " has no matter " + categoryCode));
        requireOwnDepartment(matter);
        if (event == null) {
            throw new RuleViolation("type", "matter.event.type");
        }
        if (event.version() != null) {
            StaleVersion.check("Matter " + categoryCode + " of " + fileNo, event.version(), matter.getVersion());
        }
        String before = matter.summary();
        apply(project, matter, event, matters, outstanding.holdingBackIn(project.getId()), LocalDate.now(clock));
        followMatters(project, matters);
        audit.record(project.getId(), caller(), event.type().name(), categoryCode, before,
                matter.summary() + ", on=" + event.on());
        if (event instanceof MatterEvent.Drop) {
            // A matter taken out of the plan asks for its catalogue materials no more.
            em.flush();
            planChanged.fire(new PlanChanged(project.getId(), categoryCode));
        }
        if (event instanceof MatterEvent.Halt halt) {
            planFollowsProject.haltDependents(project.getId(), matter, matters, halt.on(),
                    categoryCode + ": " + halt.reason(), caller());
        }
        em.flush();
        LOG.fine(() -> fileNo + " " + categoryCode + " " + event.type() + " on " + event.on() + " by " + caller());
        return MatterView.of(matter, onCriticalPath(matters, categoryCode), lights.of(matter), calendar);
    }

    /** One step of {@link #recordInTurn}: the matter of the category and what happened to it. */
    public record Step(String categoryCode, MatterEvent event) {
    }

    /**
     * Records steps on one file's matters in turn, each exactly as {@link #record} does (the same matter method,
     * the project following, an audit entry, a dropped matter's plan change, a halt's dependents), but loading the
     * file and its matters once and writing once at the end: for the ledger import, which brings a new file's
     * matters to their states by some forty steps. What a step's own flush would refuse (a value longer than its
     * column) is refused on the step. A matter's version counts the writes, so it is one more for all of its steps,
     * not one more for each. {@code taking} hears the index of each step before it is taken, so that a refusal can be
     * laid on the line that gave the step.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public void recordInTurn(String fileNo, List<Step> steps, java.util.function.IntConsumer taking) {
        Project project = projects.byFileNo(fileNo);
        List<Matter> matters = em.createQuery("select m from Matter m where m.projectId = :id", Matter.class)
                .setParameter("id", project.getId()).getResultList();
        LocalDate today = LocalDate.now(clock);
        // No step receives a material or records a partial acceptance: what holds matters back is read once.
        OutstandingMaterials.HoldingBack holdingBack = outstanding.holdingBackIn(project.getId());
        for (int i = 0; i < steps.size(); i++) {
            taking.accept(i);
            String categoryCode = steps.get(i).categoryCode();
            MatterEvent event = steps.get(i).event();
            Matter matter = matters.stream().filter(m -> m.getCategoryCode().equals(categoryCode)).findFirst()
                    .orElseThrow(() -> new NotFound("The service file " + fileNo + " has no matter " + categoryCode));
            requireOwnDepartment(matter);
            String before = matter.summary();
            apply(project, matter, event, matters, holdingBack, today);
            Limits.check(matter);
            followMatters(project, matters);
            audit.record(project.getId(), caller(), event.type().name(), categoryCode, before,
                    matter.summary() + ", on=" + event.on());
            if (event instanceof MatterEvent.Drop) {
                em.flush();
                planChanged.fire(new PlanChanged(project.getId(), categoryCode));
            }
            if (event instanceof MatterEvent.Halt halt) {
                planFollowsProject.haltDependents(project.getId(), matter, matters, halt.on(),
                        categoryCode + ": " + halt.reason(), caller());
            }
        }
        em.flush();
    }

    /**
     * Decides a matter by the joint completion acceptance's opinion ({@code documentNo}, on {@code on}):
     * a matter not yet filed is accepted and approved the same day (the joint acceptance checked its
     * materials), a running one approved; one decided already, or not in the plan, is left as it is.
     * Whether it was decided now.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public boolean decideByJointAcceptance(String fileNo, String categoryCode, LocalDate on, String documentNo) {
        Project project = projects.byFileNo(fileNo);
        List<Matter> matters = em.createQuery("select m from Matter m where m.projectId = :id", Matter.class)
                .setParameter("id", project.getId()).getResultList();
        Matter matter = matters.stream().filter(m -> m.getCategoryCode().equals(categoryCode)).findFirst().orElse(null);
        if (matter == null || !matter.decidableByJointAcceptance()) {
            return false;
        }
        String before = matter.summary();
        LocalDate today = LocalDate.now(clock);
        matter.decideByJointAcceptance(on, today, documentNo, Prerequisites.of(matters).notApproved(matter), calendar::dueDate);
        followMatters(project, matters);
        audit.record(project.getId(), caller(), "JOINT_ACCEPTANCE", categoryCode, before, matter.summary() + ", on=" + on);
        em.flush();
        return true;
    }

    /**
     * Adds a category of the project's catalogue version to its plan, with the reason; it is
     * scheduled to start when its planned prerequisites finish.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public MatterView addToPlan(String fileNo, String categoryCode, String reason) {
        Project project = projects.byFileNo(fileNo);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "matter.reason.required");
        }
        List<Matter> planned = em.createQuery("select m from Matter m where m.projectId = :id", Matter.class)
                .setParameter("id", project.getId()).getResultList();
        if (planned.stream().anyMatch(m -> m.getCategoryCode().equals(categoryCode))) {
            throw new RuleViolation("categoryCode", "matter.alreadyPlanned", categoryCode);
        }
        CategoryView category = catalogue.version(project.getCatalogueVersion()).categories().stream()
                .filter(c -> c.code().equals(categoryCode)).findFirst()
                .orElseThrow(() -> new RuleViolation("categoryCode", "catalogue.category.unknown", categoryCode));
        Matter matter = planner.add(project.getId(), category, planned, LocalDate.now(clock));
        audit.record(project.getId(), caller(), "ADD_TO_PLAN", categoryCode, null, matter.summary() + ", reason=" + reason.strip());
        em.flush();
        planChanged.fire(new PlanChanged(project.getId(), categoryCode));
        List<Matter> all = new java.util.ArrayList<>(planned);
        all.add(matter);
        return MatterView.of(matter, onCriticalPath(all, categoryCode), lights.of(matter), calendar);
    }

    /**
     * The project follows its matters: in approval once one is filed, its approvals complete (办结) once
     * every matter is decided but those of the completion stage, which wait for the building to be finished
     * and are decided by the joint completion acceptance after construction.
     */
    private void followMatters(Project project, List<Matter> matters) {
        Set<String> completionStage = catalogue.codesOfStage(project.getCatalogueVersion(), Stage.IV);
        project.followMatters(matters.stream().anyMatch(m -> m.getAcceptedOn() != null),
                matters.stream().allMatch(m -> m.getStatus().isFinished() || completionStage.contains(m.getCategoryCode())));
    }

    /** Hands each step's fields to the one {@link Matter} method that takes it. */
    private void apply(Project project, Matter matter, MatterEvent event, List<Matter> all,
            OutstandingMaterials.HoldingBack holdingBack, LocalDate today) {
        DueDates dueDates = calendar::dueDate;
        Prerequisites prerequisites = Prerequisites.of(all);
        boolean landHeld = project.getLandStatus() == org.projectdesk.project.entity.LandStatus.HELD;
        if (event instanceof MatterEvent.PrepareMaterials e) {
            matter.prepareMaterials(e.on(), today);
        } else if (event instanceof MatterEvent.Accept e) {
            matter.accept(e.on(), today, e.caseType(), !Boolean.FALSE.equals(e.byAgent())
                    && !callers.current().isDepartmentWindow(), e.externalDueOn(),
                    holdingBack.of(matter.getCategoryCode(), matter.getDepartmentCode()), dueDates);
        } else if (event instanceof MatterEvent.StartReview e) {
            matter.startReview(e.on(), today);
        } else if (event instanceof MatterEvent.RequestSupplement e) {
            matter.requestSupplement(e.on(), today, e.materials());
        } else if (event instanceof MatterEvent.SupplementComplete e) {
            matter.completeSupplement(e.on(), today, ClockAfterSupplement.configured(), dueDates);
        } else if (event instanceof MatterEvent.Suspend e) {
            matter.suspend(e.on(), today, e.procedureType() == null ? 2 : e.procedureType(), e.reason());
        } else if (event instanceof MatterEvent.Resume e) {
            matter.resume(e.on(), today, e.result(), dueDates);
        } else if (event instanceof MatterEvent.Approve e) {
            matter.approve(e.on(), today, e.documentNo(), prerequisites.notApproved(matter));
        } else if (event instanceof MatterEvent.Return e) {
            matter.returnToApplicant(e.on(), today, e.reason());
        } else if (event instanceof MatterEvent.Drop e) {
            matter.drop(e.reason());
        } else if (event instanceof MatterEvent.IssueSimulated e) {
            matter.issueSimulated(e.on(), today, e.documentNo(), e.conditions(), e.pledge(),
                    project.getGreenChannel().isGranted(), landHeld, prerequisites.blockingSimulation(matter));
        } else if (event instanceof MatterEvent.ConvertSimulated e) {
            matter.convertSimulated(e.on(), today, e.documentNo(), landHeld, prerequisites.notApproved(matter));
        } else if (event instanceof MatterEvent.Halt e) {
            matter.breakPledge(e.on(), today, e.reason());
        } else {
            throw new IllegalArgumentException("No matter step " + event.type());
        }
    }

    /** Whether the matter is on its plan's critical path, as the service file shows it. */
    private static boolean onCriticalPath(List<Matter> all, String categoryCode) {
        return Prerequisites.of(all).schedule().criticalPath().contains(categoryCode);
    }

    private void requireOwnDepartment(Matter matter) {
        callers.current().requireOwnDepartment(matter.getDepartmentCode(), () -> new RuleViolation(null,
                "matter.department.other", matter.getCategoryCode(), matter.getDepartmentCode()).getMessage());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
