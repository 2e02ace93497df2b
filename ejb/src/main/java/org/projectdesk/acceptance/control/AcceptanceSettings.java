package org.projectdesk.acceptance.control;

import org.projectdesk.acceptance.entity.AcceptanceTerms;
import org.projectdesk.shared.control.Settings;

/**
 * The office's acceptance time limits, settings with the seed's figures as defaults (no national text
 * fixes them; see config/acceptance/SOURCES.md): the pre-review within 5 working days of the
 * application, the inspection within 5 of the pre-review, the re-inspection within 5 of the last
 * finding put right, the whole case in 7, and a rectification deadline of at most 60.
 */
public final class AcceptanceSettings {

    private AcceptanceSettings() {
    }

    /** The completion filing (竣工验收备案), done on the spot once the joint opinion is out. */
    public static String filingCategory() {
        return Settings.get("projectdesk.acceptance.filing-category", "HUD-04");
    }

    public static AcceptanceTerms terms() {
        return new AcceptanceTerms(
                Settings.getInt("projectdesk.acceptance.pre-review-days", 5),
                Settings.getInt("projectdesk.acceptance.inspection-days", 5),
                Settings.getInt("projectdesk.acceptance.reinspection-days", 5),
                Settings.getInt("projectdesk.acceptance.target-days", 7),
                Settings.getInt("projectdesk.acceptance.max-rectify-days", 60));
    }
}
