package org.projectdesk.project.entity;

/** Where a project stands with the green channel (绿色通道): an officer proposes, the director decides. */
public enum GreenChannelStatus {
    NONE,
    PROPOSED,
    GRANTED,
    REFUSED
}
