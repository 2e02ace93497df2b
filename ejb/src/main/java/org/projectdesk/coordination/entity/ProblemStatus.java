package org.projectdesk.coordination.entity;

/** Where a coordination problem stands: open → in progress → resolved, or escalated to the leadership. */
public enum ProblemStatus {
    OPEN,
    IN_PROGRESS,
    RESOLVED,
    ESCALATED;

    /** Open and in-progress problems are still the departments' to solve: their due date is watched. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
