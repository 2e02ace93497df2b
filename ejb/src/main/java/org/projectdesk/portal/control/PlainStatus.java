package org.projectdesk.portal.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.approval.entity.SuspensionKind;
import org.projectdesk.notification.boundary.NotificationView;
import org.projectdesk.notification.entity.MaterialState;
import org.projectdesk.portal.boundary.ProjectStatusView.Delay;
import org.projectdesk.portal.boundary.ProjectStatusView.ItemLine;
import org.projectdesk.portal.boundary.UploadView;
import org.projectdesk.portal.boundary.ProjectStatusView.MatterLine;
import org.projectdesk.portal.boundary.ProjectStatusView.With;

/**
 * The service file told plainly: for each matter who has it now and its dates, and the stops of the
 * clock with their reasons. A matter has a promised date only once filed (its due date); before, its
 * plan date is shown as a plan while it lies ahead, and once the plan has passed it promises nothing:
 * only the working days the matter will have from its acceptance are told. No database, no calendar: the boundary hands in what it read.
 */
public final class PlainStatus {

    private PlainStatus() {
    }

    /**
     * The matters still in the plan (not dropped or halted), in the file's order. A promised date is
     * provisional when the matter's date it is (dueOn, or before acceptance plannedFinish) is.
     */
    public static List<MatterLine> lines(List<MatterView> matters, NotificationView notification, LocalDate today) {
        Set<String> missingFrom = notification == null ? Set.of() : notification.items().stream()
                .filter(i -> i.state() == MaterialState.OUTSTANDING).flatMap(i -> i.departments().stream())
                .collect(Collectors.toSet());
        return matters.stream().filter(m -> m.status() != MatterStatus.DROPPED).map(m -> {
            LocalDate plannedOn = m.dueOn() == null && m.plannedFinish() != null && !m.plannedFinish().isBefore(today)
                    ? m.plannedFinish() : null;
            List<String> provisional = new ArrayList<>();
            if (m.provisional().contains("dueOn")) {
                provisional.add("promisedOn");
            }
            if (plannedOn != null && m.provisional().contains("plannedFinish")) {
                provisional.add("plannedOn");
            }
            return new MatterLine(m.categoryCode(), m.categoryName(), m.departmentCode(), m.status(), m.dueOn(), plannedOn,
                    m.limitDays(), actualOn(m), pendingWith(m, missingFrom.contains(m.departmentCode())), m.light(),
                    ProjectProgress.late(m, today), List.copyOf(provisional));
        }).toList();
    }

    static With pendingWith(MatterView m, boolean materialsMissing) {
        return switch (m.status()) {
            case PLANNED, MATERIALS_IN_PREPARATION -> materialsMissing ? With.INVESTOR : With.OFFICE;
            case ACCEPTED, IN_REVIEW -> With.DEPARTMENT;
            case SUSPENDED -> m.suspensions().stream().filter(s -> s.end() == null)
                    .anyMatch(s -> SuspensionKind.SUPPLEMENT.name().equals(s.kind())) ? With.INVESTOR : With.DEPARTMENT;
            case SIMULATED -> With.OFFICE;
            case APPROVED, RETURNED, DROPPED, HALTED -> With.NOBODY;
        };
    }

    private static LocalDate actualOn(MatterView m) {
        return switch (m.status()) {
            case APPROVED, RETURNED -> m.decidedOn();
            case SIMULATED -> m.simulatedOn();
            case HALTED -> m.haltedOn();
            default -> null;
        };
    }

    /** Each material with its uploads and its state for the investor; the reason of the last refusal. */
    public static List<ItemLine> items(NotificationView notification, List<UploadView> uploads) {
        Map<Long, List<UploadView>> byItem = uploads.stream().collect(Collectors.groupingBy(UploadView::itemId));
        return notification.items().stream().map(i -> {
            List<UploadView> of = byItem.getOrDefault(i.id(), List.of());
            ItemState state = ItemState.of(i.state(), of);
            return new ItemLine(i, state, of, state == ItemState.REFUSED ? of.get(of.size() - 1).refusedReason() : null);
        }).toList();
    }

    /** Every stop of a clock, return and halt, earliest first. */
    public static List<Delay> delays(List<MatterView> matters) {
        List<Delay> delays = new ArrayList<>();
        for (MatterView m : matters) {
            for (MatterView.SuspensionView s : m.suspensions()) {
                Delay.Kind kind = SuspensionKind.SUPPLEMENT.name().equals(s.kind()) ? Delay.Kind.SUPPLEMENT
                        : Delay.Kind.SPECIAL_PROCEDURE;
                delays.add(new Delay(m.categoryCode(), m.departmentCode(), kind, s.start(), s.end(), s.reason()));
            }
            if (m.status() == MatterStatus.RETURNED) {
                delays.add(new Delay(m.categoryCode(), m.departmentCode(), Delay.Kind.RETURNED, m.decidedOn(), null,
                        m.returnReasons()));
            }
            if (m.status() == MatterStatus.HALTED) {
                delays.add(new Delay(m.categoryCode(), m.departmentCode(), Delay.Kind.HALTED, m.haltedOn(), null,
                        m.haltedReason()));
            }
        }
        delays.sort(java.util.Comparator.comparing(Delay::from, java.util.Comparator.nullsLast(LocalDate::compareTo)));
        return delays;
    }

    /** The first acceptance, from which the working days used count; null before any. */
    public static LocalDate firstAcceptance(List<MatterView> matters) {
        return matters.stream().map(MatterView::acceptedOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** The last decision, once every planned matter is decided; null while any is open. */
    public static LocalDate lastDecision(List<MatterView> matters) {
        List<MatterView> planned = matters.stream()
                .filter(m -> m.status() != MatterStatus.DROPPED && m.status() != MatterStatus.HALTED).toList();
        if (planned.isEmpty() || planned.stream().anyMatch(m -> !m.status().isFinished() && m.status() != MatterStatus.SIMULATED)) {
            return null;
        }
        return planned.stream().map(m -> m.status() == MatterStatus.SIMULATED ? m.simulatedOn() : m.decidedOn())
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }
}
