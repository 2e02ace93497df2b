package org.projectdesk.meeting.boundary;

/**
 * Fired inside the transaction that records a department's opinion on a project at a meeting, for the
 * features that derive something from the opinions (the one-time notification).
 */
public record OpinionRecorded(Long projectId, long meetingId, String departmentCode) {
}
