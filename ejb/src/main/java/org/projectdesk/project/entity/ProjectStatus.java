package org.projectdesk.project.entity;

/** A project's way from intake to construction (项目建设跟踪服务档案), or its pause or withdrawal. */
public enum ProjectStatus {
    ACCEPTED,
    IN_APPROVAL,
    /** 办结: every planned approval is decided. */
    APPROVALS_COMPLETED,
    /** 准备开工 */
    PREPARING_TO_START,
    /** 开工 */
    CONSTRUCTION_STARTED,
    COMPLETED,
    /** 竣工验收合格: the joint completion acceptance's opinion is issued for the whole project. */
    COMPLETION_ACCEPTED,
    PAUSED,
    WITHDRAWN
}
