package org.projectdesk.portal.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.projectdesk.acceptance.boundary.AcceptanceSummary;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.entity.DeadlineKind;
import org.projectdesk.acceptance.entity.FindingStatus;
import org.projectdesk.acceptance.entity.PledgeParty;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.supervision.entity.Light;

/**
 * A project's joint completion acceptance told plainly to its investor: whether the project may apply,
 * its cases, and for the chosen one ({@code acceptance}, null before any) what happens next and by when,
 * what waits for the builder, the open time limits, the rectification list of the current round with
 * each finding's working days left and evidence, the one-time materials (outstanding first) and the
 * combined form's items (the current stage's first), the pledges and the items the builder may still pledge on.
 */
public record PortalAcceptanceView(String fileNo, String projectName, ProjectStatus stage, boolean mayApply,
        List<AcceptanceSummary> cases, AcceptanceView acceptance, Next next, List<FindingLine> rectification,
        List<AcceptanceView.MaterialView> materials, long materialsOutstanding, List<AcceptanceView.ItemView> items,
        List<DeadlineLine> deadlines, List<PledgeLine> pledges, List<AcceptanceView.ItemView> pledgeable) {

    /** What happens next in the case. */
    public enum Step {
        /** The office is to hold the pre-review by {@code by}. */
        PRE_REVIEW_DUE,
        /** The pre-review meeting is scheduled; it is due by {@code by}. */
        PRE_REVIEW_SCHEDULED,
        /** The builder completes the {@code waiting} outstanding materials; the inspection is due by {@code by}. */
        MATERIALS,
        /** Materials complete: the office schedules the joint inspection by {@code by}. */
        INSPECTION_DUE,
        /** The joint site inspection is at {@code at}. */
        INSPECTION,
        /** The re-inspection of the failed items is at {@code at}. */
        REINSPECTION,
        /** Every item settled: the office issues the joint opinion. */
        OPINION,
        /** The builder puts the {@code waiting} open findings right, the first due by {@code by}. */
        RECTIFY,
        /** Every finding reported: the office schedules the re-inspection by {@code by}. */
        REINSPECTION_DUE,
        /** Passed: the opinion {@code text} was issued on {@code by}. */
        PASSED,
        /** Withdrawn on {@code by} for the reason {@code text}. */
        WITHDRAWN
    }

    /**
     * The next step: a day it is due or was done ({@code by}), the time of a meeting ({@code at}), how many
     * things wait for the builder ({@code waiting}, 0 when none does), and a text (the opinion's number, the reason).
     */
    public record Next(Step step, LocalDate by, LocalDateTime at, int waiting, String text, List<String> provisional) {

        public boolean isWaitingForBuilder() {
            return waiting > 0;
        }
    }

    /**
     * A finding of the current round to put right: the item, its department, what to fix, its due date and
     * the working days left until it ({@code 0} on the day, negative when overdue, null past the calendar),
     * whether it is reported, and its evidence.
     */
    public record FindingLine(long id, String itemCode, String itemName, String departmentCode, String text,
            Integer checkNo, LocalDate dueOn, Integer workingDaysLeft, FindingStatus status, LocalDate reportedOn,
            String reportNote, List<EvidenceView> evidence, List<String> provisional) {

        public boolean isOpen() {
            return status == FindingStatus.OPEN;
        }

        public boolean isOverdue() {
            return workingDaysLeft != null && workingDaysLeft < 0 && isOpen();
        }

        public Integer getWorkingDaysOverdue() {
            return workingDaysLeft == null ? null : -workingDaysLeft;
        }
    }

    /** An open time limit: what for (the item's name and, for a pledge, whose), due when, its light. */
    public record DeadlineLine(DeadlineKind kind, String itemName, PledgeParty party, LocalDate dueOn, Light light,
            List<String> provisional) {
    }

    /** A pledge on an item (named): whose, what, by when, kept when. */
    public record PledgeLine(String itemName, PledgeParty party, String text, LocalDate dueOn, LocalDate fulfilledOn,
            Light light) {
    }

    /** The case's findings by finding, for the page's rows. */
    public FindingLine finding(long id) {
        return rectification.stream().filter(f -> f.id() == id).findFirst().orElse(null);
    }
}
