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
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A shortfall a department found on an item: to put right within its working days (a rectification)
 * or, for a pass on pledge, the paperwork the pledges promise. The builder reports it put right (with
 * a note and evidence uploaded in the portal); the re-inspection closes it.
 */
@Entity
@Table(name = "acceptance_finding")
public class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acceptance_finding_seq")
    @SequenceGenerator(name = "acceptance_finding_seq", sequenceName = "acceptance_finding_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private AcceptanceCase acceptance;

    @Size(max = 20)
    @Column(name = "item_code", nullable = false, length = 20, updatable = false)
    private String itemCode;

    @Column(name = "round_no", nullable = false, updatable = false)
    private int round;

    @Size(max = 1000)
    @Column(nullable = false, length = 1000, updatable = false)
    private String text;

    /** The check item (1-based) it concerns, when named. */
    @Column(name = "check_no", updatable = false)
    private Integer checkNo;

    /** Working days to put it right; null for a pass on pledge's shortfall. */
    @Column(name = "within_days", updatable = false)
    private Integer withinDays;

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FindingStatus status = FindingStatus.OPEN;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Size(max = 64)
    @Column(name = "reported_by", length = 64)
    private String reportedBy;

    @Size(max = 1000)
    @Column(name = "report_note", length = 1000)
    private String reportNote;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Finding() {
    }

    Finding(AcceptanceCase acceptance, String itemCode, int round, String text, Integer checkNo, Integer withinDays,
            LocalDate raisedOn, LocalDate dueOn) {
        this.acceptance = acceptance;
        this.itemCode = itemCode;
        this.round = round;
        this.text = text;
        this.checkNo = checkNo;
        this.withinDays = withinDays;
        this.raisedOn = raisedOn;
        this.dueOn = dueOn;
    }

    void reportDone(LocalDate on, String note, String by) {
        status = FindingStatus.REPORTED_DONE;
        reportedOn = on;
        reportNote = note;
        reportedBy = by;
    }

    void close(LocalDate on) {
        status = FindingStatus.CLOSED;
        closedOn = on;
    }

    /** A rectification finding (with a deadline), not a pledge's shortfall. */
    public boolean isRectification() {
        return withinDays != null;
    }

    public Long getId() {
        return id;
    }

    public String getItemCode() {
        return itemCode;
    }

    public int getRound() {
        return round;
    }

    public String getText() {
        return text;
    }

    public Integer getCheckNo() {
        return checkNo;
    }

    public Integer getWithinDays() {
        return withinDays;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getReportNote() {
        return reportNote;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
