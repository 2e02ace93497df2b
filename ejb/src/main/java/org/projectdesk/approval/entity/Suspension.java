package org.projectdesk.approval.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.projectdesk.calendar.control.Period;

/**
 * One stop of a matter's clock, recorded as GB/T 39046-2020 records a special procedure: type
 * (1 = time extension, 2 = other), start, reason, end and result. For a supplement the reason lists
 * every missing material at once (一次性告知).
 */
@Embeddable
public class Suspension {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SuspensionKind kind;

    /** GB/T 39046 special-procedure type: 1 time extension, 2 other. */
    @Column(name = "procedure_type", nullable = false)
    private int procedureType;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Size(max = 2000)
    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Size(max = 1000)
    @Column(name = "result", length = 1000)
    private String result;

    protected Suspension() {
    }

    Suspension(SuspensionKind kind, int procedureType, LocalDate startedOn, String reason) {
        this.kind = kind;
        this.procedureType = procedureType;
        this.startedOn = startedOn;
        this.reason = reason;
    }

    void end(LocalDate on, String outcome) {
        this.endedOn = on;
        this.result = outcome;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    /**
     * The days that do not count: from the day after the clock stopped to the day it may run again,
     * both included; nothing when it ended the day it began.
     */
    public Optional<Period> excludedDays() {
        if (endedOn == null || !endedOn.isAfter(startedOn)) {
            return Optional.empty();
        }
        return Optional.of(new Period(startedOn.plusDays(1), endedOn));
    }

    public SuspensionKind getKind() {
        return kind;
    }

    public int getProcedureType() {
        return procedureType;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getResult() {
        return result;
    }
}
