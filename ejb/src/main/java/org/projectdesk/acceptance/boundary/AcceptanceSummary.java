package org.projectdesk.acceptance.boundary;

import java.time.LocalDate;
import org.projectdesk.acceptance.entity.AcceptanceScope;
import org.projectdesk.acceptance.entity.AcceptanceStatus;

/** One acceptance in a list: whose, where it stands, how many of its items are settled, its opinion. */
public record AcceptanceSummary(long id, String fileNo, String projectName, String townCode, AcceptanceStatus status,
        AcceptanceScope scope, LocalDate appliedOn, LocalDate preReviewDueOn, long itemsSettled, long items,
        String opinionNo, LocalDate opinionOn) {
}
