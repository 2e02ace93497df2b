package org.projectdesk.portal.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.entity.AcceptanceStatus;
import org.projectdesk.acceptance.entity.DeadlineKind;
import org.projectdesk.acceptance.entity.FindingStatus;
import org.projectdesk.acceptance.entity.ItemVerdict;
import org.projectdesk.acceptance.entity.PledgeParty;
import org.projectdesk.portal.boundary.EvidenceView;
import org.projectdesk.portal.boundary.PortalAcceptanceView.DeadlineLine;
import org.projectdesk.portal.boundary.PortalAcceptanceView.FindingLine;
import org.projectdesk.portal.boundary.PortalAcceptanceView.Next;
import org.projectdesk.portal.boundary.PortalAcceptanceView.PledgeLine;
import org.projectdesk.portal.boundary.PortalAcceptanceView.Step;

/**
 * A joint completion acceptance told plainly, as {@link PlainStatus} tells a service file: what happens
 * next and by when, what waits for the builder, and the lists in the order a builder needs them. No
 * database, no calendar: the boundary hands in the case, the evidence, the working days left until a day
 * and which dates are provisional.
 */
public final class PlainAcceptance {

    private PlainAcceptance() {
    }

    /** What happens next in the case, and what waits for the builder. */
    public static Next next(AcceptanceView a, Predicate<LocalDate> provisional) {
        long outstanding = outstanding(a);
        List<AcceptanceView.FindingView> open = a.rectificationFindings().stream()
                .filter(f -> f.status() == FindingStatus.OPEN).toList();
        return switch (a.status()) {
            case APPLIED -> next(a.preReviewMeetingId() == null ? Step.PRE_REVIEW_DUE : Step.PRE_REVIEW_SCHEDULED,
                    a.preReviewDueOn(), (int) outstanding, null, provisional);
            case PRE_REVIEWED -> next(outstanding > 0 ? Step.MATERIALS : Step.INSPECTION_DUE, due(a, DeadlineKind.INSPECTION),
                    (int) outstanding, null, provisional);
            case INSPECTION_SCHEDULED -> a.readyForOpinion() ? next(Step.OPINION, null, 0, null, provisional)
                    : new Next(a.round() > 1 ? Step.REINSPECTION : Step.INSPECTION, null, a.inspectionAt(), 0, null, List.of());
            case RECTIFYING -> open.isEmpty()
                    ? next(Step.REINSPECTION_DUE, due(a, DeadlineKind.REINSPECTION), 0, null, provisional)
                    : next(Step.RECTIFY, open.stream().map(AcceptanceView.FindingView::dueOn).filter(Objects::nonNull)
                            .min(Comparator.naturalOrder()).orElse(null), open.size(), null, provisional);
            case PASSED -> new Next(Step.PASSED, a.opinionOn(), null, 0, a.opinionNo(), List.of());
            case WITHDRAWN -> new Next(Step.WITHDRAWN, a.withdrawnOn(), null, 0, a.withdrawReason(), List.of());
        };
    }

    private static Next next(Step step, LocalDate by, int waiting, String text, Predicate<LocalDate> provisional) {
        return new Next(step, by, null, waiting, text, by != null && provisional.test(by) ? List.of("by") : List.of());
    }

    /** The open time limit of the kind, when there is one. */
    private static LocalDate due(AcceptanceView a, DeadlineKind kind) {
        return a.deadlines().stream().filter(d -> d.kind() == kind && d.metOn() == null && !d.closed())
                .map(AcceptanceView.DeadlineView::dueOn).findFirst().orElse(null);
    }

    public static long outstanding(AcceptanceView a) {
        return a.materials().stream().filter(m -> m.receivedOn() == null).count();
    }

