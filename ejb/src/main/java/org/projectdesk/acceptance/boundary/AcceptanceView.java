package org.projectdesk.acceptance.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.projectdesk.acceptance.entity.AcceptanceScope;
import org.projectdesk.acceptance.entity.AcceptanceStatus;
import org.projectdesk.acceptance.entity.DeadlineKind;
import org.projectdesk.acceptance.entity.FindingStatus;
import org.projectdesk.acceptance.entity.ItemVerdict;
import org.projectdesk.acceptance.entity.PledgeParty;
import org.projectdesk.supervision.entity.Light;

/**
 * A joint completion acceptance as pages, the API and the PDFs show it: the application, where it
 * stands, the combined form (every item with its checks, verdict, findings and signature), the
 * one-time list of materials, the pledges and the time limits with their lights.
 */
public record AcceptanceView(long id, long version, String fileNo, String projectName, String enterpriseName,
        String townCode, AcceptanceStatus status, AcceptanceScope scope, String scopeText, LocalDate appliedOn,
        LocalDate completedOn, String contact, LocalDate preReviewDueOn, Long preReviewMeetingId, LocalDate preReviewedOn,
        Long inspectionMeetingId, LocalDateTime inspectionAt, int round, boolean readyForOpinion, String opinionNo,
        LocalDate opinionOn, LocalDate withdrawnOn, String withdrawReason, List<ItemView> items,
        List<MaterialView> materials, List<PledgeView> pledges, List<DeadlineView> deadlines) {

    public record ItemView(String code, String departmentCode, String name, String nameEn, String categoryCode,
            int limitDays, List<CheckView> checks, ItemVerdict verdict, int round, LocalDate verdictOn,
            List<FindingView> findings, String signedBy, Instant signedAt) {
    }

    public record CheckView(int no, String text, boolean critical) {
    }

    public record FindingView(long id, String itemCode, int round, String text, Integer checkNo, Integer withinDays,
            LocalDate raisedOn, LocalDate dueOn, FindingStatus status, LocalDate reportedOn, String reportNote,
            LocalDate closedOn) {
    }

    public record PledgeView(long id, String itemCode, PledgeParty party, String text, LocalDate dueOn, String signedBy,
            Instant signedAt, LocalDate fulfilledOn, Light light) {
    }

    public record MaterialView(long id, String material, List<String> itemCodes, LocalDate receivedOn, String receivedBy) {
    }

    /** A time limit: what it is for ({@code subject}: the item, finding or pledge), due, met, and its light while open. */
    public record DeadlineView(DeadlineKind kind, String subject, int limitDays, LocalDate dueOn, LocalDate metOn,
            boolean closed, Light light) {
    }

    /** The open findings of rectification items, for the rectification notice and the builder's list. */
    public List<FindingView> rectificationFindings() {
        return items.stream().flatMap(i -> i.findings().stream())
                .filter(f -> f.withinDays() != null && f.round() == round()).toList();
    }
}
