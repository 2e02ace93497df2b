package org.projectdesk.approval.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.approval.entity.PlanRule;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.catalogue.boundary.CatalogueView;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.project.entity.ProjectType;

/**
 * Makes a new project's approval plan: one matter for each category the plan rules select for the
 * project type, with the limits of the catalogue version in force at intake, scheduled as early as
 * prerequisites allow from the intake day.
 */
@ApplicationScoped
public class Planner {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingDayCalendar calendar;

    public List<Matter> plan(Long projectId, CatalogueView version, ProjectType type, LocalDate start) {
        Set<String> codes = new HashSet<>(em.createNamedQuery(PlanRule.CODES_FOR_TYPE, String.class)
                .setParameter("type", type).getResultList());
        List<Matter> matters = new ArrayList<>();
        for (CategoryView category : version.categories()) {
            if (codes.contains(category.code())) {
                matters.add(new Matter(projectId, terms(category)));
            }
        }
        PlanSchedule schedule = schedule(matters);
        for (Matter matter : matters) {
            PlanSchedule.Slot slot = schedule.slot(matter.getCategoryCode());
            matter.schedule(dateOrNull(start, slot.start()), dateOrNull(start, slot.finish()));
            // Stored once scheduled: one insert a matter, not an insert and then an update of its dates.
            em.persist(matter);
        }
        return matters;
    }

    /**
     * One more matter for an existing plan, scheduled from today or after its planned prerequisites,
     * whichever is later.
     */
    public Matter add(Long projectId, CategoryView category, List<Matter> planned, LocalDate today) {
        Matter matter = new Matter(projectId, terms(category));
        LocalDate start = today;
        for (Matter before : planned) {
            LocalDate done = before.getDecidedOn() != null ? before.getDecidedOn()
                    : before.getDueOn() != null ? before.getDueOn() : before.getPlannedFinish();
            if (category.prerequisites().contains(before.getCategoryCode()) && done != null && done.isAfter(start)) {
                start = done;
            }
        }
        matter.schedule(start, dateOrNull(start, matter.limitDays()));
        em.persist(matter);
        return matter;
    }

    /**
     * Plans the matters not yet filed again from {@code from}, on their current limits and as the
     * project's prerequisites now stand (a green-channel plan puts simulatable matters beside the land's).
     */
    public void replanUnfiled(List<Matter> matters, LocalDate from) {
        PlanSchedule schedule = Prerequisites.of(matters).schedule();
        for (Matter matter : matters) {
            if (matter.getStatus() == MatterStatus.PLANNED || matter.getStatus() == MatterStatus.MATERIALS_IN_PREPARATION) {
                PlanSchedule.Slot slot = schedule.slot(matter.getCategoryCode());
                matter.schedule(dateOrNull(from, slot.start()), dateOrNull(from, slot.finish()));
            }
        }
    }

    /** Each matter's slot in working days from intake, as early as its prerequisites in the plan allow. */
    static PlanSchedule schedule(List<Matter> matters) {
        return PlanSchedule.of(matters.stream().map(m -> new PlanSchedule.Item(m.getCategoryCode(),
                m.getPromisedDays(), m.getPrerequisites())).toList());
    }

    /** The date N working days after the start, or null while that needs a year that is not loaded. */
    private LocalDate dateOrNull(LocalDate start, int days) {
        try {
            return calendar.addWorkingDays(start, days);
        } catch (YearNotLoaded e) {
            return null;
        }
    }

    private static CategoryTerms terms(CategoryView c) {
        return new CategoryTerms(c.code(), c.name(), c.nameEn(), c.departmentCode(), c.stage(), c.statutoryDays(),
                c.promisedDays(), c.greenChannelDays(), c.immediate(), c.defaultCaseType(), c.prerequisites(),
                c.simulatable(), c.materials(), c.serviceContent(), c.procedure(), c.fee(), c.legalBasis());
    }
}
