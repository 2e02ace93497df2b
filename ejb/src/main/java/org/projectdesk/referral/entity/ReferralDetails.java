package org.projectdesk.referral.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.projectdesk.project.entity.LandStatus;

/**
 * What a town tells the office of a project it brings in: the enterprise (its credit code when it has
 * one), the project, its investment in 万元, its land, the groundbreaking it aims at and whom to call.
 */
public record ReferralDetails(String enterpriseName, String creditCode, String projectName, BigDecimal investment,
        String industry, LandStatus landStatus, String landNote, LocalDate targetGroundbreaking, String contactName,
        String contactPhone, String notes) {
}
