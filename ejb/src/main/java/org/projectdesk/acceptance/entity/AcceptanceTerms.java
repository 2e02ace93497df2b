package org.projectdesk.acceptance.entity;

/**
 * The office's time limits for a case, in working days: the pre-review after the application, the
 * inspection after the pre-review, the re-inspection after the last finding is reported put right,
 * the whole case's target, and the longest rectification deadline a department may set.
 */
public record AcceptanceTerms(int preReviewDays, int inspectionDays, int reinspectionDays, int targetDays,
        int maxRectifyDays) {

    public AcceptanceTerms {
        if (preReviewDays < 1 || inspectionDays < 1 || reinspectionDays < 1 || targetDays < 1 || maxRectifyDays < 1) {
            throw new IllegalArgumentException("Acceptance time limits are at least one working day");
        }
    }
}
