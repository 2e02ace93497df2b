package org.projectdesk.acceptance.entity;

/** The time limits of an acceptance case the time-limit scan watches. */
public enum DeadlineKind {
    /** The pre-review meeting, within the configured working days of the application. */
    PRE_REVIEW,
    /** The joint site inspection, within the configured working days of the pre-review. */
    INSPECTION,
    /** One rectification finding, by its deadline. */
    FINDING,
    /** The re-inspection, within the configured working days of the last finding reported put right. */
    REINSPECTION,
    /** A pledge behind a pass on pledge, by its date. */
    PLEDGE,
    /** The whole case, application to opinion, against the target (the builder's rectification time left out). */
    CASE
}
