package org.projectdesk.coordination.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.BatchSize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StepDate;

/**
 * An on-site guidance visit (上门指导): on a day (never a future one), office staff and the
 * departments present went to one or more enterprises about some of their projects, heard the
 * issues and agreed follow-up actions, each with an owner and a due date not before the visit.
 * Recorded and edited by the office; every edit states the whole visit again, checked the same way.
 */
@Entity
@Table(name = "site_visit")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_visit_seq")
    @SequenceGenerator(name = "site_visit_seq", sequenceName = "site_visit_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_visit_enterprise", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "credit_code", length = 18, nullable = false)
    private Set<@Size(max = 18) String> enterprises = new TreeSet<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_visit_project", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "project_id", nullable = false)
    private Set<Long> projectIds = new TreeSet<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_visit_department", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "department_code", length = 10, nullable = false)
    private Set<@Size(max = 10) String> departments = new TreeSet<>();

    @BatchSize(size = 100)
    @ElementCollection
    @CollectionTable(name = "site_visit_staff", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "line_no")
    @Column(name = "name", length = 100, nullable = false)
    private List<@Size(max = 100) String> staff = new ArrayList<>();

    @Size(max = 4000)
    @Column(nullable = false, length = 4000)
    private String issues;

    @BatchSize(size = 100)
    @ElementCollection
    @CollectionTable(name = "site_visit_action", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "line_no")
    @Valid
    private List<FollowUpAction> actions = new ArrayList<>();

    @Size(max = 64)
    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Size(max = 64)
    @Column(name = "changed_by", length = 64)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected Visit() {
    }

    public Visit(Content content, LocalDate today, String recordedBy, Instant recordedAt) {
        describe(content, today);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Corrects the record: the whole visit, checked again. */
    public void change(Content content, LocalDate today, String changedBy, Instant changedAt) {
        describe(content, today);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /**
     * What a visit says; {@code enterprises} are credit codes (the projects' enterprises included by
     * the caller), {@code actions} the raw lines, checked here.
     */
    public record Content(LocalDate on, Collection<String> enterprises, Collection<Long> projectIds,
            List<String> staff, Collection<String> departments, String issues, List<ActionLine> actions) {
    }

    /** One follow-up action as entered. */
    public record ActionLine(String action, String owner, LocalDate dueOn) {
    }

    private void describe(Content c, LocalDate today) {
        StepDate.check(c.on(), today);
        if (c.projectIds() == null || c.projectIds().isEmpty()) {
            throw new RuleViolation("projects", "visit.projects.required");
        }
        if (c.enterprises() == null || c.enterprises().isEmpty()) {
            throw new RuleViolation("enterprises", "visit.enterprises.required");
        }
        List<String> names = c.staff() == null ? List.of()
                : c.staff().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        if (names.isEmpty()) {
            throw new RuleViolation("staff", "visit.staff.required");
        }
        if (names.stream().anyMatch(s -> s.length() > 100)) {
            throw new RuleViolation("staff", "visit.staff.long", 100);
        }
        if (c.issues() == null || c.issues().isBlank()) {
            throw new RuleViolation("issues", "visit.issues.required");
        }
        if (c.issues().strip().length() > 4000) {
            throw new RuleViolation("issues", "visit.issues.long", 4000);
        }
        List<FollowUpAction> lines = new ArrayList<>();
        List<ActionLine> given = c.actions() == null ? List.of() : c.actions();
        for (int i = 0; i < given.size(); i++) {
            ActionLine a = given.get(i);
            if (a == null) {
                throw new RuleViolation("actions[" + i + "].action", "visit.action.required");
            }
            lines.add(new FollowUpAction(i, a.action(), a.owner(), a.dueOn(), c.on()));
        }
        this.visitedOn = c.on();
        this.enterprises.clear();
        this.enterprises.addAll(c.enterprises());
        this.projectIds.clear();
        this.projectIds.addAll(c.projectIds());
        this.departments.clear();
        if (c.departments() != null) {
            c.departments().forEach(d -> this.departments.add(d.strip()));
        }
        this.staff.clear();
        this.staff.addAll(names);
        this.issues = c.issues().strip();
        this.actions.clear();
        this.actions.addAll(lines);
    }

    public boolean covers(Long projectId) {
        return projectIds.contains(projectId);
    }

    public boolean attendedBy(String departmentCode) {
        return departmentCode != null && departments.contains(departmentCode);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public Set<String> getEnterprises() {
        return Collections.unmodifiableSet(enterprises);
    }

    public Set<Long> getProjectIds() {
        return Collections.unmodifiableSet(projectIds);
    }

    public Set<String> getDepartments() {
        return Collections.unmodifiableSet(departments);
    }

    public List<String> getStaff() {
        return Collections.unmodifiableList(staff);
    }

    public String getIssues() {
        return issues;
    }

    public List<FollowUpAction> getActions() {
        return Collections.unmodifiableList(actions);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
