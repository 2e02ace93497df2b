package org.projectdesk.referral.boundary;

import java.util.List;

public record ReferralPage(List<ReferralSummary> items, long total) {
}
