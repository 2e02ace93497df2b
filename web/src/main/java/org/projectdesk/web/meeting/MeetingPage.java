package org.projectdesk.web.meeting;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.projectdesk.meeting.boundary.MeetingRequest;
import org.projectdesk.meeting.boundary.MeetingView;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.meeting.boundary.OpinionRecord;
import org.projectdesk.meeting.entity.Attendance;
import org.projectdesk.meeting.entity.MeetingStatus;
import org.projectdesk.meeting.entity.Verdict;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * One joint pre-review meeting: its projects and invited departments, attendance, each department's
 * opinion on each project, the minutes; closing, cancelling, moving it; and its iCalendar invite.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Meetings meetings;

    @Inject
    ScheduleWarnings scheduleWarnings;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private Long id;
    private MeetingView meeting;

    private String attendanceDepartment;
    private Attendance attendance = Attendance.PRESENT;
    private String attendee;

    private String opinionProject;
    private String opinionDepartment;
    private Verdict verdict = Verdict.FEASIBLE;
    private String materials;
    private String procedures;
    private String notes;

    private String minutes;
    private String cancelReason;
    private LocalDateTime newStartsAt;
    private LocalDateTime newEndsAt;
    private String newPlace;
    /** What the office is asked to confirm before the move (a past time, a booked room), and whether it did. */
    private String warning;
    private boolean confirmed;

    /** Loads the meeting named in the address; an unknown one (or one a department is not invited to) is a 404. */
    public void load() {
        Attempt.load(faces, () -> {
            if (id == null) {
                throw new NotFound("No meeting was named");
            }
            meeting = meetings.meeting(id);
        });
    }

    private void reload() {
        meeting = meetings.meeting(id);
    }

    public void prepareAttendance(String department) {
        attendanceDepartment = department;
        Optional<MeetingView.InvitationView> invitation = meeting.invitations().stream()
                .filter(i -> i.departmentCode().equals(department)).findFirst();
        attendance = invitation.map(MeetingView.InvitationView::attendance).orElse(Attendance.PRESENT);
        if (attendance == null) {
            attendance = Attendance.PRESENT;
        }
        attendee = invitation.map(MeetingView.InvitationView::attendee).orElse(null);
    }

    public void recordAttendance() {
        if (Attempt.run(faces, messages, () -> meetings.recordAttendance(id, attendanceDepartment, attendance, attendee),
                messages.text("meeting.attendance.recorded"))) {
            reload();
        }
    }

    /** Opens the opinion dialog for a project and department, with the opinion recorded so far. */
    public void prepareOpinion(String fileNo, String department) {
        opinionProject = fileNo;
        opinionDepartment = department;
        Optional<MeetingView.OpinionView> known = meeting.opinion(fileNo, department);
        verdict = known.map(MeetingView.OpinionView::verdict).orElse(Verdict.FEASIBLE);
        materials = known.map(o -> String.join("\n", o.materials())).orElse(null);
        procedures = known.map(MeetingView.OpinionView::procedures).orElse(null);
        notes = known.map(MeetingView.OpinionView::notes).orElse(null);
    }

    public void recordOpinion() {
        List<String> lines = materials == null ? List.of() : Arrays.stream(materials.split("\\R")).toList();
        if (Attempt.run(faces, messages, () -> meetings.recordOpinion(id, new OpinionRecord(opinionProject, opinionDepartment,
                verdict, lines, procedures, notes)), messages.text("meeting.opinion.recorded"))) {
            reload();
        }
    }

    public void close() {
        if (Attempt.run(faces, messages, () -> meetings.close(id, meeting.version(), minutes), messages.text("meeting.closed"))) {
            reload();
        }
    }

    public void cancel() {
        if (Attempt.run(faces, messages, () -> meetings.cancel(id, meeting.version(), cancelReason),
                messages.text("meeting.cancelled"))) {
            reload();
        }
    }

    /** Moves the meeting as the office confirmed despite the warning. */
    public void rescheduleAnyway() {
        confirmed = true;
        reschedule();
    }

    public void prepareReschedule() {
        warning = null;
        confirmed = false;
        newStartsAt = meeting.startsAt();
        newEndsAt = meeting.endsAt();
        newPlace = meeting.place();
    }

    public void reschedule() {
        warning = confirmed ? null : scheduleWarnings.of(newStartsAt, newEndsAt, newPlace, id).orElse(null);
        confirmed = false;
        if (warning != null) {
            faces.validationFailed();
            return;
        }
        if (Attempt.run(faces, messages, () -> meetings.reschedule(id, meeting.version(),
                new MeetingRequest(newStartsAt, newEndsAt, newPlace, null, null)), messages.text("meeting.rescheduled"))) {
            reload();
        }
    }

    public StreamedContent getInvite() {
        byte[] ics = meetings.invite(id).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("meeting-" + id + ".ics").contentType("text/calendar; charset=UTF-8")
                .contentLength((long) ics.length).stream(() -> new ByteArrayInputStream(ics)).build();
    }

    /** The opinion of a department on a project, or null: one cell of the opinions grid. */
    public MeetingView.OpinionView opinion(String fileNo, String department) {
        return meeting.opinion(fileNo, department).orElse(null);
    }

    public boolean isScheduled() {
        return meeting != null && meeting.status() == MeetingStatus.SCHEDULED;
    }

    public Attendance[] getAttendances() {
        return Attendance.values();
    }

    public Verdict[] getVerdicts() {
        return Verdict.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeetingView getMeeting() { return meeting; }
    public String getAttendanceDepartment() { return attendanceDepartment; }
    public Attendance getAttendance() { return attendance; }
    public void setAttendance(Attendance attendance) { this.attendance = attendance; }
    public String getAttendee() { return attendee; }
    public void setAttendee(String attendee) { this.attendee = attendee; }
    public String getOpinionProject() { return opinionProject; }
    public String getOpinionDepartment() { return opinionDepartment; }
    public Verdict getVerdict() { return verdict; }
    public void setVerdict(Verdict verdict) { this.verdict = verdict; }
    public String getMaterials() { return materials; }
    public void setMaterials(String materials) { this.materials = materials; }
    public String getProcedures() { return procedures; }
    public void setProcedures(String procedures) { this.procedures = procedures; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public LocalDateTime getNewStartsAt() { return newStartsAt; }
    public void setNewStartsAt(LocalDateTime newStartsAt) { this.newStartsAt = newStartsAt; }
    public LocalDateTime getNewEndsAt() { return newEndsAt; }
    public void setNewEndsAt(LocalDateTime newEndsAt) { this.newEndsAt = newEndsAt; }
    public String getWarning() { return warning; }
    public String getNewPlace() { return newPlace; }
    public void setNewPlace(String newPlace) { this.newPlace = newPlace; }
}
