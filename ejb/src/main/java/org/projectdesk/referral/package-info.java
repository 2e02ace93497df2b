/**
 * Referrals (项目推荐/预登记): a town registers a project it is bringing to the centre, with its
 * enterprise, investment, land, target date, contact and attachments; the office takes it in through
 * the single window (the referral then names the service file) or returns it with a reason. The time
 * from referral to intake is a supervised limit in working days. Owns the tables {@code referral*}.
 */
package org.projectdesk.referral;
