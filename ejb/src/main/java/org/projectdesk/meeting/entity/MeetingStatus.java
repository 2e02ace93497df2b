package org.projectdesk.meeting.entity;

public enum MeetingStatus {
    SCHEDULED, CLOSED, CANCELLED
}
