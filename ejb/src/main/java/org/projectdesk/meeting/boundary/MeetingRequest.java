package org.projectdesk.meeting.boundary;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting to schedule, or its new time and place. {@code departments} empty: those the projects'
 * plans involve. {@code endsAt} empty: two hours after the start.
 */
public record MeetingRequest(LocalDateTime startsAt, LocalDateTime endsAt, String place, List<String> projects,
        List<String> departments) {
}
