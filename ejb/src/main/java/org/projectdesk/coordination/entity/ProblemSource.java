package org.projectdesk.coordination.entity;

/**
 * Where a problem was raised: at a joint pre-review meeting, on a visit, by the officer, by the
 * investor, or by the project's town (its staff following the site).
 */
public enum ProblemSource {
    MEETING,
    VISIT,
    OFFICER,
    INVESTOR,
    TOWN
}
