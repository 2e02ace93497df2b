package org.projectdesk.acceptance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One time limit of a case, open until met (or closed with the case): the time-limit scan reads the
 * open ones in one statement, lights them ({@code alert_level}: 1 yellow, 2 red, 3 red for the
 * leadership) and tells the people concerned once; a red one lights the project red.
 */
@Entity
@Table(name = "acceptance_deadline")
public class Deadline {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acceptance_deadline_seq")
    @SequenceGenerator(name = "acceptance_deadline_seq", sequenceName = "acceptance_deadline_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private AcceptanceCase acceptance;

    /** The project's id again, so that the scan lights projects without a join. */
    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private DeadlineKind kind;

    /*
     * Not updatable = false, as the other columns are: the case's collections are flushed in name order, so a
     * deadline is inserted before the finding or pledge it is made with, its key written by an update once that
     * is in; with updatable = false the key stayed null and the deadline was never met.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finding_id")
    private Finding finding;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pledge_id")
    private Pledge pledge;

    /** Its limit in working days (for the yellow share); the date for a pledge. */
    @Column(name = "limit_days", nullable = false, updatable = false)
    private int limitDays;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "met_on")
    private LocalDate metOn;

    /** Closed without being met: the case was withdrawn. */
    @Column(nullable = false)
    private boolean closed;

    @Column(name = "alert_level", insertable = false, updatable = false)
    private Integer alertLevel;

    protected Deadline() {
    }

    Deadline(AcceptanceCase acceptance, DeadlineKind kind, Finding finding, Pledge pledge, int limitDays, LocalDate dueOn) {
        this.acceptance = acceptance;
        this.projectId = acceptance.getProjectId();
        this.kind = kind;
        this.finding = finding;
        this.pledge = pledge;
        this.limitDays = limitDays;
        this.dueOn = dueOn;
    }

    boolean isOpen() {
        return metOn == null && !closed;
    }

    void meet(LocalDate on) {
        metOn = on;
    }

    void close() {
        closed = true;
    }

    void moveTo(LocalDate due) {
        dueOn = due;
    }

    /** Whether it is the limit of this finding; compared by id too, since a loaded reference is a proxy. */
    public boolean concerns(Finding f) {
        return finding == f || finding != null && f.getId() != null && f.getId().equals(finding.getId());
    }

    public boolean concerns(Pledge p) {
        return pledge == p || pledge != null && p.getId() != null && p.getId().equals(pledge.getId());
    }

    /** Past its day and not met, on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public Finding getFinding() {
        return finding;
    }

    public Pledge getPledge() {
        return pledge;
    }

    public int getLimitDays() {
        return limitDays;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public boolean isClosed() {
        return closed;
    }

    public Integer getAlertLevel() {
        return alertLevel;
    }
}
