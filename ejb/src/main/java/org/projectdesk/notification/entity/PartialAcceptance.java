package org.projectdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.shared.control.RuleViolation;

/**
 * 容缺受理: the office lets one matter be accepted while some of its required materials are still
 * outstanding, on the investor's written pledge to hand them in by the deadline.
 */
@Entity
@Table(name = "partial_acceptance")
public class PartialAcceptance {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partial_acceptance_seq")
    @SequenceGenerator(name = "partial_acceptance_seq", sequenceName = "partial_acceptance_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Size(max = 20)
    @Column(name = "category_code", nullable = false, length = 20, updatable = false)
    private String categoryCode;

    @Size(max = 10)
    @Column(name = "department_code", nullable = false, length = 10, updatable = false)
    private String departmentCode;

    @Size(max = 2000)
    @Column(nullable = false, length = 2000, updatable = false)
    private String pledge;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    /** The materials outstanding when it was granted, one per line, as the pledge covers them. */
    @Size(max = 4000)
    @Column(nullable = false, length = 4000, updatable = false)
    private String outstanding;

    @Size(max = 64)
    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn;

    protected PartialAcceptance() {
    }

    public PartialAcceptance(Long projectId, String categoryCode, String departmentCode, List<String> outstandingMaterials,
            String pledge, LocalDate deadline, LocalDate today, String by) {
        if (outstandingMaterials.isEmpty()) {
            throw new RuleViolation("categoryCode", "notification.partial.nothingOutstanding", categoryCode);
        }
        if (pledge == null || pledge.isBlank()) {
            throw new RuleViolation("pledge", "notification.partial.pledge");
        }
        if (pledge.strip().length() > 2000) {
            throw new RuleViolation("pledge", "notification.partial.pledgeTooLong");
        }
        if (deadline == null) {
            throw new RuleViolation("deadline", "notification.partial.deadline");
        }
        if (!deadline.isAfter(today)) {
            throw new RuleViolation("deadline", "notification.partial.deadlinePast", deadline, today);
        }
        this.projectId = projectId;
        this.categoryCode = categoryCode;
        this.departmentCode = departmentCode;
        this.outstanding = truncate(String.join("\n", outstandingMaterials), 4000);
        this.pledge = pledge.strip();
        this.deadline = deadline;
        this.recordedOn = today;
        this.recordedBy = by;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getPledge() {
        return pledge;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getOutstanding() {
        return outstanding;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }
}
