package org.projectdesk.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.coordination.boundary.VisitView;
import org.projectdesk.coordination.boundary.Visits;
import org.projectdesk.meeting.boundary.MeetingSummary;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.web.shell.Messages;

/**
 * The calendar of meetings and on-site guidance visits, for the whole office or one department (a
 * department window sees its own): only the weeks shown are read.
 */
@Named
@ViewScoped
public class MeetingCalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MOST_IN_VIEW = 500;

    @EJB
    Meetings meetings;

    @EJB
    Visits visits;

    @EJB
    Catalogue catalogue;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String department;
    /** The day the calendar opens on (address parameter {@code date}); today when absent. */
    private java.time.LocalDate date;
    private List<DepartmentView> departments;
    private final ScheduleModel model = new Events();

    @PostConstruct
    void load() {
        departments = catalogue.departments();
    }

    private final class Events extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            String context = faces.getExternalContext().getRequestContextPath();
            for (MeetingSummary m : meetings.list(start.toLocalDate(), end.toLocalDate().plusDays(1), department, null, 0,
                    MOST_IN_VIEW).rows()) {
                addEvent(DefaultScheduleEvent.builder()
                        .id("meeting-" + m.id())
                        .title(messages.text("meeting.short") + " " + String.join("、", m.projectFileNos()) + " · " + m.place())
                        .startDate(m.startsAt()).endDate(m.endsAt())
                        .url(context + "/meetings/meeting.xhtml?id=" + m.id())
                        .styleClass("pd-event-" + m.status())
                        .build());
            }
            for (VisitView v : visits.list(start.toLocalDate(), end.toLocalDate(), department, 0, MOST_IN_VIEW).items()) {
                addEvent(DefaultScheduleEvent.builder()
                        .id("visit-" + v.id())
                        .title(messages.text("visit.short") + " " + v.enterprises().stream().map(VisitView.EnterpriseRef::name)
                                .collect(java.util.stream.Collectors.joining("、")))
                        .startDate(v.on().atStartOfDay()).endDate(v.on().plusDays(1).atStartOfDay()).allDay(true)
                        .url(context + "/coordination/visits.xhtml")
                        .styleClass("pd-event-visit")
                        .build());
            }
        }
    }

    public ScheduleModel getModel() { return model; }
    public java.time.LocalDate getDate() { return date; }
    public void setDate(java.time.LocalDate date) { this.date = date; }
    public List<DepartmentView> getDepartments() { return departments; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
}
