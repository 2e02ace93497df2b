package org.projectdesk.acceptance.entity;

/** A rectification finding: open, reported put right by the builder, or closed by the re-inspection. */
public enum FindingStatus {
    OPEN,
    REPORTED_DONE,
    CLOSED
}
