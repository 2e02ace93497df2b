package org.projectdesk.project.entity;

/** Why a project is paused or withdrawn. */
public enum StopReason {
    INVESTOR_DECISION,
    FUNDING,
    LAND,
    POLICY,
    MARKET,
    OTHER
}
