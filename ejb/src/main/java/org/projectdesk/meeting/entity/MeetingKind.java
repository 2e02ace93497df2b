package org.projectdesk.meeting.entity;

/**
 * What a meeting is for. The approvals' joint pre-review (联办预审) feeds the project's one-time
 * notification and its pre-review deadline; the two kinds of joint completion acceptance use the same
 * table, invitations, reminders and .ics, and are followed by the acceptance feature instead.
 */
public enum MeetingKind {
    /** 联办预审会议: the approvals' joint pre-review of a project after intake. */
    PRE_REVIEW,
    /** 竣工验收预审: the joint acceptance group's pre-review of an acceptance application. */
    ACCEPTANCE_PRE_REVIEW,
    /**
     * 联合验收现场检查: the one joint visit (or a re-inspection). Each department's verdict is recorded
     * item by item on the acceptance's combined form, not as a meeting opinion.
     */
    ACCEPTANCE_INSPECTION;

    /** Whether closing needs every present department's opinion on every project. */
    public boolean takesOpinions() {
        return this != ACCEPTANCE_INSPECTION;
    }
}
