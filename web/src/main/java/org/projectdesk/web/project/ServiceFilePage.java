package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.project.boundary.ServiceFileView;
import org.projectdesk.project.boundary.ServiceFiles;
import org.projectdesk.project.boundary.TrackingStep;
import org.projectdesk.project.entity.ProgressNote;
import org.projectdesk.project.entity.StopReason;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.greenchannel.boundary.ExtendedServiceRecord;
import org.projectdesk.greenchannel.boundary.GreenChannels;
import org.projectdesk.greenchannel.entity.ServiceKind;
import org.projectdesk.greenchannel.boundary.ProjectEvent;
import org.projectdesk.web.shell.Messages;

/**
 * A project's service file: the project and its enterprise, the officer and every handover, the
 * plan's figures (serial statutory and promised limits against the critical path), the approvals as
 * a timeline, and each matter's state with the steps a user may record.
 */
@Named
@ViewScoped
public class ServiceFilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceFiles files;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @EJB
    Matters matters;

    @EJB
    GreenChannels greenChannels;

    @EJB
    org.projectdesk.catalogue.boundary.Catalogue catalogue;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String fileNo;
    private ServiceFileView file;
    private TimelineModel<TimelineLabel, Object> timeline;

    private TrackingStep.Type trackingType;
    private LocalDate trackingOn;
    private StopReason reasonCode;
    private String trackingNote;
    private ProgressNote.Kind noteKind = ProgressNote.Kind.NOTE;
    private LocalDate noteOn;
    private String noteText;
    private String newOfficer;
    private String handoverReason;
    private List<org.projectdesk.project.boundary.Caseload> caseloads;
    private String addedCategory;
    private String addedReason;

    private String eventMatter;
    private long eventVersion;
    private MatterEvent.Type eventType;
    private LocalDate eventOn;
    private String documentNo;
    private String conditions;
    private String pledge;
    private String greenReason;
    private ServiceKind serviceKind = ServiceKind.EXTENDED_HOURS;
    private LocalDate serviceOn;
    private String serviceDepartment;
    private String serviceStaff;
    private java.math.BigDecimal serviceHours;
    private String reason;
    private String result;
    private String materials;
    private Integer procedureType = 2;
    private CaseType caseType;
    private LocalDate externalDueOn;

    /**
     * Loads the file named in the address; a missing number, another enterprise's file or an unknown
     * one shows the 404 page. (The view parameter is not "required": Faces would validate it again on
     * every Ajax postback, where the address carries no parameter.)
     */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        trackingOn = trackingOn == null ? today : trackingOn;
        noteOn = noteOn == null ? today : noteOn;
        eventOn = eventOn == null ? today : eventOn;
        try {
            if (fileNo == null || fileNo.isBlank()) {
                throw new NotFound("No service file was named");
            }
            file = files.file(fileNo);
        } catch (NotFound e) {
            faces.getExternalContext().setResponseStatus(404);
            try {
                faces.getExternalContext().responseSendError(404, e.getMessage());
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            faces.responseComplete();
            return;
        }
        timeline = timeline(file);
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

    public void startEvent(MatterView matter) {
        eventMatter = matter.categoryCode();
        eventVersion = matter.version();
        eventType = null;
        eventOn = LocalDate.now(clock);
        documentNo = null;
        reason = null;
        result = null;
        materials = null;
        caseType = null;
        externalDueOn = null;
    }

    public void record() {
        List<String> missing = materials == null ? null : Arrays.stream(materials.split("\\R")).toList();
        String recorded = messages.format("file.recorded", eventMatter, messages.text("event." + eventType));
        MatterEvent event = eventType == null ? null : switch (eventType) {
            case PREPARE_MATERIALS -> new MatterEvent.PrepareMaterials(eventOn, eventVersion);
            case ACCEPT -> new MatterEvent.Accept(eventOn, eventVersion, caseType, true, externalDueOn);
            case START_REVIEW -> new MatterEvent.StartReview(eventOn, eventVersion);
            case REQUEST_SUPPLEMENT -> new MatterEvent.RequestSupplement(eventOn, eventVersion, missing);
            case SUPPLEMENT_COMPLETE -> new MatterEvent.SupplementComplete(eventOn, eventVersion);
            case SUSPEND -> new MatterEvent.Suspend(eventOn, eventVersion, procedureType, reason);
            case RESUME -> new MatterEvent.Resume(eventOn, eventVersion, result);
            case APPROVE -> new MatterEvent.Approve(eventOn, eventVersion, documentNo);
            case RETURN -> new MatterEvent.Return(eventOn, eventVersion, reason);
            case DROP -> new MatterEvent.Drop(eventOn, eventVersion, reason);
            case ISSUE_SIMULATED -> new MatterEvent.IssueSimulated(eventOn, eventVersion, documentNo, conditions, pledge);
            case CONVERT_SIMULATED -> new MatterEvent.ConvertSimulated(eventOn, eventVersion, documentNo);
            case HALT -> new MatterEvent.Halt(eventOn, eventVersion, reason);
        };
        attempt(() -> matters.record(fileNo, eventMatter, event), recorded);
    }

    public void track() {
        attempt(() -> files.track(fileNo, new TrackingStep(trackingType, trackingOn, reasonCode, trackingNote, file.version())),
                "file.tracked");
    }

    public void addNote() {
        attempt(() -> files.note(fileNo, noteOn, noteKind, noteText), messages.text("file.noted"));
        noteText = null;
    }

    public void reassign() {
        attempt(() -> files.reassign(fileNo, file.version(), newOfficer, handoverReason), messages.text("file.reassigned"));
        newOfficer = null;
        handoverReason = null;
    }

    public List<org.projectdesk.project.boundary.Caseload> getCaseloads() {
        if (caseloads == null) {
            caseloads = files.caseloads();
        }
        return caseloads;
    }

    public String getNewOfficer() { return newOfficer; }
    public void setNewOfficer(String newOfficer) { this.newOfficer = newOfficer; }
    public String getHandoverReason() { return handoverReason; }
    public void setHandoverReason(String handoverReason) { this.handoverReason = handoverReason; }

    public void addCategory() {
        attempt(() -> matters.addToPlan(fileNo, addedCategory, addedReason), messages.text("file.added"));
        addedCategory = null;
        addedReason = null;
    }

    /** Categories of the file's catalogue version that its plan does not have. */
    public List<org.projectdesk.catalogue.boundary.CategoryView> getAddableCategories() {
        java.util.Set<String> planned = new java.util.HashSet<>();
        file.matters().forEach(m -> planned.add(m.categoryCode()));
        return catalogue.version(file.catalogueVersion()).categories().stream()
                .filter(c -> !planned.contains(c.code())).toList();
    }

    public void proposeGreenChannel() {
        projectEvent(ProjectEvent.Type.PROPOSE_GREEN_CHANNEL);
    }

    public void decideGreenChannel(boolean grant) {
        projectEvent(grant ? ProjectEvent.Type.GRANT_GREEN_CHANNEL : ProjectEvent.Type.REFUSE_GREEN_CHANNEL);
    }

    public void recordLandHeld() {
        projectEvent(ProjectEvent.Type.RECORD_LAND_HELD);
    }

    public void recordService() {
        attempt(() -> greenChannels.recordService(fileNo, new ExtendedServiceRecord(serviceKind, serviceOn,
                serviceDepartment, serviceStaff, serviceHours, null)), messages.text("file.services.recorded"));
    }

    public ServiceKind[] getServiceKinds() {
        return ServiceKind.values();
    }

    public List<org.projectdesk.catalogue.boundary.DepartmentView> getDepartments() {
        return catalogue.departments();
    }

    public ServiceKind getServiceKind() { return serviceKind; }
    public void setServiceKind(ServiceKind serviceKind) { this.serviceKind = serviceKind; }
    public LocalDate getServiceOn() { return serviceOn; }
    public void setServiceOn(LocalDate serviceOn) { this.serviceOn = serviceOn; }
    public String getServiceDepartment() { return serviceDepartment; }
    public void setServiceDepartment(String serviceDepartment) { this.serviceDepartment = serviceDepartment; }
    public String getServiceStaff() { return serviceStaff; }
    public void setServiceStaff(String serviceStaff) { this.serviceStaff = serviceStaff; }
    public java.math.BigDecimal getServiceHours() { return serviceHours; }
    public void setServiceHours(java.math.BigDecimal serviceHours) { this.serviceHours = serviceHours; }

    private void projectEvent(ProjectEvent.Type type) {
        attempt(() -> greenChannels.record(fileNo, new ProjectEvent(type, greenReason, null, file.version())),
                messages.text("event." + type) + " ✓");
        greenReason = null;
    }

    /** Runs a change; a refused one shows why (in the user's language) and changes nothing. */
    private void attempt(Runnable change, String doneText) {
        try {
            change.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, doneText, null));
            load();
        } catch (RuleViolation e) {
            faces.validationFailed();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(faces.getViewRoot().getLocale()), null));
        } catch (StaleVersion e) {
            faces.validationFailed();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("record.stale"), null));
            load();
        } catch (jakarta.ejb.EJBAccessException e) {
            faces.validationFailed();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("file.notYours"), null));
        }
    }

    public TrackingStep.Type[] getTrackingTypes() {
        return TrackingStep.Type.values();
    }

    public StopReason[] getStopReasons() {
        return StopReason.values();
    }

    public ProgressNote.Kind[] getNoteKinds() {
        return ProgressNote.Kind.values();
    }

    public TrackingStep.Type getTrackingType() { return trackingType; }
    public void setTrackingType(TrackingStep.Type trackingType) { this.trackingType = trackingType; }
    public LocalDate getTrackingOn() { return trackingOn; }
    public void setTrackingOn(LocalDate trackingOn) { this.trackingOn = trackingOn; }
    public StopReason getReasonCode() { return reasonCode; }
    public void setReasonCode(StopReason reasonCode) { this.reasonCode = reasonCode; }
    public String getTrackingNote() { return trackingNote; }
    public void setTrackingNote(String trackingNote) { this.trackingNote = trackingNote; }
    public ProgressNote.Kind getNoteKind() { return noteKind; }
    public void setNoteKind(ProgressNote.Kind noteKind) { this.noteKind = noteKind; }
    public LocalDate getNoteOn() { return noteOn; }
    public void setNoteOn(LocalDate noteOn) { this.noteOn = noteOn; }
    public String getNoteText() { return noteText; }
    public void setNoteText(String noteText) { this.noteText = noteText; }
    public String getAddedCategory() { return addedCategory; }
    public void setAddedCategory(String addedCategory) { this.addedCategory = addedCategory; }
    public String getAddedReason() { return addedReason; }
    public void setAddedReason(String addedReason) { this.addedReason = addedReason; }

    public MatterEvent.Type[] getEventTypes() {
        return MatterEvent.Type.values();
    }

    public CaseType[] getCaseTypes() {
        return new CaseType[] {CaseType.IMMEDIATE, CaseType.PROMISED, CaseType.JOINT, CaseType.FORWARDED, CaseType.SPECIAL};
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
        boolean chinese = faces.getViewRoot().getLocale().getLanguage().equals("zh");
        return files.towns().stream().filter(t -> t.getCode().equals(file.town())).findFirst()
                .map(t -> chinese ? t.getName() : t.getNameEn()).orElse(file.town());
    }

    public long getApprovedCount() {
        return file.matters().stream().filter(m -> m.approvedOn() != null).count();
    }

    public String getFileNo() { return fileNo; }
    public void setFileNo(String fileNo) { this.fileNo = fileNo; }
    public ServiceFileView getFile() { return file; }
    public TimelineModel<TimelineLabel, Object> getTimeline() { return timeline; }
    public String getEventMatter() { return eventMatter; }
    public MatterEvent.Type getEventType() { return eventType; }
    public void setEventType(MatterEvent.Type eventType) { this.eventType = eventType; }
    public LocalDate getEventOn() { return eventOn; }
    public void setEventOn(LocalDate eventOn) { this.eventOn = eventOn; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public String getPledge() { return pledge; }
    public void setPledge(String pledge) { this.pledge = pledge; }
    public String getGreenReason() { return greenReason; }
    public void setGreenReason(String greenReason) { this.greenReason = greenReason; }
    public String getDocumentNo() { return documentNo; }
    public void setDocumentNo(String documentNo) { this.documentNo = documentNo; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public String getMaterials() { return materials; }
    public void setMaterials(String materials) { this.materials = materials; }
    public Integer getProcedureType() { return procedureType; }
    public void setProcedureType(Integer procedureType) { this.procedureType = procedureType; }
    public CaseType getCaseType() { return caseType; }
    public void setCaseType(CaseType caseType) { this.caseType = caseType; }
    public LocalDate getExternalDueOn() { return externalDueOn; }
    public void setExternalDueOn(LocalDate externalDueOn) { this.externalDueOn = externalDueOn; }
}
