package org.projectdesk.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An administrator's choice that the next time-limit scan give every running matter without a light
 * (an imported ledger's) its first one silently: no light-change notices for them, as if the office had
 * always known. Kept on the settings until a scan takes it, then on that scan's row: who chose it, and when.
 */
@Embeddable
public class BaselineRequest {

    @Size(max = 100)
    @Column(name = "baseline_requested_by", length = 100)
    private String requestedBy;

    @Column(name = "baseline_requested_at")
    private Instant requestedAt;

    protected BaselineRequest() {
    }

    public BaselineRequest(String requestedBy, Instant requestedAt) {
        this.requestedBy = Objects.requireNonNull(requestedBy);
        // to the microsecond, as the database keeps it, so that the choice reads back equal to itself
        this.requestedAt = requestedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BaselineRequest b && requestedBy.equals(b.requestedBy) && requestedAt.equals(b.requestedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestedBy, requestedAt);
    }

    @Override
    public String toString() {
        return "requested by " + requestedBy + " at " + requestedAt;
    }
}
