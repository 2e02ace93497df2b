package org.projectdesk.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the time-limit scan: the day it judged, on which node, and what it found; and, when it lit the
 * never-lit matters without notices, whose choice that was.
 */
@Entity
@Table(name = "supervision_scan")
public class ScanRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scan_day", nullable = false)
    private LocalDate day;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String node;

    @Column(name = "open_matters")
    private Integer openMatters;

    private Integer changes;

    private Integer notices;

    @Embedded
    private BaselineRequest baseline;

    protected ScanRun() {
    }

    public ScanRun(LocalDate day, Instant startedAt, String node) {
        this(day, startedAt, node, null);
    }

    public ScanRun(LocalDate day, Instant startedAt, String node, BaselineRequest baseline) {
        this.day = day;
        this.startedAt = startedAt;
        this.node = node;
        this.baseline = baseline;
    }

    public void finish(Instant at, int openMatters, int changes, int notices) {
        this.finishedAt = at;
        this.openMatters = openMatters;
        this.changes = changes;
        this.notices = notices;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getNode() {
        return node;
    }

    public Integer getOpenMatters() {
        return openMatters;
    }

    public Integer getChanges() {
        return changes;
    }

    public Integer getNotices() {
        return notices;
    }

    /** Null for a scan that notified every change as usual. */
    public BaselineRequest getBaseline() {
        return baseline;
    }
}
