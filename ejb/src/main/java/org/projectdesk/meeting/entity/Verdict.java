package org.projectdesk.meeting.entity;

/** A department's opinion of a project at a joint pre-review. */
public enum Verdict {
    FEASIBLE, FEASIBLE_WITH_CONDITIONS, NOT_FEASIBLE
}
