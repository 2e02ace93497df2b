package org.projectdesk.coordination.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.projectdesk.calendar.boundary.DateMove;
import org.projectdesk.calendar.boundary.WorkingDayDates;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.coordination.entity.Problem;
import org.projectdesk.project.entity.Project;

/** Coordination problems' due dates (working days from when each was raised) on a changed calendar. */
@ApplicationScoped
public class ProblemDates implements WorkingDayDates {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<DateMove> recount(WorkingDays before, WorkingDays after, boolean apply) {
        LocalDate from = WorkingDays.firstDifference(before, after);
        if (from == null) {
            return List.of();
        }
        List<DateMove> moves = new ArrayList<>();
        List<Object[]> rows = em.createQuery("select x, p from Problem x, Project p where x.projectId = p.id"
                + " and x.dueOn >= :from order by p.id, x.id", Object[].class).setParameter("from", from).getResultList();
        for (Object[] row : rows) {
            Problem problem = (Problem) row[0];
            Project p = (Project) row[1];
            try {
                LocalDate due = problem.dueCountedWith(after::dueDate);
                if (!due.equals(problem.getDueOn())) {
                    moves.add(new DateMove(p.getId(), p.getFileNo(), p.getOfficer(), "problem " + problem.getId(), "dueOn",
                            problem.getDueOn(), due, after.isProvisional(due)));
                    if (apply) {
                        problem.recountDue(after::dueDate);
                    }
                }
            } catch (YearNotLoaded beyondTheCalendar) {
                // Stays as it is until that year is there.
            }
        }
        return moves;
    }
}
