package org.projectdesk.portal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.meeting.boundary.MeetingSummary;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.meeting.control.MeetingInvite;
import org.projectdesk.meeting.entity.MeetingStatus;
import org.projectdesk.notification.boundary.NotificationView;
import org.projectdesk.notification.boundary.OneTimeNotifications;
import org.projectdesk.portal.control.InvestorWorkload;
import org.projectdesk.portal.control.PlainStatus;
import org.projectdesk.portal.control.ProjectProgress;
import org.projectdesk.portal.entity.ServiceRating;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.security.boundary.Profile;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.ProjectFilter;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ProjectPage;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;

/**
 * The investor's view of their projects: the list, and one project's status in plain terms. Every
 * read goes through the features' own scoped reads, so an investor sees only their enterprise's.
 */
@Stateless
@RolesAllowed({Role.INVESTOR_NAME, Role.OFFICER_NAME, Role.DIRECTOR_NAME})
public class Portal {

    @EJB
    ServiceFiles files;

    @EJB
    ProjectLists lists;

    @EJB
    Meetings meetings;

    @EJB
    OneTimeNotifications notifications;

    @EJB
    MaterialUploads uploads;

    @EJB
    Ratings ratings;

    @EJB
    Complaints complaints;

    @EJB
    Logins logins;

    @EJB
    Callers callers;

    @Inject
    InvestorWorkload workload;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** The caller's projects (an investor's: their enterprise's), newest intake first. */
    public ProjectPage projects(int page, int size) {
        return lists.list(ProjectFilter.ALL, page, size, "intakeOn", false);
    }

    /**
     * The investor's first screen: their enterprise's newest projects with stage and progress, and what
     * waits for them on each (materials, pledges, a rating).
     */
    @RolesAllowed(Role.INVESTOR_NAME)
    public InvestorWork home(int size) {
        return workload.of(callers.current().ownEnterprise().orElse(CallerScope.NOTHING), Math.max(1, Math.min(size, 50)));
    }

    public ProjectStatusView status(String fileNo) {
        ServiceFileView file = files.file(fileNo);
        NotificationView notification = notifications.of(fileNo);
        LocalDateTime now = LocalDateTime.now(clock.withZone(MeetingInvite.OFFICE_TIME));
        MeetingSummary next = meetings.forProject(fileNo).stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED && m.endsAt().isAfter(now)).findFirst().orElse(null);
        ProjectStatusView.Officer officer = new ProjectStatusView.Officer(file.officer(),
                logins.profile(file.officer()).map(Profile::displayName).orElse(file.officer()),
                logins.phone(file.officer()).orElse(null));
        boolean mayRate = ServiceRating.RATEABLE.contains(file.status());
        LocalDate today = LocalDate.now(clock);
        Integer used = workingDaysUsed(file);
        ProjectProgress progress = ProjectProgress.of(file.status(), notification.issuedOn() != null, file.matters(), used,
                file.criticalPathDays(), today);
        List<UploadView> uploaded = uploads.ofProject(fileNo);
        return new ProjectStatusView(file.fileNo(), file.name(), file.enterprise().name(), file.status(), file.intakeOn(),
                progress.done(), progress.planned(), file.criticalPathDays(), used, file.projectedFinish(), file.greenWindow(),
                PlainStatus.lines(file.matters(), notification, today), PlainStatus.delays(file.matters()), next, officer,
                notification, uploaded, ratings.of(fileNo).orElse(null), mayRate, complaints.ofProject(fileNo),
                calendar.provisionalDates().check("projectedFinish", file.projectedFinish()).names(), progress,
                PlainStatus.items(notification, uploaded));
    }

    /** Working days from the first acceptance to the last decision (or today); null before any acceptance. */
    private Integer workingDaysUsed(ServiceFileView file) {
        LocalDate first = PlainStatus.firstAcceptance(file.matters());
        if (first == null) {
            return null;
        }
        LocalDate last = PlainStatus.lastDecision(file.matters());
        LocalDate until = last != null ? last : LocalDate.now(clock);
        try {
            return until.isAfter(first) ? calendar.countWorkingDays(first, until) : 0;
        } catch (YearNotLoaded e) {
            return null;
        }
    }
}
