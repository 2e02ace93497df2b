package org.projectdesk.meeting.entity;

public enum MaterialState {
    OUTSTANDING, RECEIVED
}
