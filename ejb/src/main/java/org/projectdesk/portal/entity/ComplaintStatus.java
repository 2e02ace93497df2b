package org.projectdesk.portal.entity;

/** A complaint's way: filed (open) until the director answers it. */
public enum ComplaintStatus {
    OPEN,
    ANSWERED
}
