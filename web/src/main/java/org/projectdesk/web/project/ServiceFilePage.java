package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
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
 * file through {@link #change}, which reads it again. The print view (projects/print.xhtml) reads the
 * same file through this bean: whoever may read the file may print it.
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

    @EJB
    Catalogue catalogue;

    @Inject
    Messages messages;

    @Inject
    Language language;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    private String fileNo;
    private ServiceFileView file;
    /** The categories' English names of the file's catalogue version, by code. */
    private Map<String, String> englishNames = Map.of();
    private TimelineModel<TimelineLabel, Object> timeline;
    private Locale timelineLocale;

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
            englishNames = catalogue.version(file.catalogueVersion()).categories().stream()
                    .filter(c -> c.nameEn() != null && !c.nameEn().isBlank())
                    .collect(Collectors.toMap(CategoryView::code, CategoryView::nameEn, (a, b) -> a));
            timeline = null;
        }
    }

    /** A matter's category name in the page's language (the catalogue's English name, else the Chinese one). */
    public String categoryName(MatterView m) {
        return language.isChinese() ? m.categoryName() : englishNames.getOrDefault(m.categoryCode(), m.categoryName());
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

    /**
     * The plan as a Gantt chart: a row a matter, labelled with its code and name, its bar from the
     * acceptance (or planned start) to the decision (or due date, or planned finish), coloured by its state
     * and outlined red on the critical path (the page's legend says so).
     */
    private TimelineModel<TimelineLabel, Object> timeline(ServiceFileView file) {
        TimelineModel<TimelineLabel, Object> model = new TimelineModel<>();
        for (MatterView m : file.matters()) {
            LocalDate start = m.acceptedOn() != null ? m.acceptedOn() : m.plannedStart();
            String endField = m.decidedOn() != null ? "decidedOn" : m.dueOn() != null ? "dueOn" : "plannedFinish";
            LocalDate end = m.decidedOn() != null ? m.decidedOn() : m.dueOn() != null ? m.dueOn() : m.plannedFinish();
            if (start == null || end == null) {
                continue;
            }
            boolean provisional = m.provisional().contains(endField);
            String name = categoryName(m);
            model.addGroup(new TimelineGroup<>(m.categoryCode(), m.categoryCode() + " " + name));
            model.add(TimelineEvent.<TimelineLabel>builder()
                    .data(new TimelineLabel(name, end, provisional ? List.of("end") : List.of()))
                    .title(m.categoryCode() + " " + name + " · " + messages.text("matterStatus." + m.status()))
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

    /** The chart opens showing the whole plan: from a little before its first day (the intake, or an earlier acceptance)… */
    public LocalDateTime getTimelineStart() {
        LocalDate first = file.matters().stream().flatMap(m -> Stream.of(m.acceptedOn(), m.plannedStart()))
                .filter(Objects::nonNull).min(LocalDate::compareTo).filter(d -> d.isBefore(file.intakeOn()))
                .orElse(file.intakeOn());
        return first.minusDays(3).atStartOfDay();
    }

    /** …to a little past its last planned, due or decided day. */
    public LocalDateTime getTimelineEnd() {
        LocalDate last = file.matters().stream()
                .flatMap(m -> Stream.of(m.plannedFinish(), m.dueOn(), m.decidedOn()))
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(file.intakeOn().plusDays(30));
        return last.plusDays(7).atStartOfDay();
    }

    /** The milestones of the tracking file, oldest first, for the printed file. */
    public List<ServiceFileView.Progress> getMilestones() {
        return file.progress().stream().filter(n -> n.kind().equals("MILESTONE")).toList();
    }

    /** The day the file is printed on. */
    public LocalDate getToday() {
        return LocalDate.now(clock);
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

    /** The chart in the page's language: drawn again when the language changed since. */
    public TimelineModel<TimelineLabel, Object> getTimeline() {
        if (file != null && (timeline == null || !language.getLocale().equals(timelineLocale))) {
            timelineLocale = language.getLocale();
            timeline = timeline(file);
        }
        return timeline;
    }
}
