package org.projectdesk.project.entity;

/** Whether the project holds its land; simulated approval (模拟审批) serves projects that do not yet. */
public enum LandStatus {
    HELD,
    IN_TRANSFER,
    NOT_SUPPLIED
}
