package org.projectdesk.referral.control;

import org.projectdesk.shared.control.Settings;

/**
 * The working days the office has to take a town's referral in or return it, a setting
 * ({@code PROJECTDESK_REFERRAL_INTAKE_DAYS}, default 2), read when a referral is registered: a referral
 * keeps the limit it was registered with.
 */
public final class ReferralSettings {

    public static final int DEFAULT_INTAKE_DAYS = 2;

    private ReferralSettings() {
    }

    public static int intakeDays() {
        return Settings.getInt("projectdesk.referral.intake-days", DEFAULT_INTAKE_DAYS);
    }
}
