package org.projectdesk.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.meeting.boundary.MeetingPage;
import org.projectdesk.meeting.boundary.MeetingRequest;
import org.projectdesk.meeting.boundary.MeetingSummary;
import org.projectdesk.meeting.boundary.MeetingView;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.meeting.entity.MeetingStatus;
import org.projectdesk.servicefile.boundary.ProjectFilter;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ProjectSummary;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * The joint pre-review meetings, newest first, lazy and paged, filtered by period, status and
 * department; and scheduling a new one for chosen projects, with the departments their plans
 * involve filled in and adjustable.
 */
@Named
@ViewScoped
public class MeetingListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Meetings meetings;

    @EJB
    ProjectLists lists;

    @EJB
    Catalogue catalogue;

    @Inject
    ScheduleWarnings scheduleWarnings;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private LocalDate from;
    private LocalDate to;
    private MeetingStatus status;
    private String department;
    private List<DepartmentView> departments;

    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    /** What the office is asked to confirm (a past time, a booked room), and whether it did. */
    private String warning;
    private boolean confirmed;
    private List<String> projects = new ArrayList<>();
    private List<String> invited = new ArrayList<>();
    /** The labels of the projects the searches offered, so that the chosen ones are not looked up again on each render. */
    private final Map<String, String> labels = new java.util.HashMap<>();

    private final LazyDataModel<MeetingSummary> rows = new Rows();

    @PostConstruct
    void load() {
        departments = catalogue.departments();
    }

    private final class Rows extends LazyDataModel<MeetingSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) meetings.list(from, to, department, status, 0, 1).total();
        }

        @Override
        public List<MeetingSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            MeetingPage page = meetings.list(from, to, department, status, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(MeetingSummary meeting) {
            return String.valueOf(meeting.id());
        }
    }

    /** Projects to put on the agenda: searched like the project list, by name, number or enterprise. */
    public List<String> completeProject(String text) {
        List<ProjectSummary> found = lists.list(new ProjectFilter(null, null, null, null, text, false, null, null), 0, 12,
                null, false).items();
        found.forEach(p -> labels.put(p.fileNo(), p.fileNo() + " " + p.name()));
        return found.stream().map(ProjectSummary::fileNo).toList();
    }

    /** A project's label in the picker: its number and name, as the search that offered it found them. */
    public String projectLabel(String fileNo) {
        return labels.getOrDefault(fileNo, fileNo);
    }

    /** The projects changed: invite the departments their plans involve (the user may adjust it after). */
    public void suggestDepartments() {
        invited = new ArrayList<>(meetings.suggestedDepartments(projects));
    }

    /** Schedules what the warning was about, as the office confirmed. */
    public void scheduleAnyway() {
        confirmed = true;
        schedule();
    }

    public void prepareNew() {
        warning = null;
        confirmed = false;
        startsAt = null;
        endsAt = null;
        place = null;
        projects = new ArrayList<>();
        invited = new ArrayList<>();
    }

    public void schedule() {
        warning = confirmed ? null : scheduleWarnings.of(startsAt, endsAt, place, null).orElse(null);
        confirmed = false;
        if (warning != null) {
            faces.validationFailed();
            return;
        }
        MeetingView[] scheduled = new MeetingView[1];
        if (Attempt.run(faces, messages, () -> scheduled[0] = meetings.schedule(new MeetingRequest(startsAt, endsAt, place,
                projects, invited)), messages.text("meeting.scheduled"))) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/meetings/meeting.xhtml?id=" + scheduled[0].id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public LazyDataModel<MeetingSummary> getRows() { return rows; }
    public MeetingStatus[] getStatuses() { return MeetingStatus.values(); }
    public List<DepartmentView> getDepartments() { return departments; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public MeetingStatus getStatus() { return status; }
    public void setStatus(MeetingStatus status) { this.status = status; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getWarning() { return warning; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public List<String> getProjects() { return projects; }
    public void setProjects(List<String> projects) { this.projects = projects; }
    public List<String> getInvited() { return invited; }
    public void setInvited(List<String> invited) { this.invited = invited; }
}
