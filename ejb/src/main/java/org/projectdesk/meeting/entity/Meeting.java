package org.projectdesk.meeting.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.projectdesk.shared.control.RuleViolation;

/**
 * A joint pre-review meeting (联办预审会议): the office brings every department a set of projects
 * needs to one table. Scheduled with its projects and invited departments; at the meeting each
 * department's attendance and its opinion on each project are recorded; closing it needs the
 * minutes, every invited department's attendance, and an opinion from every department present on
 * every project. A closed or cancelled meeting does not change any more. Its {@link MeetingKind}
 * says what it is for: a joint acceptance's site inspection records its verdicts on the acceptance
 * form, so closing one needs the attendance and minutes but no opinions.
 */
@Entity
@Table(name = "pre_review_meeting")
public class Meeting {

    /** How far ahead of today a meeting may be planned (see {@link #checkStart}). */
    public static final Period PLANNED_AHEAD_WITHIN = Period.ofYears(2);

    public static final int DEFAULT_HOURS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pre_review_meeting_seq")
    @SequenceGenerator(name = "pre_review_meeting_seq", sequenceName = "pre_review_meeting_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private MeetingKind kind = MeetingKind.PRE_REVIEW;

    @Size(max = 8000)
    @Column(length = 8000)
    private String minutes;

    @Size(max = 500)
    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Size(max = 64)
    @Column(name = "convened_by", nullable = false, length = 64, updatable = false)
    private String convenedBy;

    @Column(name = "convened_at", nullable = false, updatable = false)
    private Instant convenedAt;

    @Size(max = 64)
    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "meeting_project", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "project_id", nullable = false)
    private List<Long> projectIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_invitation", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "item_order")
    @Valid
    private List<Invitation> invitations = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Opinion> opinions = new ArrayList<>();

    protected Meeting() {
    }

    /** {@code endsAt} may be left out: the meeting is then planned to last two hours. */
    public Meeting(LocalDateTime startsAt, LocalDateTime endsAt, String place, Collection<Long> projects,
            Collection<String> departments, String convenedBy, Instant convenedAt) {
        this(MeetingKind.PRE_REVIEW, startsAt, endsAt, place, projects, departments, convenedBy, convenedAt);
    }

    public Meeting(MeetingKind kind, LocalDateTime startsAt, LocalDateTime endsAt, String place, Collection<Long> projects,
            Collection<String> departments, String convenedBy, Instant convenedAt) {
        if (kind == null) {
            throw new RuleViolation("kind", "meeting.kind.required");
        }
        this.kind = kind;
        setTime(startsAt, endsAt, place);
        Set<Long> distinctProjects = new LinkedHashSet<>(projects == null ? List.of() : projects);
        if (distinctProjects.isEmpty()) {
            throw new RuleViolation("projects", "meeting.projects.required");
        }
        Set<String> distinctDepartments = new LinkedHashSet<>(departments == null ? List.of() : departments);
        if (distinctDepartments.isEmpty()) {
            throw new RuleViolation("departments", "meeting.departments.required");
        }
        this.projectIds.addAll(distinctProjects);
        distinctDepartments.forEach(d -> invitations.add(new Invitation(d)));
        this.convenedBy = convenedBy;
        this.convenedAt = convenedAt;
    }

    /** Moves the meeting; the reminder goes out again for the new time. */
    public void reschedule(LocalDateTime startsAt, LocalDateTime endsAt, String place) {
        requireScheduled();
        setTime(startsAt, endsAt, place);
    }

    /** The departments invited from now on; one that has given an opinion cannot be taken off. */
    public void invite(Collection<String> departments) {
        requireScheduled();
        Set<String> wanted = new LinkedHashSet<>(departments == null ? List.of() : departments);
        if (wanted.isEmpty()) {
            throw new RuleViolation("departments", "meeting.departments.required");
        }
        for (Invitation invitation : List.copyOf(invitations)) {
            String code = invitation.getDepartmentCode();
            if (!wanted.contains(code)) {
                if (opinions.stream().anyMatch(o -> o.getDepartmentCode().equals(code))) {
                    throw new RuleViolation("departments", "meeting.department.hasOpinions", code);
                }
                invitations.remove(invitation);
            }
        }
        wanted.stream().filter(code -> invitation(code).isEmpty()).forEach(code -> invitations.add(new Invitation(code)));
    }

    public void recordAttendance(String departmentCode, Attendance attendance, String attendee) {
        requireScheduled();
        if (attendance == null) {
            throw new RuleViolation("attendance", "meeting.attendance.required");
        }
        invited(departmentCode).record(attendance, attendee);
    }

