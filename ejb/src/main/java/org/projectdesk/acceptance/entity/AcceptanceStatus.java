package org.projectdesk.acceptance.entity;

/** Where a joint completion acceptance stands. */
public enum AcceptanceStatus {
    /** 已受理: the application is in; the pre-review is due within the configured working days. */
    APPLIED,
    /** The joint acceptance group's pre-review meeting has been held. */
    PRE_REVIEWED,
    /** The joint site inspection (or a re-inspection of the failed items) is scheduled or under way. */
    INSPECTION_SCHEDULED,
    /** 限期整改: items failed; the builder puts the findings right before the re-inspection. */
    RECTIFYING,
    /** The joint acceptance opinion (联合验收意见) is issued. */
    PASSED,
    WITHDRAWN;

    public boolean isOpen() {
        return this != PASSED && this != WITHDRAWN;
    }
}
