package org.projectdesk.approval.boundary;

import java.util.List;

/**
 * The materials still outstanding that keep a matter from being accepted. Approval asks the question
 * and the one-time notification, which tracks the materials, answers it (its
 * {@code notification.control.NotificationItems}): so the dependency runs one way, from the
 * notification to approval, and approval names no class of the feature that follows it. One
 * implementation, on purpose: the interface is the direction of the dependency, not a second variant.
 */
public interface OutstandingMaterials {

    /**
     * What holds back each matter of the project, its items read once (the ledger import accepts a dozen matters of
     * a new file at a time): valid until a material of the project is received or a partial acceptance recorded.
     */
    HoldingBack holdingBackIn(Long projectId);

    /**
     * The materials holding a matter back, by its category and department: none once a partial-materials acceptance
     * is recorded for it.
     */
    @FunctionalInterface
    interface HoldingBack {
        List<String> of(String categoryCode, String departmentCode);
    }
}
