package org.projectdesk.portal.control;

import java.util.List;
import org.projectdesk.notification.entity.MaterialState;
import org.projectdesk.portal.boundary.UploadView;

/**
 * Where one material of the one-time notification stands for the investor who hands it in: nothing
 * handed in yet, handed in and awaiting the office's check, the last upload refused (with its reason:
 * hand in another), or received.
 */
public enum ItemState {
    OUTSTANDING,
    AWAITING_CHECK,
    REFUSED,
    RECEIVED;

    /** The state of an item recorded as {@code recorded}, with its uploads in the order handed in. */
    public static ItemState of(MaterialState recorded, List<UploadView> uploads) {
        if (recorded == MaterialState.RECEIVED) {
            return RECEIVED;
        }
        if (uploads.isEmpty()) {
            return OUTSTANDING;
        }
        return uploads.get(uploads.size() - 1).refused() ? REFUSED : AWAITING_CHECK;
    }

    /** Whether the investor still has to hand something in. */
    public boolean waitsForInvestor() {
        return this == OUTSTANDING || this == REFUSED;
    }
}
