package org.projectdesk.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.projectdesk.shared.control.RuleViolation;

/**
 * A project's green-channel record: who proposed it, when and why, and the director's decision
 * with its reason. A refused project may be proposed again with a new reason; a grant is final.
 */
@Embeddable
public class GreenChannel {

    @Enumerated(EnumType.STRING)
    @Column(name = "green_channel", nullable = false, length = 10)
    private GreenChannelStatus status = GreenChannelStatus.NONE;

    @Size(max = 64)
    @Column(name = "green_proposed_by", length = 64)
    private String proposedBy;

    @Column(name = "green_proposed_on")
    private LocalDate proposedOn;

    @Size(max = 500)
    @Column(name = "green_proposal_reason", length = 500)
    private String proposalReason;

    @Size(max = 64)
    @Column(name = "green_decided_by", length = 64)
    private String decidedBy;

    @Column(name = "green_decided_on")
    private LocalDate decidedOn;

    @Size(max = 500)
    @Column(name = "green_decision_reason", length = 500)
    private String decisionReason;

    void propose(String fileNo, String reason, String by, LocalDate on) {
        if (status != GreenChannelStatus.NONE && status != GreenChannelStatus.REFUSED) {
            throw new RuleViolation(null, "green.illegal", fileNo, status, "PROPOSE_GREEN_CHANNEL");
        }
        proposalReason = required(reason);
        proposedBy = by;
        proposedOn = on;
        decidedBy = null;
        decidedOn = null;
        decisionReason = null;
        status = GreenChannelStatus.PROPOSED;
    }

    void decide(String fileNo, boolean grant, String reason, String by, LocalDate on) {
        if (status != GreenChannelStatus.PROPOSED) {
            throw new RuleViolation(null, "green.illegal", fileNo, status,
                    grant ? "GRANT_GREEN_CHANNEL" : "REFUSE_GREEN_CHANNEL");
        }
        decisionReason = required(reason);
        decidedBy = by;
        decidedOn = on;
        status = grant ? GreenChannelStatus.GRANTED : GreenChannelStatus.REFUSED;
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "matter.reason.required");
        }
        return reason.strip();
    }

    public boolean isGranted() {
        return status == GreenChannelStatus.GRANTED;
    }

    public GreenChannelStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public String getProposalReason() {
        return proposalReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
