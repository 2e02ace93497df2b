package org.projectdesk.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.project.entity.CreditCode;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StepDate;

/**
 * A project a town brings to the centre (项目推荐/预登记), registered by the town's staff. Its lifecycle:
 * <pre>
 *   WAITING ──takeIn(project)──▶ TAKEN_IN
 *      └─────returnToTown(reason)──▶ RETURNED
 * </pre>
 * While it waits, the office owes it an intake within a limit of working days counted from the day
 * after it was registered (as a matter's limit is); past {@code dueOn} the time-limit scan lights it.
 * Taken in, it names the service file the single window opened for it.
 */
@Entity
@Table(name = "referral")
public class Referral {

    public static final int MAX_DUE_DAYS = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 20)
    @Column(name = "town_code", nullable = false, length = 20, updatable = false)
    private String townCode;

    @Size(max = 200)
    @Column(name = "enterprise_name", nullable = false, length = 200)
    private String enterpriseName;

    @Size(max = 18)
    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Size(max = 200)
    @Column(name = "project_name", nullable = false, length = 200)
    private String projectName;

    /** In 10,000 yuan (万元), as the project's. */
    @Digits(integer = 12, fraction = 2)
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal investment;

    @Size(max = 60)
    @Column(length = 60)
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "land_status", nullable = false, length = 20)
    private LandStatus landStatus;

    @Size(max = 500)
    @Column(name = "land_note", length = 500)
    private String landNote;

    @Column(name = "target_groundbreaking")
    private LocalDate targetGroundbreaking;

    @Size(max = 60)
    @Column(name = "contact_name", nullable = false, length = 60)
    private String contactName;

    @Size(max = 30)
    @Column(name = "contact_phone", nullable = false, length = 30)
    private String contactPhone;

    @Size(max = 2000)
    @Column(length = 2000)
    private String notes;

    @Column(name = "registered_on", nullable = false, updatable = false)
    private LocalDate registeredOn;

    @Column(name = "due_days", nullable = false, updatable = false)
    private int dueDays;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReferralStatus status;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Size(max = 1000)
    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @Size(max = 64)
    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Size(max = 64)
    @Column(name = "registered_by", nullable = false, length = 64, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    /** Written by the time-limit scan only: null not due, 1 yellow, 2 red, 3 red beyond the leadership threshold. */
    @Column(name = "alert_level", insertable = false, updatable = false)
    private Integer alertLevel;

    protected Referral() {
    }

    /**
     * Registers a referral of {@code townCode} on {@code registeredOn} (today or a past day); the office
     * owes its intake within {@code dueDays} working days, counted from the next day.
     */
    public Referral(String townCode, ReferralDetails details, LocalDate registeredOn, LocalDate today, int dueDays,
            DueDates calendar, String registeredBy, Instant registeredAt) {
        if (townCode == null || townCode.isBlank()) {
            throw new RuleViolation("townCode", "referral.town.required");
        }
        if (dueDays < 1 || dueDays > MAX_DUE_DAYS) {
            throw new RuleViolation("dueDays", "referral.dueDays.range", dueDays, MAX_DUE_DAYS);
        }
        StepDate.check("registeredOn", registeredOn, today, null);
        this.townCode = townCode.strip();
        this.registeredOn = registeredOn;
        describe(details);
        this.dueDays = dueDays;
        this.dueOn = dueCountedWith(calendar);
        this.status = ReferralStatus.WAITING;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** The single window opened a service file for it on {@code on}. */
    public void takeIn(Long projectId, LocalDate on, LocalDate today, String by) {
        requireWaiting("TAKE_IN");
        if (projectId == null) {
            throw new RuleViolation("fileNo", "referral.project.required");
        }
        decide(on, today, by);
        this.projectId = projectId;
        this.status = ReferralStatus.TAKEN_IN;
    }

    /** Sent back to the town, saying why (not a major project, materials lacking, belongs elsewhere ...). */
    public void returnToTown(String reason, LocalDate on, LocalDate today, String by) {
        requireWaiting("RETURN");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "referral.reason.required");
        }
        if (reason.strip().length() > 1000) {
            throw new RuleViolation("reason", "referral.reason.long", 1000);
        }
        decide(on, today, by);
        this.returnReason = reason.strip();
        this.status = ReferralStatus.RETURNED;
    }

    /** The due date counted on a calendar (an official schedule imported over a provisional year); changes nothing. */
    public LocalDate dueCountedWith(DueDates calendar) {
        return calendar.due(registeredOn, dueDays, List.of());
    }

    /** Counts the due date again on the calendar as it now stands. */
    public void recountDue(DueDates calendar) {
        dueOn = dueCountedWith(calendar);
    }

    /** Still waiting and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return status == ReferralStatus.WAITING && dueOn.isBefore(today);
    }

    private void describe(ReferralDetails d) {
        if (d == null) {
            throw new RuleViolation("enterpriseName", "referral.enterpriseName.required");
        }
        this.enterpriseName = required("enterpriseName", d.enterpriseName());
        this.creditCode = d.creditCode() == null || d.creditCode().isBlank() ? null
                : CreditCode.validated("creditCode", d.creditCode());
        this.projectName = required("projectName", d.projectName());
        if (d.investment() == null || d.investment().signum() <= 0) {
            throw new RuleViolation("investment", "referral.investment.positive");
        }
        this.investment = d.investment();
        this.industry = blankToNull(d.industry());
        if (d.landStatus() == null) {
            throw new RuleViolation("landStatus", "referral.landStatus.required");
        }
        this.landStatus = d.landStatus();
        this.landNote = blankToNull(d.landNote());
        if (d.targetGroundbreaking() != null && d.targetGroundbreaking().isBefore(registeredOn)) {
            throw new RuleViolation("targetGroundbreaking", "referral.target.past", d.targetGroundbreaking(), registeredOn);
        }
        this.targetGroundbreaking = d.targetGroundbreaking();
        this.contactName = required("contactName", d.contactName());
        this.contactPhone = required("contactPhone", d.contactPhone());
        this.notes = blankToNull(d.notes());
    }

    /** Refuses, naming {@code status}, a step on a referral already taken in or returned. */
    public void requireWaiting(String step) {
        if (status != ReferralStatus.WAITING) {
            throw new RuleViolation("status", "referral.step.illegal", step, status);
        }
    }

    private void decide(LocalDate on, LocalDate today, String by) {
        StepDate.check("on", on, today, null);
        if (on.isBefore(registeredOn)) {
            throw new RuleViolation("on", "referral.on.beforeRegistered", on, registeredOn);
        }
        this.decidedOn = on;
        this.decidedBy = by;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "referral." + field + ".required");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTownCode() {
        return townCode;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getProjectName() {
        return projectName;
    }

    public BigDecimal getInvestment() {
        return investment;
    }

    public String getIndustry() {
        return industry;
    }

    public LandStatus getLandStatus() {
        return landStatus;
    }

    public String getLandNote() {
        return landNote;
    }

    public LocalDate getTargetGroundbreaking() {
        return targetGroundbreaking;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public int getDueDays() {
        return dueDays;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public Long getProjectId() {
        return projectId;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Integer getAlertLevel() {
        return alertLevel;
    }
}
