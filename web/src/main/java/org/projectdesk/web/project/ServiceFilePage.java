package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Language;
import org.projectdesk.web.shell.Messages;

/**
 * A project's service file: the project and its enterprise, the officer and every handover, the
 * plan's figures (serial statutory and promised limits against the critical path), the approvals as
 * a timeline, and each matter's state. The forms on the page are section beans of their own (the
 * green channel, a matter's step, adding a category, tracking, progress notes, extended services,
 * the handover; the pre-review and the problems read the file number themselves); they change the
 * file through {@link #change}, which reads it again.
 */
@Named
@ViewScoped
public class ServiceFilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceFiles files;

    @EJB
    ProjectLists lists;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String fileNo;
    private ServiceFileView file;
    private TimelineModel<TimelineLabel, Object> timeline;

    /**
     * Loads the file named in the address; a missing number, another enterprise's file or an unknown
     * one shows the 404 page. (The view parameter is not "required": Faces would validate it again on
     * every Ajax postback, where the address carries no parameter.)
     */
    public void load() {
        if (Attempt.load(faces, () -> {
            if (fileNo == null || fileNo.isBlank()) {
                throw new NotFound("No service file was named");
            }
            file = files.file(fileNo);
        })) {
            timeline = timeline(file);
        }
    }

    /**
     * Runs a section's change to the file and, when it is done or met a stale version, reads the file
     * again. A refused role is a department window's step on another department's matter.
     */
    public boolean change(Runnable change, String doneText) {
        boolean done = Attempt.in(faces, messages).notAllowed("file.notYours").refreshingOnStale(this::load)
                .run(change, doneText);
        if (done) {
            load();
        }
        return done;
    }

    /**
     * What a timeline bar says: the matter's name and, when the bar ends on a provisional date (its due
     * date or planned finish; a decision is a fact), the mark ({@code provisional} holds "end").
     */
    public record TimelineLabel(String name, LocalDate end, List<String> provisional) implements Serializable {
    }

    private static TimelineModel<TimelineLabel, Object> timeline(ServiceFileView file) {
        TimelineModel<TimelineLabel, Object> model = new TimelineModel<>();
        for (MatterView m : file.matters()) {
            LocalDate start = m.acceptedOn() != null ? m.acceptedOn() : m.plannedStart();
            String endField = m.decidedOn() != null ? "decidedOn" : m.dueOn() != null ? "dueOn" : "plannedFinish";
            LocalDate end = m.decidedOn() != null ? m.decidedOn() : m.dueOn() != null ? m.dueOn() : m.plannedFinish();
            if (start == null || end == null) {
                continue;
            }
            boolean provisional = m.provisional().contains(endField);
            model.addGroup(new TimelineGroup<>(m.categoryCode(), m.categoryCode()));
            model.add(TimelineEvent.<TimelineLabel>builder()
                    .data(new TimelineLabel(m.categoryName(), end, provisional ? List.of("end") : List.of()))
                    .group(m.categoryCode()).startDate(start.atStartOfDay()).endDate(end.plusDays(1).atStartOfDay())
                    .styleClass("pd-tl-" + m.status().name().toLowerCase() + (m.critical() ? " pd-tl-critical" : "")
                            + (provisional ? " pd-tl-provisional" : ""))
                    .build());
        }
        return model;
    }

    /** Whether any date the page shows is provisional: the page then explains the mark in a sentence. */
    public boolean isAnyProvisional() {
        return file != null && (!file.provisional().isEmpty()
                || file.greenWindow() != null && !file.greenWindow().provisional().isEmpty()
                || file.matters().stream().anyMatch(m -> !m.provisional().isEmpty()));
    }

    /** The timeline opens on the intake week and runs a little past the last planned or due day. */
    public java.time.LocalDateTime getTimelineStart() {
        return file.intakeOn().minusDays(3).atStartOfDay();
    }

    public java.time.LocalDateTime getTimelineEnd() {
        LocalDate last = file.matters().stream()
                .flatMap(m -> java.util.stream.Stream.of(m.plannedFinish(), m.dueOn(), m.decidedOn()))
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(file.intakeOn().plusDays(30));
        return last.plusDays(7).atStartOfDay();
    }

    public String getTownName() {
        return lists.towns().stream().filter(t -> t.getCode().equals(file.town())).findFirst()
                .map(t -> Language.pick(faces.getViewRoot().getLocale(), t.getName(), t.getNameEn())).orElse(file.town());
    }

    public long getApprovedCount() {
        return file.matters().stream().filter(m -> m.approvedOn() != null).count();
    }

    public String getFileNo() { return fileNo; }
    public void setFileNo(String fileNo) { this.fileNo = fileNo; }
    public ServiceFileView getFile() { return file; }
    public TimelineModel<TimelineLabel, Object> getTimeline() { return timeline; }
}
