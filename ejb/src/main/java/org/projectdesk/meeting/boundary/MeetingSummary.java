package org.projectdesk.meeting.boundary;

import java.time.LocalDateTime;
import java.util.List;
import org.projectdesk.meeting.entity.MeetingStatus;

/** A line of the meeting list and the calendar: when, where, which projects, how many departments. */
public record MeetingSummary(long id, LocalDateTime startsAt, LocalDateTime endsAt, String place, MeetingStatus status,
        List<String> projectFileNos, List<String> departmentCodes) {
}
