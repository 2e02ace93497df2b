package org.projectdesk.greenchannel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StepDate;

/** An extended-hours or overtime service a department gave a project: when, who, how many hours. */
@Entity
@Table(name = "extended_service")
public class ExtendedService {

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extended_service_seq")
    @SequenceGenerator(name = "extended_service_seq", sequenceName = "extended_service_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ServiceKind kind;

    @Column(name = "served_on", nullable = false, updatable = false)
    private LocalDate servedOn;

    @Size(max = 10)
    @Column(name = "department_code", nullable = false, length = 10, updatable = false)
    private String departmentCode;

    @Size(max = 200)
    @Column(nullable = false, length = 200, updatable = false)
    private String staff;

    @Digits(integer = 3, fraction = 1)
    @Column(nullable = false, precision = 4, scale = 1, updatable = false)
    private BigDecimal hours;

    @Size(max = 1000)
    @Column(length = 1000, updatable = false)
    private String notes;

    @Size(max = 64)
    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ExtendedService() {
    }

    public ExtendedService(Long projectId, ServiceKind kind, LocalDate servedOn, LocalDate today, String departmentCode,
            String staff, BigDecimal hours, String notes, String recordedBy, Instant recordedAt) {
        if (kind == null) {
            throw new RuleViolation("kind", "service.kind.required");
        }
        StepDate.check(servedOn, today);
        if (staff == null || staff.isBlank()) {
            throw new RuleViolation("staff", "service.staff.required");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 1
                && hours.stripTrailingZeros().scale() > 1) {
            throw new RuleViolation("hours", "service.hours.invalid", hours);
        }
        this.projectId = projectId;
        this.kind = kind;
        this.servedOn = servedOn;
        this.departmentCode = departmentCode;
        this.staff = staff.strip();
        this.hours = hours;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getStaff() {
        return staff;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
