package org.projectdesk.referral.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.referral.entity.ReferralDetails;

/**
 * A referral as a town (or the office on a town's behalf) registers it. {@code townCode} is the office's
 * choice only: a town's staff always register for their own town. {@code registeredOn} defaults to today
 * (a referral received earlier, by letter or telephone, may be registered on its day).
 */
public record ReferralRecord(String townCode, LocalDate registeredOn, String enterpriseName, String creditCode,
        String projectName, BigDecimal investment, String industry, LandStatus landStatus, String landNote,
        LocalDate targetGroundbreaking, String contactName, String contactPhone, String notes) {

    ReferralDetails details() {
        return new ReferralDetails(enterpriseName, creditCode, projectName, investment, industry, landStatus, landNote,
                targetGroundbreaking, contactName, contactPhone, notes);
    }
}
