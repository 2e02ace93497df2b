package org.projectdesk.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One assignment of a coordination officer to a project: who, from whom, why, decided by whom and when. */
@Embeddable
public class OfficerHandover {

    @Size(max = 64)
    @Column(name = "from_officer", length = 64)
    private String fromOfficer;

    @Size(max = 64)
    @Column(name = "to_officer", nullable = false, length = 64)
    private String toOfficer;

    @Size(max = 500)
    @Column(name = "reason", length = 500)
    private String reason;

    @Size(max = 64)
    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected OfficerHandover() {
    }

    OfficerHandover(String fromOfficer, String toOfficer, String reason, String decidedBy, Instant decidedAt) {
        this.fromOfficer = fromOfficer;
        this.toOfficer = toOfficer;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public String getFromOfficer() {
        return fromOfficer;
    }

    public String getToOfficer() {
        return toOfficer;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
