package org.projectdesk.meeting.boundary;

import java.util.List;

public record MeetingPage(List<MeetingSummary> rows, long total) {
}
