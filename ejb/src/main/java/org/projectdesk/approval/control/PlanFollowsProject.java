package org.projectdesk.approval.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.greenchannel.boundary.GreenChannelGranted;
import org.projectdesk.project.boundary.ProjectWithdrawn;

/**
 * What a project's approval plan does when something happens to the project, in the same
 * transaction: granted the green channel, it runs on green-channel limits; withdrawn, its simulated
 * approvals and every matter standing on them halt. Also halts the dependents of a broken pledge.
 */
@ApplicationScoped
public class PlanFollowsProject {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Planner planner;

    @Inject
    Clock clock;

    /** Every matter still to be decided runs on its green-channel limit; those not yet filed are planned again from today. */
    void onGreenChannelGranted(@Observes GreenChannelGranted granted) {
        DueDates dueDates = calendar::dueDate;
        List<Matter> all = matters(granted.projectId());
        all.forEach(m -> m.useGreenChannel(dueDates));
        planner.replanUnfiled(all, LocalDate.now(clock));
    }

    /** Simulated approvals lose their ground: they and every matter standing on them halt, with the reason. */
    void onProjectWithdrawn(@Observes ProjectWithdrawn withdrawn) {
        String reason = "project withdrawn (" + withdrawn.reasonCode() + ")";
        List<Matter> matters = matters(withdrawn.projectId());
        for (Matter simulated : matters.stream().filter(m -> m.getStatus() == MatterStatus.SIMULATED).toList()) {
            String before = simulated.summary();
            simulated.halt(withdrawn.on(), reason);
            audit.record(withdrawn.projectId(), withdrawn.by(), "HALT", simulated.getCategoryCode(), before, simulated.summary());
            haltDependents(withdrawn.projectId(), simulated, matters, withdrawn.on(),
                    simulated.getCategoryCode() + ": " + reason, withdrawn.by());
        }
    }

    /** Halts the matters that stand on this one (a broken pledge, a withdrawn project), each in the file's history. */
    public void haltDependents(Long projectId, Matter matter, List<Matter> all, LocalDate on, String reason, String by) {
        for (Matter dependent : Prerequisites.of(all).dependents(matter)) {
            String before = dependent.summary();
            if (dependent.halt(on, reason)) {
                audit.record(projectId, by, "HALT", dependent.getCategoryCode(), before, dependent.summary());
            }
        }
    }

    private List<Matter> matters(Long projectId) {
        return em.createQuery("select m from Matter m where m.projectId = :id", Matter.class)
                .setParameter("id", projectId).getResultList();
    }
}
