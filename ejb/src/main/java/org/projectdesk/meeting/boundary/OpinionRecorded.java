package org.projectdesk.meeting.boundary;

import org.projectdesk.meeting.entity.MeetingKind;

/**
 * Fired inside the transaction that records a department's opinion on a project at a meeting, for the
 * features that derive something from the opinions (the one-time notification from the approvals'
 * pre-review, the acceptance's list of materials from its own).
 */
public record OpinionRecorded(Long projectId, long meetingId, MeetingKind kind, String departmentCode) {
}
