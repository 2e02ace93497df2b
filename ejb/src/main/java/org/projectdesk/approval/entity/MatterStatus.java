package org.projectdesk.approval.entity;

import java.util.Set;

/** Where an approval matter stands. */
public enum MatterStatus {
    PLANNED,
    MATERIALS_IN_PREPARATION,
    /** 受理: the department has the application; the promised limit runs from the next working day. */
    ACCEPTED,
    IN_REVIEW,
    /** The clock stands still: materials to supplement, or a special procedure (§45). */
    SUSPENDED,
    /**
     * 模拟审批: approved on the documents while the legal precondition (the land) is not yet met;
     * later matters may rely on it until it is converted into the formal approval.
     */
    SIMULATED,
    APPROVED,
    RETURNED,
    /** Taken out of the plan, with a reason. */
    DROPPED,
    /** Stopped for good because a simulated approval it stands on failed (pledge broken, project withdrawn). */
    HALTED;

    /**
     * Running: the department has the matter and its clock counts (accepted, in review). Bound as a
     * parameter where a query needs the set; {@code TimeLimitScan.RUNNING} is the same set in SQL.
     */
    public static final Set<MatterStatus> RUNNING = Set.of(ACCEPTED, IN_REVIEW);

    public boolean isRunning() {
        return RUNNING.contains(this);
    }

    public boolean isFinished() {
        return this == APPROVED || this == RETURNED || this == DROPPED;
    }
}
