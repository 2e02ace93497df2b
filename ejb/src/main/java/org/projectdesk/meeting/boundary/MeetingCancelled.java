package org.projectdesk.meeting.boundary;

import java.util.List;
import org.projectdesk.meeting.entity.MeetingKind;

/**
 * Fired inside the transaction that cancels a meeting: the opinions given at it no longer count for
 * its projects.
 */
public record MeetingCancelled(long meetingId, MeetingKind kind, List<Long> projectIds) {

    public MeetingCancelled {
        projectIds = List.copyOf(projectIds);
    }
}
