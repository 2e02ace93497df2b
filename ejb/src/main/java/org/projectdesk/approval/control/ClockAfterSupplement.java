package org.projectdesk.approval.control;

import org.projectdesk.shared.control.Settings;

/**
 * What the clock does when missing materials are complete. Practice differs by place: some offices
 * let it run on from where it stopped, others count the whole limit again from the completion.
 * Chosen by the office with {@code PROJECTDESK_SUPPLEMENT_CLOCK} ({@code resume} or {@code restart}).
 */
public enum ClockAfterSupplement {
    RESUME,
    RESTART;

    public static ClockAfterSupplement configured() {
        return valueOf(Settings.get("projectdesk.supplement.clock", "resume").toUpperCase(java.util.Locale.ROOT));
    }
}
