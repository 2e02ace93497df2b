package org.projectdesk.approval.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.boundary.DateMove;
import org.projectdesk.calendar.boundary.FilledDates;
import org.projectdesk.calendar.boundary.WorkingDayDates;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.project.entity.Project;

/**
 * The matters' working-day dates on a changed calendar: due dates are counted again from their
 * clocks; a planned start, counted in working days from intake, keeps its count of working days
 * from intake, and the planned finish is the matter's limit after it; a plan date or statutory due
 * date left empty for want of a year is filled in. (A start planned later from another day, a green
 * channel's grant or a matter added, is a plan estimate and is moved the same way.)
 */
@ApplicationScoped
public class MatterDates implements WorkingDayDates {

    /** Stands for "no day differs": no stored date reaches it. */
    private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    @PersistenceContext
    EntityManager em;

    /** A running (not dropped) matter with a date the calendar could not count when it was set. */
    private static final String EMPTY = "m.status <> :dropped and (m.plannedStart is null or m.plannedFinish is null"
            + " or (m.statutoryDueOn is null and m.dueOn is not null))";

    @Override
    public List<DateMove> recount(WorkingDays before, WorkingDays after, boolean apply) {
        LocalDate from = Objects.requireNonNullElse(WorkingDays.firstDifference(before, after), NEVER);
        List<Object[]> rows = em.createQuery("select m, p from Matter m, Project p where m.projectId = p.id"
                        + " and m.status <> :dropped and (m.dueOn >= :from or m.statutoryDueOn >= :from"
                        + " or m.plannedStart >= :from or m.plannedFinish >= :from"
                        + " or m.plannedStart is null or m.plannedFinish is null"
                        + " or (m.statutoryDueOn is null and m.dueOn is not null))"
                        + " order by p.id, m.id", Object[].class)
                .setParameter("dropped", MatterStatus.DROPPED).setParameter("from", from).getResultList();
        List<DateMove> moves = new ArrayList<>();
        Map<Long, PlanSchedule> unplanned = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Matter m = (Matter) row[0];
            Project p = (Project) row[1];
            try {
                recountDue(m, p, after, apply, moves);
                replan(m, p, from, before, after, apply, moves, id -> unplanned.computeIfAbsent(id, x -> Planner.schedule(
                        em.createQuery("select y from Matter y where y.projectId = :id", Matter.class)
                                .setParameter("id", x).getResultList())));
            } catch (YearNotLoaded beyondTheCalendar) {
                // Past the last provisional year too: the date stays as it is until that year is there.
            }
        }
        return moves;
    }

    /**
     * {@link #recount} of a calendar unchanged (so only the empty dates are written), a share of the
     * projects at a time: their ids first, then their projects and all their matters in two queries (the
     * plan's schedule needs a project's every matter); nothing else stays in memory.
     */
    @Override
    public FilledDates fillEmpty(WorkingDays calendar, Long afterProject, int projects) {
        TypedQuery<Long> ids = em.createQuery("select distinct m.projectId from Matter m where " + EMPTY
                        + (afterProject == null ? "" : " and m.projectId > :after") + " order by m.projectId", Long.class)
                .setParameter("dropped", MatterStatus.DROPPED)
                .setMaxResults(projects);
        if (afterProject != null) {
            ids.setParameter("after", afterProject);
        }
        List<Long> share = ids.getResultList();
        if (share.isEmpty()) {
            return FilledDates.NONE;
        }
        Map<Long, Project> byId = new HashMap<>();
        em.createQuery("select p from Project p where p.id in :ids", Project.class).setParameter("ids", share)
                .getResultList().stream().forEach(p -> byId.put(p.getId(), p));
        Map<Long, List<Matter>> matters = new LinkedHashMap<>();
        em.createQuery("select m from Matter m where m.projectId in :ids order by m.projectId, m.id", Matter.class)
                .setParameter("ids", share).getResultList().stream()
                .forEach(m -> matters.computeIfAbsent(m.getProjectId(), id -> new ArrayList<>()).add(m));
        Map<Long, PlanSchedule> schedules = new HashMap<>();
        List<DateMove> moves = new ArrayList<>();
        for (List<Matter> ofProject : matters.values()) {
            for (Matter m : ofProject) {
                if (!isEmpty(m)) {
                    continue;
                }
                Project p = byId.get(m.getProjectId());
                try {
                    recountDue(m, p, calendar, true, moves);
                    replan(m, p, NEVER, calendar, calendar, true, moves,
                            id -> schedules.computeIfAbsent(id, x -> Planner.schedule(matters.get(x))));
                } catch (YearNotLoaded beyondTheCalendar) {
                    // As in recount: the date stays empty until that year is there.
                }
            }
        }
        return new FilledDates(moves, share.size() < projects ? null : share.get(share.size() - 1));
    }

    /** {@link #EMPTY} in Java. */
    private static boolean isEmpty(Matter m) {
        return m.getStatus() != MatterStatus.DROPPED && (m.getPlannedStart() == null || m.getPlannedFinish() == null
                || (m.getStatutoryDueOn() == null && m.getDueOn() != null));
    }

    private static void recountDue(Matter m, Project p, WorkingDays after, boolean apply, List<DateMove> moves) {
        Matter.Due due = m.dueCountedWith(after::dueDate);
        if (due == null) {
            return;
        }
        add(moves, m, p, "dueOn", m.getDueOn(), due.dueOn(), after);
        add(moves, m, p, "statutoryDueOn", m.getStatutoryDueOn(), due.statutoryDueOn(), after);
        if (apply) {
            m.recountDue(after::dueDate);
        }
    }

    private void replan(Matter m, Project p, LocalDate from, WorkingDays before, WorkingDays after, boolean apply,
            List<DateMove> moves, Function<Long, PlanSchedule> scheduleOf) {
        LocalDate intake = p.getIntakeOn();
        LocalDate start = m.getPlannedStart();
        if (start == null) {
            PlanSchedule schedule = scheduleOf.apply(p.getId());
            start = after.addWorkingDays(intake, schedule.slot(m.getCategoryCode()).start());
        } else if (!start.isBefore(from) && start.isAfter(intake) && before.isWorkingDay(start)) {
            start = after.addWorkingDays(intake, before.countWorkingDays(intake, start));
        }
        LocalDate finish = after.addWorkingDays(start, m.limitDays());
        add(moves, m, p, "plannedStart", m.getPlannedStart(), start, after);
        add(moves, m, p, "plannedFinish", m.getPlannedFinish(), finish, after);
        if (apply) {
            m.schedule(start, finish);
        }
    }

    private static void add(List<DateMove> moves, Matter m, Project p, String field, LocalDate before, LocalDate now,
            WorkingDays after) {
        if (!Objects.equals(before, now)) {
            moves.add(new DateMove(p.getId(), p.getFileNo(), p.getOfficer(), m.getCategoryCode(), field, before, now,
                    after.isProvisional(now)));
        }
    }
}
