package org.projectdesk.meeting.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One department's opinion on one project at a meeting: its verdict, the materials it requires (they
 * go into the project's one-time notification), the procedures to follow, and notes.
 */
@Entity
@Table(name = "meeting_opinion")
public class Opinion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_opinion_seq")
    @SequenceGenerator(name = "meeting_opinion_seq", sequenceName = "meeting_opinion_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Size(max = 10)
    @Column(name = "department_code", nullable = false, length = 10, updatable = false)
    private String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Verdict verdict;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opinion_material", joinColumns = @JoinColumn(name = "opinion_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "material", nullable = false, length = 300)
    private List<@Size(max = 300) String> materials = new ArrayList<>();

    @Size(max = 2000)
    @Column(length = 2000)
    private String procedures;

    @Size(max = 2000)
    @Column(length = 2000)
    private String notes;

    @Size(max = 64)
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Opinion() {
    }

    Opinion(Meeting meeting, Long projectId, String departmentCode) {
        this.meeting = meeting;
        this.projectId = projectId;
        this.departmentCode = departmentCode;
    }

    void revise(Verdict verdict, List<String> materials, String procedures, String notes, String by, Instant at) {
        this.verdict = verdict;
        this.materials.clear();
        this.materials.addAll(materials);
        this.procedures = procedures;
        this.notes = notes;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public List<String> getMaterials() {
        return List.copyOf(materials);
    }

    public String getProcedures() {
        return procedures;
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
