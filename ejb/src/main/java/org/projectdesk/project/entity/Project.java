package org.projectdesk.project.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StepDate;

/**
 * A major project's service file (代理协调服务档案), numbered like {@code XF-2026-0001}. Taken in
 * through one window for an enterprise, planned under the catalogue version in force on its intake
 * day, followed by one coordination officer at a time; every handover is kept.
 */
@Entity
@Table(name = "project")
@NamedQuery(name = Project.BY_FILE_NO, query = "select p from Project p join fetch p.enterprise where p.fileNo = :fileNo")
@NamedQuery(name = Project.COUNT_BY_CODE, query = "select count(p) from Project p where p.projectCode = :code")
@NamedQuery(name = Project.NUMBER, query = "update Project p set p.fileNo = :fileNo where p.id = :id")
public class Project {

    public static final String BY_FILE_NO = "Project.byFileNo";
    public static final String COUNT_BY_CODE = "Project.countByCode";
    public static final String NUMBER = "Project.number";

    /** Marks a stand-in file number: one never committed, held only until the project is numbered. */
    private static final String UNNUMBERED = "~";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 16)
    @Column(name = "file_no", nullable = false, unique = true, length = 16, updatable = false)
    private String fileNo;

    @Size(max = 24)
    @Column(name = "project_code", nullable = false, unique = true, length = 24, updatable = false)
    private String projectCode;

    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false, updatable = false)
    private Enterprise enterprise;

    /** In 10,000 yuan (万元). */
    @Digits(integer = 12, fraction = 2)
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal investment;

    @Size(max = 60)
    @Column(length = 60)
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 30)
    private ProjectType type;

    @Size(max = 20)
    @Column(name = "town_code", nullable = false, length = 20)
    private String town;

    @Enumerated(EnumType.STRING)
    @Column(name = "land_status", nullable = false, length = 20)
    private LandStatus landStatus;

    @Column(name = "target_groundbreaking")
    private LocalDate targetGroundbreaking;

    @Size(max = 2000)
    @Column(length = 2000)
    private String notes;

    @Size(max = 64)
    @Column(name = "officer", length = 64)
    private String officer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProjectStatus status = ProjectStatus.ACCEPTED;

    @Column(name = "intake_on", nullable = false, updatable = false)
    private LocalDate intakeOn;

    @Column(name = "catalogue_version", nullable = false, updatable = false)
    private int catalogueVersion;

    @Size(max = 64)
    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", length = 30)
    private ProjectStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "stop_reason", length = 30)
    private StopReason stopReason;

    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;

    @Column(name = "construction_started_on")
    private LocalDate constructionStartedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Embedded
    @Valid
    private GreenChannel greenChannel = new GreenChannel();

    @Column(name = "land_held_on")
    private LocalDate landHeldOn;

    /** The project's light as the last time-limit scan left it (0 green, 1 yellow, 2 red); the scan writes it. */
    @Column(name = "light_level", insertable = false, updatable = false)
    private Integer lightLevel;

    @ElementCollection
    @CollectionTable(name = "project_progress", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "item_order")
    @Valid
    private List<ProgressNote> progress = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "officer_handover", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "item_order")
    @Valid
    private List<OfficerHandover> handovers = new ArrayList<>();

    protected Project() {
    }

    public Project(String fileNo, String projectCode, String name, Enterprise enterprise, BigDecimal investment,
            String industry, ProjectType type, String town, LandStatus landStatus, LocalDate targetGroundbreaking,
            String notes, LocalDate intakeOn, int catalogueVersion, String createdBy, Instant createdAt) {
        this.fileNo = fileNo;
        this.projectCode = ProjectCode.validated("projectCode", projectCode);
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "project.name.required");
        }
        if (investment == null || investment.signum() < 0) {
            throw new RuleViolation("investment", "project.investment.invalid");
        }
        if (type == null) {
            throw new RuleViolation("type", "project.type.required");
        }
        if (landStatus == null) {
            throw new RuleViolation("landStatus", "project.landStatus.required");
        }
        if (town == null || town.isBlank()) {
            throw new RuleViolation("town", "project.town.required");
        }
        this.name = name.strip();
        this.enterprise = enterprise;
        this.investment = investment;
        this.industry = industry == null ? null : industry.strip();
        this.type = type;
        this.town = town.strip();
        this.landStatus = landStatus;
        this.targetGroundbreaking = targetGroundbreaking;
        this.notes = notes;
        this.intakeOn = intakeOn;
        this.catalogueVersion = catalogueVersion;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Names the officer who answers for the project; a handover from another officer needs a reason. */
    public void assignOfficer(String newOfficer, String reason, String decidedBy, Instant at) {
        if (newOfficer == null || newOfficer.isBlank()) {
            throw new RuleViolation("officer", "project.officer.required");
        }
        if (newOfficer.equals(officer)) {
            throw new RuleViolation("officer", "project.officer.same", newOfficer);
        }
        if (officer != null && (reason == null || reason.isBlank())) {
            throw new RuleViolation("reason", "project.officer.reason");
        }
        handovers.add(new OfficerHandover(officer, newOfficer, reason == null ? null : reason.strip(), decidedBy, at));
        officer = newOfficer;
    }

    /** Once a matter is filed the project is in approval; once all are decided its approvals are complete. */
    public void followMatters(boolean anyFiled, boolean allDecided) {
        if (status == ProjectStatus.ACCEPTED && anyFiled) {
            status = ProjectStatus.IN_APPROVAL;
        }
        if ((status == ProjectStatus.ACCEPTED || status == ProjectStatus.IN_APPROVAL) && allDecided) {
            status = ProjectStatus.APPROVALS_COMPLETED;
        }
    }

    /** An officer asks for the green channel while the approvals are still to come or under way. */
    public void proposeGreenChannel(String reason, String by, LocalDate today) {
        requireApprovalsOpen("PROPOSE_GREEN_CHANNEL");
        greenChannel.propose(fileNo, reason, by, today);
    }

    /** The director's decision on a proposal; a grant puts every matter still to be decided on its green-channel limit. */
    public void decideGreenChannel(boolean grant, String reason, String by, LocalDate today) {
        requireApprovalsOpen(grant ? "GRANT_GREEN_CHANNEL" : "REFUSE_GREEN_CHANNEL");
        greenChannel.decide(fileNo, grant, reason, by, today);
    }

    /**
     * The land is held (land transfer contract or title in hand): the legal precondition that
     * simulated approvals waited for is met, and they can be converted into formal ones.
     */
    public void recordLandHeld(LocalDate on, LocalDate today) {
        if (landStatus == LandStatus.HELD) {
            throw new RuleViolation("landStatus", "project.land.alreadyHeld", fileNo);
        }
        StepDate.check(on, today, intakeOn);
        landStatus = LandStatus.HELD;
        landHeldOn = on;
    }

    private void requireApprovalsOpen(String step) {
        if (status != ProjectStatus.ACCEPTED && status != ProjectStatus.IN_APPROVAL) {
            throw new RuleViolation(null, "project.illegal", fileNo, status, step);
        }
    }

    /** After the approvals: the investor prepares to break ground (准备开工). */
    public void prepareToStart(LocalDate on, LocalDate today) {
        move(on, today, "PREPARE_TO_START", ProjectStatus.PREPARING_TO_START, ProjectStatus.APPROVALS_COMPLETED);
    }

    /** 开工: construction has started on the day. */
    public void startConstruction(LocalDate on, LocalDate today) {
        move(on, today, "START_CONSTRUCTION", ProjectStatus.CONSTRUCTION_STARTED,
                ProjectStatus.APPROVALS_COMPLETED, ProjectStatus.PREPARING_TO_START);
        constructionStartedOn = on;
    }

    public void complete(LocalDate on, LocalDate today) {
        move(on, today, "COMPLETE", ProjectStatus.COMPLETED, ProjectStatus.CONSTRUCTION_STARTED);
        completedOn = on;
    }

    /**
     * 竣工验收合格: the joint completion acceptance passed on {@code on}; a project not yet recorded as
     * completed is completed on {@code completedOn} first.
     */
    public void acceptOnCompletion(LocalDate completedOn, LocalDate on, LocalDate today) {
        if (status == ProjectStatus.CONSTRUCTION_STARTED) {
            complete(completedOn, today);
        }
        move(on, today, "ACCEPT_ON_COMPLETION", ProjectStatus.COMPLETION_ACCEPTED, ProjectStatus.COMPLETED);
    }

    /** Paused with a reason code; resuming returns to where it was. */
    public void pause(LocalDate on, LocalDate today, StopReason reason, String note) {
        requireReason(reason);
        ProjectStatus before = status;
        move(on, today, "PAUSE", ProjectStatus.PAUSED, ProjectStatus.ACCEPTED, ProjectStatus.IN_APPROVAL,
                ProjectStatus.APPROVALS_COMPLETED, ProjectStatus.PREPARING_TO_START, ProjectStatus.CONSTRUCTION_STARTED);
        statusBefore = before;
        stopReason = reason;
        addProgress(on, today, ProgressNote.Kind.NOTE, note == null || note.isBlank() ? reason.name() : note, "-");
    }

    public void resume(LocalDate on, LocalDate today) {
        ProjectStatus back = statusBefore;
        move(on, today, "RESUME", back == null ? ProjectStatus.ACCEPTED : back, ProjectStatus.PAUSED);
        statusBefore = null;
        stopReason = null;
    }

    /** Withdrawn for good, with a reason code. */
    public void withdraw(LocalDate on, LocalDate today, StopReason reason) {
        requireReason(reason);
        move(on, today, "WITHDRAW", ProjectStatus.WITHDRAWN, ProjectStatus.ACCEPTED, ProjectStatus.IN_APPROVAL,
                ProjectStatus.APPROVALS_COMPLETED, ProjectStatus.PREPARING_TO_START, ProjectStatus.PAUSED);
        stopReason = reason;
    }

    /** A dated progress note or milestone of the construction tracking file. */
    public void addProgress(LocalDate on, LocalDate today, ProgressNote.Kind kind, String text, String author) {
        StepDate.check(on, today);
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "project.progress.text");
        }
        progress.add(new ProgressNote(on, kind == null ? ProgressNote.Kind.NOTE : kind, text.strip(), author));
    }

    private void move(LocalDate on, LocalDate today, String step, ProjectStatus to, ProjectStatus... from) {
        if (!List.of(from).contains(status)) {
            throw new RuleViolation(null, "project.illegal", fileNo, status, step);
        }
        StepDate.check(on, today, statusChangedOn);
        status = to;
        statusChangedOn = on;
    }

    private static void requireReason(StopReason reason) {
        if (reason == null) {
            throw new RuleViolation("reasonCode", "project.reasonCode.required");
        }
    }

    public GreenChannel getGreenChannel() {
        return greenChannel;
    }

    public LocalDate getLandHeldOn() {
        return landHeldOn;
    }

    public Integer getLightLevel() {
        return lightLevel;
    }

    public StopReason getStopReason() {
        return stopReason;
    }

    public LocalDate getStatusChangedOn() {
        return statusChangedOn;
    }

    public LocalDate getConstructionStartedOn() {
        return constructionStartedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public List<ProgressNote> getProgress() {
        return List.copyOf(progress);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getFileNo() {
        return fileNo;
    }

    /**
     * A stand-in file number, unique to its transaction, for a project stored before it is numbered: the
     * year's counter is taken last, so that intakes take turns only from numbering to commit. Never committed.
     */
    public static String unnumbered() {
        return UNNUMBERED + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 15);
    }

    /**
     * Gives the project stored {@linkplain #unnumbered() unnumbered} its file number; the caller writes it
     * with {@link #NUMBER} (the column is otherwise never updated, so the project's version stays as stored).
     */
    public void number(String fileNo) {
        if (!this.fileNo.startsWith(UNNUMBERED)) {
            throw new IllegalStateException("Service file " + this.fileNo + " is numbered already");
        }
        this.fileNo = fileNo;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public String getName() {
        return name;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public BigDecimal getInvestment() {
        return investment;
    }

    public String getIndustry() {
        return industry;
    }

    public ProjectType getType() {
        return type;
    }

    public String getTown() {
        return town;
    }

    public LandStatus getLandStatus() {
        return landStatus;
    }

    public LocalDate getTargetGroundbreaking() {
        return targetGroundbreaking;
    }

    public String getNotes() {
        return notes;
    }

    public String getOfficer() {
        return officer;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getIntakeOn() {
        return intakeOn;
    }

    public int getCatalogueVersion() {
        return catalogueVersion;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<OfficerHandover> getHandovers() {
        return List.copyOf(handovers);
    }
}
