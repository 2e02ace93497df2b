package org.projectdesk.worklist.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.projectdesk.catalogue.entity.Department;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.worklist.control.KeptQueues;
import org.projectdesk.worklist.control.QueueQueries;

/**
 * Each user's work queues (我的待办), for the home page: counts and the first {@code shown} items of
 * each, most urgent first. The caller decides whose work: an officer's own projects, a department
 * window's own department (narrowed by {@link CallerScope}), the director's office-wide decisions. All are kept
 * between requests under whose they are ({@link KeptQueues}).
 */
@Stateless
public class WorkQueues {

    @EJB
    Callers callers;

    @Inject
    QueueQueries queries;

    @Inject
    KeptQueues kept;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The calling officer's queues: the projects they coordinate. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public OfficerQueues officer(int shown) {
        String me = callers.current().username();
        LocalDate today = LocalDate.now(clock);
        return kept.officer(me, today, shown, () -> new OfficerQueues(queries.officerMatters(me, today, shown),
                queries.uploadedMaterials(me, shown),
                queries.officerMeetings(me, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), shown),
                queries.officerProblems(me, shown)));
    }

    /** The calling department window's queues: its own department's work; a caller with none has none. */
    @RolesAllowed(Role.DEPARTMENT_NAME)
    public DepartmentQueues department(int shown) {
        String code = callers.current().ownDepartment().orElse(CallerScope.NOTHING);
        Department department = em.find(Department.class, code);
        if (department == null) {
            return new DepartmentQueues(null, null, null, WorkQueue.EMPTY, WorkQueue.EMPTY, WorkQueue.EMPTY, WorkQueue.EMPTY);
        }
        LocalDate today = LocalDate.now(clock);
        return kept.department(code, today, shown, () -> new DepartmentQueues(code, department.getName(),
                department.getNameEn(), queries.departmentMatters(code, today, shown), queries.invitations(code, today, shown),
                queries.opinionsToGive(code, shown), queries.itemsToSign(code, shown)));
    }

    /** The director's queues: the decisions and answers only the director gives, and what is red or escalated. */
    @RolesAllowed(Role.DIRECTOR_NAME)
    public DirectorQueues director(int shown) {
        LocalDate today = LocalDate.now(clock);
        return kept.director(today, shown, () -> new DirectorQueues(queries.greenChannelProposals(shown),
                queries.openComplaints(shown), queries.redMatters(today, shown), queries.escalatedProblems(shown)));
    }

    /** Every running matter on red, for those who follow the whole city's progress. */
    @RolesAllowed({Role.DIRECTOR_NAME, Role.LEADER_NAME})
    public WorkQueue red(int shown) {
        LocalDate today = LocalDate.now(clock);
        return kept.red(today, shown, () -> queries.redMatters(today, shown));
    }
}
