package org.projectdesk.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.projectdesk.acceptance.boundary.AcceptanceView.CheckView;
import org.projectdesk.acceptance.boundary.AcceptanceView.DeadlineView;
import org.projectdesk.acceptance.boundary.AcceptanceView.FindingView;
import org.projectdesk.acceptance.boundary.AcceptanceView.ItemView;
import org.projectdesk.acceptance.boundary.AcceptanceView.MaterialView;
import org.projectdesk.acceptance.boundary.AcceptanceView.PledgeView;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.entity.AcceptanceScope;
import org.projectdesk.acceptance.entity.AcceptanceStatus;
import org.projectdesk.acceptance.entity.DeadlineKind;
import org.projectdesk.acceptance.entity.FindingStatus;
import org.projectdesk.acceptance.entity.ItemVerdict;
import org.projectdesk.acceptance.entity.PledgeParty;
import org.projectdesk.portal.boundary.EvidenceView;
import org.projectdesk.portal.boundary.PortalAcceptanceView.FindingLine;
import org.projectdesk.portal.boundary.PortalAcceptanceView.Next;
import org.projectdesk.portal.boundary.PortalAcceptanceView.Step;
import org.projectdesk.shared.entity.DocumentType;
import org.projectdesk.supervision.entity.Light;

/**
 * The acceptance told plainly: the next step of each state with its day and what waits for the builder,
 * the rectification list with days left and evidence, the lists in the order a builder needs them.
 */
class PlainAcceptanceTest {

    private static final LocalDate INSPECTED = LocalDate.of(2026, 11, 10);
    private static final LocalDate DUE_1 = LocalDate.of(2026, 11, 17);
    private static final LocalDate DUE_2 = LocalDate.of(2026, 11, 24);

    @Test
    void beforeThePreReviewTheOfficeHoldsItByItsDayAndOutstandingMaterialsWaitForTheBuilder() {
        AcceptanceView applied = acceptance(AcceptanceStatus.APPLIED, 0, List.of(item("A", ItemVerdict.PENDING, List.of())),
                List.of(material(3, "档案", INSPECTED), material(1, "竣工图", null), material(2, "测量报告", null)), List.of(), List.of());
        Next next = PlainAcceptance.next(applied, day -> false);
        assertEquals(Step.PRE_REVIEW_DUE, next.step());
        assertEquals(LocalDate.of(2026, 11, 10), next.by());
        assertEquals(2, next.waiting());
        assertEquals(List.of("竣工图", "测量报告", "档案"), PlainAcceptance.materials(applied).stream().map(MaterialView::material).toList());
    }

    @Test
    void whileRectifyingTheOpenFindingsWaitForTheBuilderAndTheirItemsComeFirst() {
        FindingView open = finding(11, "B", DUE_2, FindingStatus.OPEN);
        FindingView first = finding(12, "C", DUE_1, FindingStatus.OPEN);
        FindingView reported = finding(13, "C", DUE_1, FindingStatus.REPORTED_DONE);
        AcceptanceView rectifying = acceptance(AcceptanceStatus.RECTIFYING, 1, List.of(item("A", ItemVerdict.PASSED, List.of()),
                item("B", ItemVerdict.RECTIFY, List.of(open)), item("C", ItemVerdict.RECTIFY, List.of(first, reported))),
                List.of(material(1, "竣工图", INSPECTED)), List.of(), List.of());

        Next next = PlainAcceptance.next(rectifying, DUE_1::equals);
        assertEquals(new Next(Step.RECTIFY, DUE_1, null, 2, null, List.of("by")), next, "the earliest open finding's day");
        assertEquals(List.of("B", "C", "A"), PlainAcceptance.items(rectifying).stream().map(ItemView::code).toList());

        EvidenceView photo = new EvidenceView(99, 1, 12, "照片.jpg", DocumentType.JPEG, "image/jpeg", 10, "ab", "investor1",
                Instant.parse("2026-11-12T02:00:00Z"));
        Map<LocalDate, Integer> left = Map.of(DUE_1, -3, DUE_2, 2);
        List<FindingLine> lines = PlainAcceptance.rectification(rectifying, List.of(photo), left::get, day -> false);
        assertEquals(List.of(11L, 12L, 13L), lines.stream().map(FindingLine::id).toList());
        assertEquals(List.of(2, -3, -3), lines.stream().map(FindingLine::workingDaysLeft).toList());
        assertEquals(List.of(false, true, false), lines.stream().map(FindingLine::isOverdue).toList(), "a reported one is not overdue");
        assertEquals(List.of(photo), lines.get(1).evidence());
        assertEquals("item C", lines.get(1).itemName());
        assertEquals("PLAN", lines.get(1).departmentCode());
    }

