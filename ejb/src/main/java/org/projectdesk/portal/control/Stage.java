package org.projectdesk.portal.control;

import org.projectdesk.project.entity.ProjectStatus;

/**
 * The stages of a project's life as its investor follows them, in order: taken in (受理), the joint
 * pre-review and its one-time notification (联办预审 · 一次性告知), the approvals (审批), construction
 * (开工建设) and the joint completion acceptance (竣工联合验收). They group the project's own
 * statuses ({@link ProjectStatus}); the pre-review is told apart from the intake by its meeting having
 * been held. A paused or withdrawn project stands where its matters left it.
 */
public enum Stage {
    INTAKE,
    PRE_REVIEW,
    APPROVALS,
    CONSTRUCTION,
    COMPLETION_ACCEPTANCE;

    /**
     * The stage of a project in this status; {@code preReviewed}: a pre-review meeting of it has been
     * held; {@code anyFiled}: one of its matters has been accepted by its department.
     */
    public static Stage of(ProjectStatus status, boolean preReviewed, boolean anyFiled) {
        return switch (status) {
            case IN_APPROVAL -> APPROVALS;
            case APPROVALS_COMPLETED, PREPARING_TO_START, CONSTRUCTION_STARTED -> CONSTRUCTION;
            case COMPLETED, COMPLETION_ACCEPTED -> COMPLETION_ACCEPTANCE;
            case ACCEPTED, PAUSED, WITHDRAWN -> anyFiled ? APPROVALS : preReviewed ? PRE_REVIEW : INTAKE;
        };
    }

    /** Whether the project has gone through every stage: the completion acceptance passed. */
    public static boolean finished(ProjectStatus status) {
        return status == ProjectStatus.COMPLETION_ACCEPTED;
    }
}
