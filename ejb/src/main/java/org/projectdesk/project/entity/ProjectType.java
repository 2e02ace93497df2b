package org.projectdesk.project.entity;

/** The kinds of construction project; the approval plan depends on it. */
public enum ProjectType {
    INDUSTRIAL,
    PUBLIC_BUILDING,
    COMMERCIAL_RESIDENTIAL,
    INFRASTRUCTURE
}
