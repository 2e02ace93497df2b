package org.projectdesk.acceptance.entity;

/** A department's verdict on one item of the combined form. */
public enum ItemVerdict {
    /** Not judged yet in the current round. */
    PENDING,
    PASSED,
    /** 容缺通过: a paperwork shortfall, passed on the builder's and the town's written pledges. */
    PASSED_ON_PLEDGE,
    /** 限期整改: findings to put right by their deadlines, then re-inspected. */
    RECTIFY,
    NOT_APPLICABLE;

    /** Whether the item no longer holds the opinion back. */
    public boolean isSettled() {
        return this == PASSED || this == PASSED_ON_PLEDGE || this == NOT_APPLICABLE;
    }
}
