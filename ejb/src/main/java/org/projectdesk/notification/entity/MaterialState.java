package org.projectdesk.notification.entity;

public enum MaterialState {
    OUTSTANDING, RECEIVED
}