    @Test
    void everyFindingReportedTheOfficeSchedulesTheReinspectionByItsDay() {
        LocalDate reinspection = LocalDate.of(2027, 1, 5);
        AcceptanceView reported = acceptance(AcceptanceStatus.RECTIFYING, 1,
                List.of(item("B", ItemVerdict.RECTIFY, List.of(finding(11, "B", DUE_1, FindingStatus.REPORTED_DONE)))),
                List.of(), List.of(), List.of(new DeadlineView(DeadlineKind.REINSPECTION, null, 5, reinspection, null, false, Light.GREEN),
                        new DeadlineView(DeadlineKind.FINDING, "B#11", 5, DUE_1, DUE_1, false, null)));
        assertEquals(new Next(Step.REINSPECTION_DUE, reinspection, null, 0, null, List.of("by")),
                PlainAcceptance.next(reported, day -> day.getYear() == 2027));
        assertEquals(List.of(DeadlineKind.REINSPECTION), PlainAcceptance.deadlines(reported, day -> false).stream()
                .map(d -> d.kind()).toList(), "only the open time limits");
    }

    @Test
    void theInspectionIsToldByItsTimeAndTheBuilderPledgesOnlyOnItemsStillToPassWithACheckNotCritical() {
        ItemView paperwork = item("A", ItemVerdict.PENDING, List.of());
        ItemView critical = new ItemView("K", "FIRE", "item K", "item K", null, 10, List.of(new CheckView(1, "消防", true)),
                ItemVerdict.PENDING, 1, null, List.of(), null, null);
        ItemView pledged = item("P", ItemVerdict.PENDING, List.of());
        AcceptanceView inspection = acceptance(AcceptanceStatus.INSPECTION_SCHEDULED, 2,
                List.of(item("D", ItemVerdict.PASSED, List.of()), paperwork, critical, pledged), List.of(),
                List.of(new PledgeView(5, "P", PledgeParty.BUILDER, "补齐", DUE_2, "investor1", Instant.EPOCH, null, Light.GREEN)),
                List.of());
        Next next = PlainAcceptance.next(inspection, day -> false);
        assertEquals(Step.REINSPECTION, next.step());
        assertEquals(LocalDateTime.of(2026, 11, 10, 9, 0), next.at());
        assertEquals(List.of("A"), PlainAcceptance.pledgeable(inspection).stream().map(ItemView::code).toList());
        assertEquals(List.of("item P"), PlainAcceptance.pledges(inspection).stream().map(p -> p.itemName()).toList());
        assertEquals(List.of("A", "K", "P", "D"), PlainAcceptance.items(inspection).stream().map(ItemView::code).toList());
    }

    private static AcceptanceView acceptance(AcceptanceStatus status, int round, List<ItemView> items,
            List<MaterialView> materials, List<PledgeView> pledges, List<DeadlineView> deadlines) {
        return new AcceptanceView(1, 3, "XF-2026-0001", "项目", "企业", "HMKFQ", status, AcceptanceScope.WHOLE, null,
                LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 2), "王工", LocalDate.of(2026, 11, 10), null, null,
                round > 0 ? 7L : null, round > 0 ? LocalDateTime.of(2026, 11, 10, 9, 0) : null, round, false, null, null, null, null,
                items, materials, pledges, deadlines);
    }

    private static ItemView item(String code, ItemVerdict verdict, List<FindingView> findings) {
        return new ItemView(code, "PLAN", "item " + code, "item " + code, null, 10,
                List.of(new CheckView(1, "检查", false)), verdict, 1, null, findings, null, null);
    }

    private static FindingView finding(long id, String item, LocalDate due, FindingStatus status) {
        return new FindingView(id, item, 1, "问题" + id, null, 5, INSPECTED, due, status, null, null, null);
    }

    private static MaterialView material(long id, String name, LocalDate received) {
        return new MaterialView(id, name, List.of("A"), received, received == null ? null : "officer1");
    }
}
