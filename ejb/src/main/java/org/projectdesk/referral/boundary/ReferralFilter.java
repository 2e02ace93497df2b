package org.projectdesk.referral.boundary;

import org.projectdesk.referral.entity.ReferralStatus;

/** What a list of referrals keeps; either part may be null (no filter). */
public record ReferralFilter(ReferralStatus status, String town) {

    public static final ReferralFilter ALL = new ReferralFilter(null, null);
}
