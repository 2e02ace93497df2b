package org.projectdesk.meeting.boundary;

import java.time.LocalDate;
import java.util.List;
import org.projectdesk.meeting.entity.MeetingKind;

/**
 * Fired inside the transaction that closes a meeting, held on {@code heldOn}: what its opinions
 * decided now stands (the acceptance's pre-review is held).
 */
public record MeetingClosed(long meetingId, MeetingKind kind, List<Long> projectIds, LocalDate heldOn) {

    public MeetingClosed {
        projectIds = List.copyOf(projectIds);
    }
}