    /**
     * Records (or revises) the department's opinion on the project. Conditions and a refusal need
     * their reasons in the notes; materials are kept as written, on one line each, blank ones left out.
     */
    public Opinion recordOpinion(Long projectId, String departmentCode, Verdict verdict, List<String> materials,
            String procedures, String notes, String by, Instant at) {
        requireScheduled();
        if (!projectIds.contains(projectId)) {
            throw new RuleViolation("projectFileNo", "meeting.project.notOnAgenda");
        }
        invited(departmentCode);
        if (verdict == null) {
            throw new RuleViolation("verdict", "meeting.opinion.verdict");
        }
        String note = blankToNull(notes);
        if (verdict != Verdict.FEASIBLE && note == null) {
            throw new RuleViolation("notes", "meeting.opinion.notes", verdict);
        }
        List<String> required = materials == null ? List.of()
                : materials.stream().filter(m -> m != null && !m.isBlank())
                .map(m -> m.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ")).distinct().toList();
        if (required.stream().anyMatch(m -> m.length() > 300)) {
            throw new RuleViolation("materials", "meeting.opinion.materialTooLong");
        }
        Opinion opinion = opinion(projectId, departmentCode).orElseGet(() -> {
            Opinion created = new Opinion(this, projectId, departmentCode);
            opinions.add(created);
            return created;
        });
        opinion.revise(verdict, required, blankToNull(procedures), note, by, at);
        return opinion;
    }

    /**
     * Closes the meeting with its minutes, once it has begun and everything it should record is
     * recorded; {@code fileNo} names a project in the refusal.
     */
    public void close(String minutesText, String by, Instant at, LocalDateTime now, Function<Long, String> fileNo) {
        requireScheduled();
        if (now.isBefore(startsAt)) {
            throw new RuleViolation(null, "meeting.close.notStarted", startsAt);
        }
        List<String> unrecorded = invitations.stream().filter(i -> i.getAttendance() == null)
                .map(Invitation::getDepartmentCode).toList();
        if (!unrecorded.isEmpty()) {
            throw new RuleViolation(null, "meeting.close.attendance", String.join(", ", unrecorded));
        }
        List<String> missing = new ArrayList<>();
        for (Invitation present : invitations.stream().filter(i -> kind.takesOpinions())
                .filter(i -> i.getAttendance() == Attendance.PRESENT).toList()) {
            for (Long project : projectIds) {
                if (opinion(project, present.getDepartmentCode()).isEmpty()) {
                    missing.add(fileNo.apply(project) + "/" + present.getDepartmentCode());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(null, "meeting.close.opinions", String.join(", ", missing));
        }
        String text = blankToNull(minutesText);
        if (text == null) {
            throw new RuleViolation("minutes", "meeting.minutes.required");
        }
        minutes = text;
        status = MeetingStatus.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    public void cancel(String reason) {
        requireScheduled();
        String text = blankToNull(reason);
        if (text == null) {
            throw new RuleViolation("reason", "matter.reason.required");
        }
        cancelReason = text;
        status = MeetingStatus.CANCELLED;
    }

    /** The departments present, for whom closing sends a notice; every invited one while attendance is open. */
    public List<String> participatingDepartments() {
        return invitations.stream().filter(i -> i.getAttendance() != Attendance.ABSENT)
                .map(Invitation::getDepartmentCode).toList();
    }

    public Optional<Opinion> opinion(Long projectId, String departmentCode) {
        return opinions.stream().filter(o -> o.getProjectId().equals(projectId) && o.getDepartmentCode().equals(departmentCode))
                .findFirst();
    }

    public boolean isInvited(String departmentCode) {
        return invitation(departmentCode).isPresent();
    }

    private Invitation invited(String departmentCode) {
        return invitation(departmentCode)
                .orElseThrow(() -> new RuleViolation("departmentCode", "meeting.department.notInvited", departmentCode));
    }

    private Optional<Invitation> invitation(String departmentCode) {
        return invitations.stream().filter(i -> i.getDepartmentCode().equals(departmentCode)).findFirst();
    }

    /**
     * Refuses a meeting dated where no meeting can be: before the intake of a project it reviews (a
     * meeting may be entered afterwards from the paper minutes, so the past is open back to then), or
     * more than {@link #PLANNED_AHEAD_WITHIN} after {@code today}. A meeting in 1999 or 2199 is a typing
     * error. A missing start is left to the constructor's own rule.
     */
    public static void checkStart(LocalDateTime starts, LocalDate lastIntake, LocalDate today) {
        if (starts == null) {
            return;
        }
        LocalDate latest = today.plus(PLANNED_AHEAD_WITHIN);
        if (lastIntake != null && starts.toLocalDate().isBefore(lastIntake)) {
            throw new RuleViolation("startsAt", "meeting.startsAt.beforeIntake", starts.toLocalDate(), lastIntake);
        }
        if (starts.toLocalDate().isAfter(latest)) {
            throw new RuleViolation("startsAt", "meeting.startsAt.tooFarAhead", starts.toLocalDate(), latest);
        }
    }

    private void setTime(LocalDateTime starts, LocalDateTime ends, String where) {
        if (starts == null) {
            throw new RuleViolation("startsAt", "meeting.startsAt.required");
        }
        LocalDateTime end = ends == null ? starts.plusHours(DEFAULT_HOURS) : ends;
        if (!end.isAfter(starts)) {
            throw new RuleViolation("endsAt", "meeting.endsAt.beforeStart");
        }
        String text = blankToNull(where);
        if (text == null) {
            throw new RuleViolation("place", "meeting.place.required");
        }
        if (text.length() > 200) {
            throw new RuleViolation("place", "meeting.place.tooLong");
        }
        this.startsAt = starts.withSecond(0).withNano(0);
        this.endsAt = end.withSecond(0).withNano(0);
        this.place = text;
    }

    private void requireScheduled() {
        if (status != MeetingStatus.SCHEDULED) {
            throw new RuleViolation(null, "meeting.notScheduled", status);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getConvenedBy() {
        return convenedBy;
    }

    public Instant getConvenedAt() {
        return convenedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<Long> getProjectIds() {
        return List.copyOf(projectIds);
    }

    public List<Invitation> getInvitations() {
        return List.copyOf(invitations);
    }

    public List<Opinion> getOpinions() {
        return List.copyOf(opinions);
    }
}
