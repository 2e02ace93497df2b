package org.projectdesk.greenchannel.boundary;

/** Fired inside the transaction in which the director grants a project the green channel. */
public record GreenChannelGranted(Long projectId, String fileNo, String by) {
}
