package org.projectdesk.coordination.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StepDate;

/**
 * A coordination problem (难题) on a project: raised from a meeting, a visit, by the officer or by
 * the investor, with the departments responsible for solving it and a due date counted in working
 * days from the day after it was raised (as a matter's limit is). Its lifecycle:
 * <pre>
 *   OPEN ──start──▶ IN_PROGRESS ──resolve(resolution)──▶ RESOLVED ──reopen(reason)──▶ IN_PROGRESS
 *     │                 │
 *     └──escalate(reason)──▶ ESCALATED ──resolve(resolution)──▶ RESOLVED
 * </pre>
 * An open problem may also be resolved or escalated at once. While open or in progress its due date
 * is watched: past it, the time-limit scan lights it (and its project) red. Every other step is
 * refused with a {@link RuleViolation} naming the field.
 */
@Entity
@Table(name = "coordination_problem")
public class Problem {

    public static final int MAX_DUE_DAYS = 250;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coordination_problem_seq")
    @SequenceGenerator(name = "coordination_problem_seq", sequenceName = "coordination_problem_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Size(max = 2000)
    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ProblemSource source;

    @Column(name = "source_id", updatable = false)
    private Long sourceId;

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coordination_problem_department", joinColumns = @JoinColumn(name = "problem_id"))
    @Column(name = "department_code", length = 10, nullable = false)
    private Set<@Size(max = 10) String> departments = new TreeSet<>();

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Column(name = "due_days", nullable = false, updatable = false)
    private int dueDays;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ProblemStatus status;

    @Size(max = 2000)
    @Column(length = 2000)
    private String resolution;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "escalated_on")
    private LocalDate escalatedOn;

    @Size(max = 1000)
    @Column(name = "escalation_reason", length = 1000)
    private String escalationReason;

    @Size(max = 64)
    @Column(name = "raised_by", nullable = false, length = 64, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    /** Written by the time-limit scan only: null not overdue, 2 red, 3 red beyond the leadership threshold. */
    @Column(name = "alert_level", insertable = false, updatable = false)
    private Integer alertLevel;

    protected Problem() {
    }

    /**
     * Raises a problem on {@code raisedOn} (today or a past day); the due date is {@code dueDays}
     * working days on, counted from the next day.
     */
    public Problem(Long projectId, String description, Collection<String> departments, int dueDays, ProblemSource source,
            Long sourceId, LocalDate raisedOn, LocalDate today, String raisedBy, Instant raisedAt, DueDates calendar) {
        if (description == null || description.isBlank()) {
            throw new RuleViolation("description", "problem.description.required");
        }
        if (description.strip().length() > 2000) {
            throw new RuleViolation("description", "problem.description.long", 2000);
        }
        if (departments == null || departments.isEmpty() || departments.stream().anyMatch(d -> d == null || d.isBlank())) {
            throw new RuleViolation("departments", "problem.departments.required");
        }
        if (dueDays < 1 || dueDays > MAX_DUE_DAYS) {
            throw new RuleViolation("dueDays", "problem.dueDays.range", dueDays, MAX_DUE_DAYS);
        }
        if (source == null) {
            throw new RuleViolation("source", "problem.source.required");
        }
        if (source == ProblemSource.VISIT && sourceId == null || source == ProblemSource.MEETING && sourceId == null) {
            throw new RuleViolation("sourceId", "problem.sourceId.required", source);
        }
        StepDate.check(raisedOn, today);
        this.projectId = projectId;
        this.description = description.strip();
        departments.forEach(d -> this.departments.add(d.strip()));
        this.dueDays = dueDays;
        this.source = source;
        this.sourceId = sourceId;
        this.raisedOn = raisedOn;
        this.dueOn = dueCountedWith(calendar);
        this.status = ProblemStatus.OPEN;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    /** The responsible departments take it up. */
    public void start() {
        require(status == ProblemStatus.OPEN, "START");
        status = ProblemStatus.IN_PROGRESS;
    }

    /** Solved, on {@code on} (not before it was raised, not in the future), as the resolution says. */
    public void resolve(String resolution, LocalDate on, LocalDate today) {
        require(status != ProblemStatus.RESOLVED, "RESOLVE");
        if (resolution == null || resolution.isBlank()) {
            throw new RuleViolation("resolution", "problem.resolution.required");
        }
        day(on, today);
        this.resolution = resolution.strip();
        this.resolvedOn = on;
        this.status = ProblemStatus.RESOLVED;
    }

    /** Handed to the leadership, with the reason. */
    public void escalate(String reason, LocalDate on, LocalDate today) {
        require(status.isPending(), "ESCALATE");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "problem.reason.required");
        }
        day(on, today);
        this.escalationReason = reason.strip();
        this.escalatedOn = on;
        this.status = ProblemStatus.ESCALATED;
    }

    /** A resolution that did not hold: back in progress, the old resolution kept only in the history. */
    public void reopen(String reason) {
        require(status == ProblemStatus.RESOLVED, "REOPEN");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "problem.reason.required");
        }
        this.resolution = null;
        this.resolvedOn = null;
        this.status = ProblemStatus.IN_PROGRESS;
    }

    /** Whether the department is one of those responsible. */
    public boolean isResponsible(String departmentCode) {
        return departmentCode != null && departments.contains(departmentCode);
    }

    /** The due date counted on a calendar (an official schedule imported over a provisional year); changes nothing. */
    public LocalDate dueCountedWith(DueDates calendar) {
        return calendar.due(raisedOn, dueDays, List.of());
    }

    /** Counts the due date again on the calendar as it now stands. */
    public void recountDue(DueDates calendar) {
        dueOn = dueCountedWith(calendar);
    }

    /** Open or in progress and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return status.isPending() && dueOn.isBefore(today);
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new RuleViolation("type", "problem.step.illegal", step, status);
        }
    }

    private void day(LocalDate on, LocalDate today) {
        StepDate.check(on, today);
        if (on.isBefore(raisedOn)) {
            throw new RuleViolation("on", "problem.on.beforeRaised", on, raisedOn);
        }
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

    public String getDescription() {
        return description;
    }

    public ProblemSource getSource() {
        return source;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public Set<String> getDepartments() {
        return java.util.Collections.unmodifiableSet(departments);
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public int getDueDays() {
        return dueDays;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ProblemStatus getStatus() {
        return status;
    }

    public String getResolution() {
        return resolution;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public LocalDate getEscalatedOn() {
        return escalatedOn;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Integer getAlertLevel() {
        return alertLevel;
    }
}
