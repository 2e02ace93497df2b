package org.projectdesk.greenchannel.boundary;

/** An officer proposed the green channel for a project (fired in the proposing transaction); the director decides. */
public record GreenChannelProposed(Long projectId, String fileNo, String reason, String by) {
}
