package org.projectdesk.approval.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;
import org.projectdesk.approval.control.ClockAfterSupplement;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.calendar.control.Period;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StepDate;

/**
 * One category of approval for one project, from the plan to the decision. Its limits are copied
 * from the catalogue version in force when the project was planned and never change afterwards.
 * Accepted (受理) on a day, it is due when its promised limit, counted from the next working day,
 * runs out; suspended days (missing materials, §45 special procedures) do not count. Every step
 * names the day it happened, which may be in the past (entered from a paper ledger) but never in
 * the future, nor before the step before it. A step that is not allowed is refused and changes
 * nothing.
 */
@Entity
@Table(name = "approval_matter")
@NamedQuery(name = Matter.OF_PROJECT_WHOLE, query = "select m from Matter m left join fetch m.prerequisites"
        + " left join fetch m.suspensions where m.projectId = :id")
public class Matter {

    /** A file's matters with their prerequisites and suspensions, in one statement (a step reads them all). */
    public static final String OF_PROJECT_WHOLE = "Matter.ofProjectWhole";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_matter_seq")
    @SequenceGenerator(name = "approval_matter_seq", sequenceName = "approval_matter_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Size(max = 20)
    @Column(name = "category_code", nullable = false, length = 20, updatable = false)
    private String categoryCode;

    @Size(max = 100)
    @Column(name = "category_name", nullable = false, length = 100, updatable = false)
    private String categoryName;

    @Size(max = 10)
    @Column(name = "department_code", nullable = false, length = 10, updatable = false)
    private String departmentCode;

    @Column(name = "statutory_days", nullable = false, updatable = false)
    private int statutoryDays;

    @Column(name = "promised_days", nullable = false, updatable = false)
    private int promisedDays;

    @Column(name = "green_channel_days", nullable = false, updatable = false)
    private int greenChannelDays;

    /** Loaded for all the matters a query read in one statement (the matters of a file: 22), not one statement each. */
    @BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matter_prerequisite", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "category_code", nullable = false, length = 20)
    private List<@Size(max = 20) String> prerequisites = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MatterStatus status = MatterStatus.PLANNED;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 12)
    private CaseType caseType;

    /** The case type to return to when a supplement is complete. */
    @Enumerated(EnumType.STRING)
    @Column(name = "case_type_before", length = 12)
    private CaseType caseTypeBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", length = 30)
    private MatterStatus statusBefore;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_finish")
    private LocalDate plannedFinish;

