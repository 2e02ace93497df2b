package org.projectdesk.portal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.acceptance.boundary.AcceptanceSummary;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.boundary.Acceptances;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.portal.control.PlainAcceptance;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.project.entity.Project;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;

/**
 * The investor's view of their project's joint completion acceptance, in plain words: every read goes
 * through the acceptance feature's own scoped reads, so an investor sees only their enterprise's cases.
 */
@Stateless
@RolesAllowed({Role.INVESTOR_NAME, Role.OFFICER_NAME, Role.DIRECTOR_NAME})
public class PortalAcceptances {

    @EJB
    VisibleProjects projects;

    @EJB
    Acceptances acceptances;

    @EJB
    FindingEvidences evidence;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /**
     * The project's acceptances, and the one asked for ({@code acceptanceId}; null: the newest) told plainly;
     * a case of another project is not found.
     */
    public PortalAcceptanceView status(String fileNo, Long acceptanceId) {
        Project project = projects.byFileNo(fileNo);
        List<AcceptanceSummary> cases = acceptances.forProject(fileNo);
        boolean mayApply = Acceptances.APPLYING.contains(project.getStatus()) && cases.stream().noneMatch(c -> c.status().isOpen());
        AcceptanceSummary chosen = acceptanceId == null ? cases.stream().findFirst().orElse(null)
                : cases.stream().filter(c -> c.id() == acceptanceId).findFirst()
                        .orElseThrow(() -> new NotFound(fileNo + " has no acceptance " + acceptanceId));
        if (chosen == null) {
            return new PortalAcceptanceView(project.getFileNo(), project.getName(), project.getStatus(), mayApply, cases, null,
                    null, List.of(), List.of(), 0, List.of(), List.of(), List.of(), List.of());
        }
        AcceptanceView a = acceptances.acceptance(chosen.id());
        return new PortalAcceptanceView(project.getFileNo(), project.getName(), project.getStatus(), mayApply, cases, a,
                PlainAcceptance.next(a, calendar::isProvisional),
                PlainAcceptance.rectification(a, evidence.ofCase(a.id()), this::workingDaysLeft, calendar::isProvisional),
                PlainAcceptance.materials(a), PlainAcceptance.outstanding(a), PlainAcceptance.items(a),
                PlainAcceptance.deadlines(a, calendar::isProvisional), PlainAcceptance.pledges(a), PlainAcceptance.pledgeable(a));
    }

    /** Working days from today to the day (0 on the day, negative past it); null beyond the calendar. */
    private Integer workingDaysLeft(LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        try {
            return day.isBefore(today) ? -calendar.countWorkingDays(day, today) : calendar.countWorkingDays(today, day);
        } catch (YearNotLoaded e) {
            return null;
        }
    }
}
