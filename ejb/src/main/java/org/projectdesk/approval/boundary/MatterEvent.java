package org.projectdesk.approval.boundary;

import java.time.LocalDate;
import java.util.List;
import org.projectdesk.catalogue.entity.CaseType;

/**
 * A step in a matter's life, as a window or an officer records it. {@code on} is the day it
 * happened; {@code version} (optional) is the matter's version as read, for a stale-edit check.
 */
public record MatterEvent(Type type, LocalDate on, Long version, CaseType caseType, Boolean byAgent,
        LocalDate externalDueOn, List<String> materials, Integer procedureType, String reason, String result,
        String documentNo, String conditions, String pledge) {

    /**
     * {@code ISSUE_SIMULATED} takes the simulated document's number, its conditions and the
     * investor's pledge; {@code CONVERT_SIMULATED} the formal number; {@code HALT} (pledge broken)
     * the reason.
     */
    public enum Type {
        PREPARE_MATERIALS, ACCEPT, START_REVIEW, REQUEST_SUPPLEMENT, SUPPLEMENT_COMPLETE, SUSPEND, RESUME, APPROVE,
        RETURN, DROP, ISSUE_SIMULATED, CONVERT_SIMULATED, HALT
    }
}
