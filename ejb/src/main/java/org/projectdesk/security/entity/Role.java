package org.projectdesk.security.entity;

/** The kinds of user; an account holds one or more. */
public enum Role {
    ADMIN,
    /** The head of the project service office. */
    DIRECTOR,
    /** A coordination officer who owns and follows projects. */
    OFFICER,
    /** Window staff of one approving department. */
    DEPARTMENT,
    /** An investor who sees the projects of one enterprise. */
    INVESTOR,
    /** Leadership, reading progress reports. */
    LEADER,
    /** A town's (区镇) staff, who follow the projects located in their town. */
    TOWN;

    /** Role names as the container knows them; used in @RolesAllowed. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String DIRECTOR_NAME = "DIRECTOR";
    public static final String OFFICER_NAME = "OFFICER";
    public static final String DEPARTMENT_NAME = "DEPARTMENT";
    public static final String INVESTOR_NAME = "INVESTOR";
    public static final String LEADER_NAME = "LEADER";
    public static final String TOWN_NAME = "TOWN";
}
