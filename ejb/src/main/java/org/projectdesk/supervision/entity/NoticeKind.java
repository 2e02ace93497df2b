package org.projectdesk.supervision.entity;

/** Why a notice was sent. */
public enum NoticeKind {
    /** 催办: a matter turned yellow (or red); to the handling department and the officer. */
    REMINDER,
    /** 督办: a matter turned red; to the director. */
    SUPERVISION,
    /** Red for longer than the office allows; to the leadership. */
    LEADERSHIP,
    /** A simulated approval is past its conversion period; to the officer. */
    CONVERSION_DUE,
    /** The officer's morning digest of their projects' lights. */
    DIGEST,
    /** A joint pre-review meeting is coming; to the invited departments and the projects' officers. */
    MEETING_REMINDER,
    /** A meeting closed with its minutes; to the departments present and the projects' officers. */
    MEETING_CLOSED,
    /** A meeting was called off; to everyone invited. */
    MEETING_CANCELLED,
    /** A coordination problem is past its due date; to its departments' windows, the officer and the director. */
    PROBLEM_OVERDUE,
    /** A coordination problem escalated by hand, or overdue for longer than the office allows; to the leadership. */
    PROBLEM_ESCALATED,
    /** An investor filed a performance complaint (效能投诉) on their project; to every director. */
    COMPLAINT_FILED,
    /** A director answered the investor's complaint; to the investor who filed it. */
    COMPLAINT_ANSWERED,
    /** A time limit of a joint completion acceptance is past (its kind in the body); to the officer and the director. */
    ACCEPTANCE_OVERDUE,
    /** An acceptance's time limit overdue for longer than the office allows (an unkept pledge among them); to the leadership. */
    ACCEPTANCE_ESCALATED,
    /** A pledge behind a pass on pledge falls due; to the party that pledged (the town, or the builder's investors). */
    PLEDGE_DUE,
    /** An official holiday schedule was imported and moved dates of the officer's projects; the body lists them. */
    DATES_MOVED,
    /** A year the office counts with has no official schedule yet; to administrators and directors, once a year. */
    CALENDAR_MISSING,
    /** A town registered a referral (项目推荐); to the director and the officers. */
    REFERRAL_RECEIVED,
    /** A referral waits past its intake limit; to the director, the officers and the referring town, once. */
    REFERRAL_OVERDUE,
    /** A referral was taken in as a service file; to the referring town. */
    REFERRAL_TAKEN_IN,
    /** A referral was returned (the reason in the body); to the referring town. */
    REFERRAL_RETURNED,
    /** An officer proposed the green channel (the reason in the body); to every director, who decides. */
    GREEN_PROPOSAL,
    /** A project was given to an officer by someone else, at intake or by reassignment (the reason, if any, in the body); to that officer. */
    OFFICER_ASSIGNED,
    /** A ledger import gave an officer projects (how many, and the first file numbers, in the body); to that officer, once an import. */
    LEDGER_ASSIGNED,
    /** 督办: the director's supervision order on a red or yellow matter (body: the category, then the note); to its department's window and the officer. */
    SUPERVISION_ORDER;

    /** A notice about a meeting, whose figures (time, place, projects) are in its body. */
    public boolean isMeeting() {
        return this == MEETING_REMINDER || this == MEETING_CLOSED || this == MEETING_CANCELLED;
    }

    /** Notices about a complaint carry its text (filed) or the answer (answered) in the body. */
    public boolean isComplaint() {
        return this == COMPLAINT_FILED || this == COMPLAINT_ANSWERED;
    }

    /** Notices about the calendar carry their figures in the body, and name no project. */
    public boolean isCalendar() {
        return this == DATES_MOVED || this == CALENDAR_MISSING;
    }

    /** Notices about a joint completion acceptance's time limit carry the limit's kind in the body. */
    public boolean isAcceptance() {
        return this == ACCEPTANCE_OVERDUE || this == ACCEPTANCE_ESCALATED || this == PLEDGE_DUE;
    }

    /**
     * Notices about a town's referral carry, one a line, the referral's id, its project's name and (returned)
     * the reason; they name a project only once it is taken in.
     */
    public boolean isReferral() {
        return this == REFERRAL_RECEIVED || this == REFERRAL_OVERDUE || this == REFERRAL_TAKEN_IN || this == REFERRAL_RETURNED;
    }

    /** Notices about a coordination problem carry its description in the body. */
    public boolean isProblem() {
        return this == PROBLEM_OVERDUE || this == PROBLEM_ESCALATED;
    }

    /** Notices whose body is words a person wrote (a problem, a complaint, a proposal's or a reassignment's reason), quoted as written. */
    public boolean quotesItsBody() {
        return isProblem() || isComplaint() || this == GREEN_PROPOSAL || this == OFFICER_ASSIGNED;
    }
}