    /**
     * The rectification list: each finding of the current round with its item, department, due date, the
     * working days left ({@code workingDaysLeft}: null when they cannot be counted) and its evidence.
     */
    public static List<FindingLine> rectification(AcceptanceView a, List<EvidenceView> evidence,
            Function<LocalDate, Integer> workingDaysLeft, Predicate<LocalDate> provisional) {
        Map<Long, List<EvidenceView>> byFinding = evidence.stream().collect(Collectors.groupingBy(EvidenceView::findingId));
        Map<String, AcceptanceView.ItemView> items = a.items().stream()
                .collect(Collectors.toMap(AcceptanceView.ItemView::code, Function.identity()));
        return a.rectificationFindings().stream().map(f -> {
            AcceptanceView.ItemView item = items.get(f.itemCode());
            return new FindingLine(f.id(), f.itemCode(), item.name(), item.departmentCode(), f.text(), f.checkNo(), f.dueOn(),
                    f.dueOn() == null ? null : workingDaysLeft.apply(f.dueOn()), f.status(), f.reportedOn(), f.reportNote(),
                    byFinding.getOrDefault(f.id(), List.of()),
                    f.dueOn() != null && provisional.test(f.dueOn()) ? List.of("dueOn") : List.of());
        }).toList();
    }

    /** The one-time list of materials, the outstanding ones first (each part in the list's order). */
    public static List<AcceptanceView.MaterialView> materials(AcceptanceView a) {
        return a.materials().stream().sorted(Comparator.comparing(m -> m.receivedOn() != null)).toList();
    }

    /**
     * The combined form's items, the current stage's first: while an inspection waits, the items still to be
     * judged; while rectifying, the items to put right; then the others in the form's order.
     */
    public static List<AcceptanceView.ItemView> items(AcceptanceView a) {
        ItemVerdict current = a.status() == AcceptanceStatus.RECTIFYING ? ItemVerdict.RECTIFY
                : a.status() == AcceptanceStatus.INSPECTION_SCHEDULED ? ItemVerdict.PENDING : null;
        return a.items().stream().sorted(Comparator.comparing(i -> i.verdict() != current)).toList();
    }

    /** The open time limits, earliest first, each with the name of the item it concerns. */
    public static List<DeadlineLine> deadlines(AcceptanceView a, Predicate<LocalDate> provisional) {
        Map<String, String> names = a.items().stream()
                .collect(Collectors.toMap(AcceptanceView.ItemView::code, AcceptanceView.ItemView::name));
        return a.deadlines().stream().filter(d -> d.metOn() == null && !d.closed())
                .sorted(Comparator.comparing(AcceptanceView.DeadlineView::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(d -> {
                    String subject = d.subject();
                    String code = subject == null ? null : subject.split("[#/]", 2)[0];
                    PledgeParty party = d.kind() == DeadlineKind.PLEDGE && subject != null && subject.contains("/")
                            ? PledgeParty.valueOf(subject.substring(subject.indexOf('/') + 1)) : null;
                    return new DeadlineLine(d.kind(), code == null ? null : names.get(code), party, d.dueOn(), d.light(),
                            d.dueOn() != null && provisional.test(d.dueOn()) ? List.of("dueOn") : List.of());
                }).toList();
    }

    /** The pledges, each with its item's name. */
    public static List<PledgeLine> pledges(AcceptanceView a) {
        Map<String, String> names = a.items().stream()
                .collect(Collectors.toMap(AcceptanceView.ItemView::code, AcceptanceView.ItemView::name));
        return a.pledges().stream().map(p -> new PledgeLine(names.getOrDefault(p.itemCode(), p.itemCode()), p.party(), p.text(),
                p.dueOn(), p.fulfilledOn(), p.light())).toList();
    }

    /**
     * The items the builder may still pledge on: while the inspection or rectification runs, items not yet
     * settled that have a check not critical, without the builder's pledge. (The case decides; this is the
     * page's choice list.)
     */
    public static List<AcceptanceView.ItemView> pledgeable(AcceptanceView a) {
        if (a.status() != AcceptanceStatus.INSPECTION_SCHEDULED && a.status() != AcceptanceStatus.RECTIFYING) {
            return List.of();
        }
        return a.items().stream().filter(i -> !i.verdict().isSettled())
                .filter(i -> i.checks().stream().anyMatch(c -> !c.critical()))
                .filter(i -> a.pledges().stream().noneMatch(p -> p.itemCode().equals(i.code()) && p.party() == PledgeParty.BUILDER))
                .toList();
    }
}
