package org.projectdesk.meeting.entity;

public enum Attendance {
    PRESENT, ABSENT
}
