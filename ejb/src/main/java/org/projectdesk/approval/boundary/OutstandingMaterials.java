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

    /** The materials holding the matter back: none once a partial-materials acceptance is recorded for it. */
    List<String> holdingBack(Long projectId, String categoryCode, String departmentCode);
}
