package org.projectdesk.coordination.entity;

/** Where a problem was raised: at a joint pre-review meeting, on a visit, by the officer, or by the investor. */
public enum ProblemSource {
    MEETING,
    VISIT,
    OFFICER,
    INVESTOR
}
