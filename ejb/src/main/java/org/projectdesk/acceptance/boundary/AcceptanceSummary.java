package org.projectdesk.acceptance.boundary;

import java.time.LocalDate;
import org.projectdesk.acceptance.entity.AcceptanceScope;
import org.projectdesk.acceptance.entity.AcceptanceStatus;
import org.projectdesk.supervision.entity.Light;

/**
 * One acceptance in a list: whose, where it stands, when its pre-review is due and that time limit's light
 * while it runs (null once met or when there is no light), how many of its items are settled, its opinion.
 */
public record AcceptanceSummary(long id, String fileNo, String projectName, String townCode, AcceptanceStatus status,
        AcceptanceScope scope, LocalDate appliedOn, LocalDate preReviewDueOn, Light preReviewLight, long itemsSettled,
        long items, String opinionNo, LocalDate opinionOn) {
}