    @Column(name = "last_event_on")
    private LocalDate lastEventOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    /** The day counting starts after: the acceptance, or the supplement's completion when the clock restarts. */
    @Column(name = "clock_started_on")
    private LocalDate clockStartedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "statutory_due_on")
    private LocalDate statutoryDueOn;

    /** For a matter forwarded to a higher authority (报批件): that authority's own due date. */
    @Column(name = "external_due_on")
    private LocalDate externalDueOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Size(max = 100)
    @Column(name = "document_no", length = 100)
    private String documentNo;

    @Size(max = 2000)
    @Column(name = "return_reasons", length = 2000)
    private String returnReasons;

    @Size(max = 500)
    @Column(name = "dropped_reason", length = 500)
    private String droppedReason;

    /** Filed by the office on the investor's behalf (代办). */
    @Column(name = "filed_by_agent", nullable = false)
    private boolean filedByAgent;

    @Column(nullable = false, updatable = false)
    private boolean simulatable;

    /** On the green channel: the green-channel limit replaces the promised one. */
    @Column(name = "green_channel", nullable = false)
    private boolean greenChannel;

    @Size(max = 100)
    @Column(name = "simulated_document_no", length = 100)
    private String simulatedDocumentNo;

    @Column(name = "simulated_on")
    private LocalDate simulatedOn;

    @Size(max = 2000)
    @Column(name = "simulated_conditions", length = 2000)
    private String simulatedConditions;

    /** The investor's written pledge to bear the risk should the project not go ahead. */
    @Size(max = 2000)
    @Column(name = "risk_pledge", length = 2000)
    private String riskPledge;

    @Column(name = "halted_on")
    private LocalDate haltedOn;

    @Size(max = 500)
    @Column(name = "halted_reason", length = 500)
    private String haltedReason;

    /** As the last time-limit scan left it: 0 green, 1 yellow, 2 red, 3 red long enough for the leadership. */
    @Column(name = "alert_level", insertable = false, updatable = false)
    private Integer alertLevel;

    @Column(name = "statutory_overdue", insertable = false, updatable = false)
    private boolean statutoryOverdue;

    @Column(name = "conversion_overdue", insertable = false, updatable = false)
    private boolean conversionOverdue;

    @BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matter_suspension", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "item_order")
    @Valid
    private List<Suspension> suspensions = new ArrayList<>();

    protected Matter() {
    }

    public Matter(Long projectId, CategoryTerms category) {
        this.projectId = projectId;
        this.categoryCode = category.code();
        this.categoryName = category.name();
        this.departmentCode = category.departmentCode();
        this.statutoryDays = category.statutoryDays();
        this.promisedDays = category.promisedDays();
        this.greenChannelDays = category.greenChannelDays();
        this.prerequisites.addAll(category.prerequisites());
        this.caseType = category.defaultCaseType();
        this.simulatable = category.simulatable();
    }

    public void schedule(LocalDate start, LocalDate finish) {
        this.plannedStart = start;
        this.plannedFinish = finish;
    }

    /**
     * The project is on the green channel: from now on the matter counts its green-channel limit,
     * and a running clock is recounted from its start with it. A decided matter keeps its dates.
     */
    public void useGreenChannel(DueDates calendar) {
        if (greenChannel || status.isFinished() || status == MatterStatus.SIMULATED || status == MatterStatus.HALTED) {
            return;
        }
        greenChannel = true;
        if (status.isRunning()) {
            recomputeDue(calendar);
        }
    }

    /** The working days the matter has: its green-channel limit on the green channel, else its promised one. */
    public int limitDays() {
        return greenChannel ? greenChannelDays : promisedDays;
    }

    public void prepareMaterials(LocalDate on, LocalDate today) {
        require(MatterStep.PREPARE_MATERIALS, on, today);
        status = MatterStatus.MATERIALS_IN_PREPARATION;
        lastEventOn = on;
    }

    /**
     * 受理: the department takes the application on the day; the promised and statutory limits start
     * counting the next working day. {@code type} overrides the category's default case type. Not
     * while materials of the project's one-time notification it needs are outstanding
     * ({@code outstandingMaterials}, empty under a partial-materials acceptance).
     */
    public void accept(LocalDate on, LocalDate today, CaseType type, boolean byAgent, LocalDate externalDue,
            Collection<String> outstandingMaterials, DueDates calendar) {
        require(MatterStep.ACCEPT, on, today);
        if (!outstandingMaterials.isEmpty()) {
            throw new RuleViolation("materials", "matter.accept.outstanding", categoryCode,
                    String.join("；", outstandingMaterials));
        }
        if (type != null && (type == CaseType.SUPPLEMENT || type == CaseType.RETURNED)) {
            throw new RuleViolation("caseType", "matter.caseType.notAtAcceptance", type);
        }
        CaseType accepted = type != null ? type : caseType;
        if (accepted == CaseType.FORWARDED && externalDue == null) {
            throw new RuleViolation("externalDueOn", "matter.forwarded.externalDue");
        }
        caseType = accepted;
        externalDueOn = accepted == CaseType.FORWARDED ? externalDue : null;
        filedByAgent = byAgent;
        acceptedOn = on;
        clockStartedOn = on;
        status = MatterStatus.ACCEPTED;
        lastEventOn = on;
        recomputeDue(calendar);
    }

    public void startReview(LocalDate on, LocalDate today) {
        require(MatterStep.START_REVIEW, on, today);
        status = MatterStatus.IN_REVIEW;
        lastEventOn = on;
    }

    /** 补正: lists every missing material at once; the clock stops until they are all in. */
    public void requestSupplement(LocalDate on, LocalDate today, List<String> missingMaterials) {
        require(MatterStep.REQUEST_SUPPLEMENT, on, today);
        List<String> missing = missingMaterials == null ? List.of()
                : missingMaterials.stream().map(String::strip).filter(m -> !m.isEmpty()).toList();
        if (missing.isEmpty()) {
            throw new RuleViolation("materials", "matter.supplement.materials");
        }
        stopClock(on, new Suspension(SuspensionKind.SUPPLEMENT, 2, on, String.join("；", missing)));
        caseTypeBefore = caseType;
        caseType = CaseType.SUPPLEMENT;
    }

    /** The missing materials are complete: the clock runs on, or starts again, as the office has chosen. */
    public void completeSupplement(LocalDate on, LocalDate today, ClockAfterSupplement clock, DueDates calendar) {
        Suspension open = openSuspension(SuspensionKind.SUPPLEMENT);
        StepDate.check(on, today, lastEventOn);
        open.end(on, "materials complete");
        caseType = caseTypeBefore;
        caseTypeBefore = null;
        if (clock == ClockAfterSupplement.RESTART) {
            clockStartedOn = on;
        }
        restartClock(on, calendar);
    }

    /** A §45 special procedure (hearing, testing, expert review…): its days are not counted. */
    public void suspend(LocalDate on, LocalDate today, int procedureType, String reason) {
        require(MatterStep.SUSPEND, on, today);
        if (procedureType != 1 && procedureType != 2) {
            throw new RuleViolation("procedureType", "matter.suspend.type", procedureType);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "matter.reason.required");
        }
        stopClock(on, new Suspension(SuspensionKind.SPECIAL_PROCEDURE, procedureType, on, reason.strip()));
    }

    public void resume(LocalDate on, LocalDate today, String result, DueDates calendar) {
        Suspension open = openSuspension(SuspensionKind.SPECIAL_PROCEDURE);
        StepDate.check(on, today, lastEventOn);
        if (result == null || result.isBlank()) {
            throw new RuleViolation("result", "matter.resume.result");
        }
        open.end(on, result.strip());
        restartClock(on, calendar);
    }

    /**
     * Approved with its document number. Only once every prerequisite in the plan is approved:
     * {@code unapprovedPrerequisites} names those that are not.
     */
    public void approve(LocalDate on, LocalDate today, String document, Collection<String> unapprovedPrerequisites) {
        require(MatterStep.APPROVE, on, today);
        if (!unapprovedPrerequisites.isEmpty()) {
            throw new RuleViolation(null, "matter.approve.prerequisites", categoryCode,
                    String.join(", ", unapprovedPrerequisites));
        }
        if (document == null || document.isBlank()) {
            throw new RuleViolation("documentNo", "matter.approve.document");
        }
        documentNo = document.strip();
        decidedOn = on;
        status = MatterStatus.APPROVED;
        lastEventOn = on;
    }

    /** Whether the joint acceptance's opinion decides it: planned, in preparation, or running. */
    public boolean decidableByJointAcceptance() {
        return status == MatterStatus.PLANNED || status == MatterStatus.MATERIALS_IN_PREPARATION || status.isRunning();
    }

    /**
     * Decided by the joint completion acceptance's opinion on {@code on}: a matter not filed yet is accepted
     * that day by the office as agent (the joint acceptance checked the materials) and approved with the
     * opinion's number; a running one approved. Prerequisites hold as for any approval.
     */
    public void decideByJointAcceptance(LocalDate on, LocalDate today, String opinionNo,
            Collection<String> unapprovedPrerequisites, DueDates calendar) {
        if (status == MatterStatus.PLANNED || status == MatterStatus.MATERIALS_IN_PREPARATION) {
            accept(on, today, null, true, null, List.of(), calendar);
        }
        approve(on, today, opinionNo, unapprovedPrerequisites);
    }

    /**
     * 模拟审批: the department approves on the documents while the land is not yet held. Only a
     * simulatable category of a green-channel project; the investor's written pledge to bear the
     * risk is required. {@code blockingPrerequisites} names the prerequisites that are neither
     * approved, simulated, nor waiting on the land themselves.
     */
    public void issueSimulated(LocalDate on, LocalDate today, String document, String conditions, String pledge,
            boolean greenChannelGranted, boolean landHeld, Collection<String> blockingPrerequisites) {
        require(MatterStep.ISSUE_SIMULATED, on, today);
        if (!simulatable) {
            throw new RuleViolation(null, "matter.simulated.notSimulatable", categoryCode);
        }
        if (!greenChannelGranted) {
            throw new RuleViolation(null, "matter.simulated.greenChannel", categoryCode);
        }
        if (landHeld) {
            throw new RuleViolation(null, "matter.simulated.landHeld", categoryCode);
        }
        if (!blockingPrerequisites.isEmpty()) {
            throw new RuleViolation(null, "matter.approve.prerequisites", categoryCode,
                    String.join(", ", blockingPrerequisites));
        }
        if (document == null || document.isBlank()) {
            throw new RuleViolation("documentNo", "matter.approve.document");
        }
        if (pledge == null || pledge.isBlank()) {
            throw new RuleViolation("pledge", "matter.simulated.pledge");
        }
        simulatedDocumentNo = document.strip();
        simulatedConditions = conditions == null || conditions.isBlank() ? null : conditions.strip();
        riskPledge = pledge.strip();
        simulatedOn = on;
        status = MatterStatus.SIMULATED;
        lastEventOn = on;
    }

    /**
     * The precondition is met: the simulated approval becomes the formal one, with its own number
     * and date. Its prerequisites must be formal by then ({@code unformalPrerequisites} names those
     * that are not).
     */
    public void convertSimulated(LocalDate on, LocalDate today, String document, boolean landHeld,
            Collection<String> unformalPrerequisites) {
        require(MatterStep.CONVERT_SIMULATED, on, today);
        if (!landHeld) {
            throw new RuleViolation(null, "matter.simulated.landNotHeld", categoryCode);
        }
        if (!unformalPrerequisites.isEmpty()) {
            throw new RuleViolation(null, "matter.approve.prerequisites", categoryCode,
                    String.join(", ", unformalPrerequisites));
        }
        if (document == null || document.isBlank()) {
            throw new RuleViolation("documentNo", "matter.approve.document");
        }
        documentNo = document.strip();
        decidedOn = on;
        status = MatterStatus.APPROVED;
        lastEventOn = on;
    }

    /** The investor broke the pledge behind this simulated approval: it is halted (and so are the matters on it). */
    public void breakPledge(LocalDate on, LocalDate today, String reason) {
        require(MatterStep.HALT, on, today);
        halt(on, reason);
    }

    /**
     * Stopped for good: the simulated approval it is, or relies on, failed (the pledge was broken,
     * the project withdrawn). A matter already formally decided is not touched: {@code false}.
     */
    public boolean halt(LocalDate on, String reason) {
        if (status.isFinished() || status == MatterStatus.HALTED) {
            return false;
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "matter.reason.required");
        }
        statusBefore = null;
        haltedOn = on;
        haltedReason = reason.strip();
        status = MatterStatus.HALTED;
        dueOn = null;
        statutoryDueOn = null;
        if (lastEventOn == null || on.isAfter(lastEventOn)) {
            lastEventOn = on;
        }
        return true;
    }

    /** 退回: conditions not met; the written reasons go to the applicant. */
    public void returnToApplicant(LocalDate on, LocalDate today, String reasons) {
        require(MatterStep.RETURN, on, today);
        if (reasons == null || reasons.isBlank()) {
            throw new RuleViolation("reason", "matter.return.reasons");
        }
        returnReasons = reasons.strip();
        caseType = CaseType.RETURNED;
        decidedOn = on;
        status = MatterStatus.RETURNED;
        lastEventOn = on;
    }

    /** Taken out of the plan before it was filed, with the reason. */
    public void drop(String reason) {
        if (!MatterStep.DROP.allowedFrom(status)) {
            throw new RuleViolation(null, "matter.illegal", categoryCode, status, MatterStep.DROP);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "matter.reason.required");
        }
        droppedReason = reason.strip();
        status = MatterStatus.DROPPED;
    }

    /**
     * The steps the matter's state allows now, in the order of {@link MatterStep}: from a stop of the
     * clock only the step that ends it (the supplement complete, or the special procedure resumed), and a
     * simulated approval only for a simulatable category. Whether the project allows a step (its green
     * channel, its land, the prerequisites, the materials) is checked when the step is taken.
     */
    public List<MatterStep> allowedSteps() {
        return Arrays.stream(MatterStep.values()).filter(step -> step.allowedFrom(status))
                .filter(step -> step != MatterStep.ISSUE_SIMULATED || simulatable)
                .filter(step -> step != MatterStep.SUPPLEMENT_COMPLETE || openSuspensionIs(SuspensionKind.SUPPLEMENT))
                .filter(step -> step != MatterStep.RESUME || openSuspensionIs(SuspensionKind.SPECIAL_PROCEDURE))
                .toList();
    }

    private boolean openSuspensionIs(SuspensionKind kind) {
        return status == MatterStatus.SUSPENDED && !suspensions.isEmpty()
                && suspensions.get(suspensions.size() - 1).getKind() == kind;
    }

    /** The matter's state in one line, as the audit trail keeps it before and after a step. */
    public String summary() {
        StringBuilder text = new StringBuilder("status=").append(status).append(", caseType=").append(caseType);
        if (acceptedOn != null) {
            text.append(", accepted=").append(acceptedOn);
        }
        if (dueOn != null) {
            text.append(", due=").append(dueOn);
        }
        if (decidedOn != null) {
            text.append(", decided=").append(decidedOn);
        }
        if (simulatedDocumentNo != null) {
            text.append(", simulated=").append(simulatedDocumentNo).append(" on ").append(simulatedOn);
        }
        if (documentNo != null) {
            text.append(", document=").append(documentNo);
        }
        if (haltedReason != null) {
            text.append(", halted=").append(haltedReason);
        }
        if (greenChannel) {
            text.append(", greenChannel");
        }
        if (!suspensions.isEmpty()) {
            text.append(", suspensions=").append(suspensions.size());
        }
        return text.toString();
    }

    public boolean isApproved() {
        return status == MatterStatus.APPROVED;
    }

    /** Approved for now, formally or by simulation: later matters may go ahead on it. */
    public boolean isApprovedOrSimulated() {
        return status == MatterStatus.APPROVED || status == MatterStatus.SIMULATED;
    }

    private void stopClock(LocalDate on, Suspension suspension) {
        statusBefore = status;
        suspensions.add(suspension);
        status = MatterStatus.SUSPENDED;
        lastEventOn = on;
        dueOn = null;
        statutoryDueOn = null;
    }

    private void restartClock(LocalDate on, DueDates calendar) {
        status = statusBefore;
        statusBefore = null;
        lastEventOn = on;
        recomputeDue(calendar);
    }

    private void recomputeDue(DueDates calendar) {
        Due due = countDue(calendar);
        dueOn = due.dueOn();
        statutoryDueOn = due.statutoryDueOn();
    }

    private Due countDue(DueDates calendar) {
        List<Period> excluded = suspensions.stream()
                .filter(s -> s.getEndedOn() != null && s.getEndedOn().isAfter(clockStartedOn))
                .map(Suspension::excludedDays).flatMap(Optional::stream).toList();
        LocalDate due = calendar.due(clockStartedOn, limitDays(), excluded);
        try {
            return new Due(due, calendar.due(clockStartedOn, statutoryDays, excluded));
        } catch (YearNotLoaded e) {
            // The promised date decides whether the matter can be accepted; the statutory one,
            // longer, may reach past the calendar's last year and is filled in once it is there.
            return new Due(due, null);
        }
    }

    /** A matter's due dates: the promised (or green-channel) limit and the statutory one. */
    public record Due(LocalDate dueOn, LocalDate statutoryDueOn) {
    }

    /**
     * The due dates this matter's clock gives when counted on another calendar (an official
     * schedule imported over a provisional year); null while no clock counts (never started, or
     * stopped by a suspension). Changes nothing.
     */
    public Due dueCountedWith(DueDates calendar) {
        return clockStartedOn == null || dueOn == null ? null : countDue(calendar);
    }

    /** Counts the due dates again on the calendar as it now stands; a matter whose clock does not count keeps them. */
    public void recountDue(DueDates calendar) {
        if (dueCountedWith(calendar) != null) {
            recomputeDue(calendar);
        }
    }

    private Suspension openSuspension(SuspensionKind kind) {
        if (status != MatterStatus.SUSPENDED) {
            throw new RuleViolation(null, "matter.illegal", categoryCode, status,
                    kind == SuspensionKind.SUPPLEMENT ? MatterStep.SUPPLEMENT_COMPLETE : MatterStep.RESUME);
        }
        Suspension open = suspensions.get(suspensions.size() - 1);
        if (open.getKind() != kind) {
            throw new RuleViolation(null, "matter.suspension.otherKind", categoryCode, open.getKind());
        }
        return open;
    }

    private void require(MatterStep step, LocalDate on, LocalDate today) {
        if (!step.allowedFrom(status)) {
            throw new RuleViolation(null, "matter.illegal", categoryCode, status, step);
        }
        StepDate.check(on, today, lastEventOn);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public int getStatutoryDays() {
        return statutoryDays;
    }

    public int getPromisedDays() {
        return promisedDays;
    }

    public int getGreenChannelDays() {
        return greenChannelDays;
    }

    public List<String> getPrerequisites() {
        return List.copyOf(prerequisites);
    }

    public MatterStatus getStatus() {
        return status;
    }

    public CaseType getCaseType() {
        return caseType;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedFinish() {
        return plannedFinish;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public LocalDate getClockStartedOn() {
        return clockStartedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getStatutoryDueOn() {
        return statutoryDueOn;
    }

    public LocalDate getExternalDueOn() {
        return externalDueOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public String getReturnReasons() {
        return returnReasons;
    }

    public String getDroppedReason() {
        return droppedReason;
    }

    public boolean isFiledByAgent() {
        return filedByAgent;
    }

    public boolean isSimulatable() {
        return simulatable;
    }

    public boolean isGreenChannel() {
        return greenChannel;
    }

    public String getSimulatedDocumentNo() {
        return simulatedDocumentNo;
    }

    public LocalDate getSimulatedOn() {
        return simulatedOn;
    }

    public String getSimulatedConditions() {
        return simulatedConditions;
    }

    public String getRiskPledge() {
        return riskPledge;
    }

    public LocalDate getHaltedOn() {
        return haltedOn;
    }

    public String getHaltedReason() {
        return haltedReason;
    }

    public Integer getAlertLevel() {
        return alertLevel;
    }

    public boolean isStatutoryOverdue() {
        return statutoryOverdue;
    }

    public boolean isConversionOverdue() {
        return conversionOverdue;
    }

    /** The day of the matter's last step (its state since then, as the ledger records it). */
    public LocalDate getLastEventOn() {
        return lastEventOn;
    }

    public List<Suspension> getSuspensions() {
        return List.copyOf(suspensions);
    }
}
