package org.projectdesk.approval.entity;

/** Where an approval matter stands. */
public enum MatterStatus {
    PLANNED,
    MATERIALS_IN_PREPARATION,
    /** 受理: the department has the application; the promised limit runs from the next working day. */
    ACCEPTED,
    IN_REVIEW,
    /** The clock stands still: materials to supplement, or a special procedure (§45). */
    SUSPENDED,
    APPROVED,
    RETURNED,
    /** Taken out of the plan, with a reason. */
    DROPPED;

    public boolean isOpen() {
        return this == ACCEPTED || this == IN_REVIEW || this == SUSPENDED;
    }

    public boolean isFinished() {
        return this == APPROVED || this == RETURNED || this == DROPPED;
    }
}
