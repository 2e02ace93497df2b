package org.projectdesk.referral.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.projectdesk.referral.entity.ReferralStatus;
import org.projectdesk.supervision.entity.Light;

/**
 * One referral in a list: whose, what, where it stands; while it waits, its due day, its light and the
 * working days left (negative: overdue by that many); once decided, the day, the working days it took from
 * the referral (on the working-day calendar), the service file it became or the reason it was returned.
 */
public record ReferralSummary(long id, String townCode, String projectName, String enterpriseName, BigDecimal investment,
        ReferralStatus status, LocalDate registeredOn, LocalDate dueOn, Light light, Integer remainingWorkingDays,
        LocalDate decidedOn, Integer workingDaysToDecision, String fileNo, String returnReason) {
}
