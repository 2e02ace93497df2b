package org.projectdesk.referral.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.referral.entity.ReferralStatus;
import org.projectdesk.supervision.entity.Light;

/**
 * A referral in full: what the town said, when it was registered and by whom, its intake limit (due day,
 * light and working days left while it waits), the decision (day, by whom, the working days it took, the
 * service file or the reason) and its attachments. {@code version} guards a page's decision against a
 * change meanwhile.
 */
public record ReferralView(long id, long version, String townCode, ReferralStatus status, String enterpriseName,
        String creditCode, String projectName, BigDecimal investment, String industry, LandStatus landStatus,
        String landNote, LocalDate targetGroundbreaking, String contactName, String contactPhone, String notes,
        LocalDate registeredOn, String registeredBy, int dueDays, LocalDate dueOn, Light light,
        Integer remainingWorkingDays, LocalDate decidedOn, String decidedBy, Integer workingDaysToDecision,
        String fileNo, String returnReason, List<ReferralAttachmentView> attachments) {
}
