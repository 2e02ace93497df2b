package org.projectdesk.acceptance.entity;

/** What is accepted: the whole project, or a phase or some buildings of it (named in the scope's text). */
public enum AcceptanceScope {
    WHOLE,
    PHASE
}
