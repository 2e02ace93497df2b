package org.projectdesk.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** A weekly progress report as it was made: immutable, one per ISO week, its figures as JSON. */
@Entity
@Table(name = "weekly_report")
public class WeeklyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 8)
    @Column(name = "iso_week", nullable = false, length = 8, updatable = false, unique = true)
    private String isoWeek;

    @Column(name = "week_start", nullable = false, updatable = false)
    private LocalDate weekStart;

    @Column(name = "week_end", nullable = false, updatable = false)
    private LocalDate weekEnd;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    @Size(max = 64)
    @Column(name = "generated_by", nullable = false, length = 64, updatable = false)
    private String generatedBy;

    @Size(max = 1_000_000)
    @Column(nullable = false, length = 1_000_000, updatable = false)
    private String figures;

    protected WeeklyReport() {
    }

    public WeeklyReport(String isoWeek, LocalDate weekStart, LocalDate weekEnd, Instant generatedAt, String generatedBy,
            String figures) {
        this.isoWeek = isoWeek;
        this.weekStart = weekStart;
        this.weekEnd = weekEnd;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
        this.figures = figures;
    }

    public Long getId() {
        return id;
    }

    public String getIsoWeek() {
        return isoWeek;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public LocalDate getWeekEnd() {
        return weekEnd;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public String getFigures() {
        return figures;
    }
}
