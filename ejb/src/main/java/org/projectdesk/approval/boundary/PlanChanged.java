package org.projectdesk.approval.boundary;

/**
 * Fired inside the transaction that adds a category to a project's plan or drops one from it, for the
 * features that follow the plan (the one-time notification asks for the materials of the matters
 * still to be filed).
 */
public record PlanChanged(Long projectId, String categoryCode) {
}
