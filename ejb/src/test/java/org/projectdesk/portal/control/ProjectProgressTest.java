package org.projectdesk.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.notification.boundary.NotificationView;
import org.projectdesk.notification.entity.MaterialState;
import org.projectdesk.portal.boundary.ProjectStatusView.ItemLine;
import org.projectdesk.portal.boundary.UploadView;
import org.projectdesk.portal.control.ProjectProgress.StageState;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.shared.entity.DocumentType;

/**
 * The one reckoning of stage, progress and delay that the investor's page and home panel show, on the
 * test day Monday 28 December 2026.
 */
class ProjectProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 28);

    @Test
    void workingDaysUsedBeyondThePromiseAreADelayEvenWithNoMatterPastItsOwnDate() {
        // The page: 53 working days used, 30 promised, "目前没有延误" beside it. Every matter is
        // within its own date, but the project is 23 working days over its promise: that is the delay.
        ProjectProgress progress = ProjectProgress.of(ProjectStatus.IN_APPROVAL, true,
                List.of(matter("A", MatterStatus.IN_REVIEW, LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 8), null)),
                53, 30, TODAY);
        assertEquals(23, progress.overrunDays());
        assertEquals(List.of(), progress.lateMatters());
        assertTrue(progress.delayed());

        ProjectProgress within = ProjectProgress.of(ProjectStatus.IN_APPROVAL, true,
                List.of(matter("A", MatterStatus.IN_REVIEW, LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 8), null)),
                30, 30, TODAY);
        assertEquals(0, within.overrunDays(), "the promise used to the day is kept");
        assertFalse(within.delayed());
    }

    @Test
    void aMatterIsLateOnlyOnceFiledAndPastItsDueDate() {
        MatterView runningPast = matter("施工许可", MatterStatus.IN_REVIEW, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 24), null);
        MatterView dueToday = matter("B", MatterStatus.ACCEPTED, LocalDate.of(2026, 12, 1), TODAY, null);
        MatterView decidedLate = matter("规划许可", MatterStatus.APPROVED, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 23));
        MatterView decidedOnTime = matter("C", MatterStatus.APPROVED, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 20));
        // Not filed: its plan date lies in the past, but it promises nothing yet.
        MatterView notFiled = planned("D", LocalDate.of(2026, 10, 30));
        MatterView suspended = matter("E", MatterStatus.SUSPENDED, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1), null);

        ProjectProgress progress = ProjectProgress.of(ProjectStatus.IN_APPROVAL, true,
                List.of(runningPast, dueToday, decidedLate, decidedOnTime, notFiled, suspended), 20, 30, TODAY);

        assertEquals(List.of("施工许可", "规划许可"), progress.lateMatters());
        assertEquals(0, progress.overrunDays());
        assertTrue(progress.delayed());
        assertFalse(ProjectProgress.late(notFiled, TODAY));
        assertFalse(ProjectProgress.late(suspended, TODAY), "the clock stands still");
    }

    @Test
    void aMatterNotFiledPromisesNothingAndItsPlanShowsOnlyWhileAhead() {
        var lines = PlainStatus.lines(List.of(planned("D", LocalDate.of(2026, 10, 30)), planned("E", LocalDate.of(2027, 1, 4)),
                matter("F", MatterStatus.ACCEPTED, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 30), null)),
                new NotificationView("F", "P", "E", null, List.of(), List.of(), null, null), TODAY);
        assertNull(lines.get(0).promisedOn(), "no promise before filing");
        assertNull(lines.get(0).plannedOn(), "a plan date already past is not shown");
        assertEquals(20, lines.get(0).limitDays());
        assertFalse(lines.get(0).late());
        assertNull(lines.get(1).promisedOn());
        assertEquals(LocalDate.of(2027, 1, 4), lines.get(1).plannedOn(), "a plan still ahead is shown as a plan");
        assertEquals(LocalDate.of(2026, 12, 30), lines.get(2).promisedOn(), "filed: its due date is the promise");
        assertNull(lines.get(2).plannedOn());
    }

    @Test
    void progressIsTheShareOfPlannedMattersApprovedFormallyOrSimulated() {
        ProjectProgress progress = ProjectProgress.of(ProjectStatus.IN_APPROVAL, true, List.of(
                matter("A", MatterStatus.APPROVED, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19)),
                matter("B", MatterStatus.SIMULATED, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20), null),
                matter("C", MatterStatus.IN_REVIEW, LocalDate.of(2026, 12, 2), LocalDate.of(2027, 1, 20), null),
                matter("D", MatterStatus.DROPPED, null, null, null),
                planned("E", null)), 10, 30, TODAY);
        assertEquals(2, progress.done());
        assertEquals(4, progress.planned(), "a dropped matter is out of the plan");
        assertEquals(50, progress.percent());
        assertEquals(0, new ProjectProgress(Stage.INTAKE, false, 0, 0, null, 0, List.of()).percent(), "nothing planned");
    }

    @Test
    void theStageFollowsTheProjectsStatusAndThePreReviewHeld() {
        assertEquals(Stage.INTAKE, Stage.of(ProjectStatus.ACCEPTED, false, false));
        assertEquals(Stage.PRE_REVIEW, Stage.of(ProjectStatus.ACCEPTED, true, false));
        assertEquals(Stage.APPROVALS, Stage.of(ProjectStatus.ACCEPTED, true, true), "a matter filed");
        assertEquals(Stage.APPROVALS, Stage.of(ProjectStatus.IN_APPROVAL, false, true));
        assertEquals(Stage.CONSTRUCTION, Stage.of(ProjectStatus.APPROVALS_COMPLETED, true, true));
        assertEquals(Stage.CONSTRUCTION, Stage.of(ProjectStatus.CONSTRUCTION_STARTED, true, true));
        assertEquals(Stage.COMPLETION_ACCEPTANCE, Stage.of(ProjectStatus.COMPLETED, true, true));
        assertEquals(Stage.PRE_REVIEW, Stage.of(ProjectStatus.PAUSED, true, false), "paused where its matters left it");

        ProjectProgress approvals = new ProjectProgress(Stage.APPROVALS, false, 1, 4, 5, 30, List.of());
        assertEquals(List.of(StageState.DONE, StageState.DONE, StageState.CURRENT, StageState.AHEAD, StageState.AHEAD),
                approvals.tracker().stream().map(ProjectProgress.Step::state).toList());
        ProjectProgress accepted = ProjectProgress.of(ProjectStatus.COMPLETION_ACCEPTED, true, List.of(), null, 30, TODAY);
        assertTrue(accepted.tracker().stream().allMatch(s -> s.state() == StageState.DONE), "every stage passed");
    }

    @Test
    void anItemReadsUploadedAwaitingCheckRefusedOrReceived() {
        UploadView first = upload(1, null);
        UploadView refused = upload(1, "扫描件不清晰");
        assertEquals(ItemState.OUTSTANDING, ItemState.of(MaterialState.OUTSTANDING, List.of()));
        assertEquals(ItemState.AWAITING_CHECK, ItemState.of(MaterialState.OUTSTANDING, List.of(first)));
        assertEquals(ItemState.REFUSED, ItemState.of(MaterialState.OUTSTANDING, List.of(refused)));
        assertEquals(ItemState.AWAITING_CHECK, ItemState.of(MaterialState.OUTSTANDING, List.of(refused, first)),
                "handed in again after a refusal");
        assertEquals(ItemState.RECEIVED, ItemState.of(MaterialState.RECEIVED, List.of(refused)));

        NotificationView notification = new NotificationView("F", "P", "E", null, List.of(
                new NotificationView.Item(1, 0, "用地红线图", List.of("LAND"), MaterialState.OUTSTANDING, null, null),
                new NotificationView.Item(2, 0, "营业执照", List.of("LAND"), MaterialState.OUTSTANDING, null, null)), List.of(), null, null);
        List<ItemLine> items = PlainStatus.items(notification, List.of(refused));
        assertEquals(ItemState.REFUSED, items.get(0).state());
        assertEquals("扫描件不清晰", items.get(0).refusedReason());
        assertEquals(ItemState.OUTSTANDING, items.get(1).state());
        assertNull(items.get(1).refusedReason());
    }

    private static UploadView upload(long itemId, String refusedReason) {
        return new UploadView(7, itemId, "a.pdf", DocumentType.PDF, "application/pdf", 10, "00", "investor1",
                Instant.parse("2026-12-28T01:00:00Z"), refusedReason, refusedReason == null ? null : Instant.parse("2026-12-28T02:00:00Z"));
    }

    private static MatterView planned(String name, LocalDate plannedFinish) {
        return view(name, MatterStatus.PLANNED, null, null, null, plannedFinish);
    }

    private static MatterView matter(String name, MatterStatus status, LocalDate acceptedOn, LocalDate dueOn, LocalDate decidedOn) {
        return view(name, status, acceptedOn, dueOn, decidedOn, null);
    }

    private static MatterView view(String name, MatterStatus status, LocalDate acceptedOn, LocalDate dueOn, LocalDate decidedOn,
            LocalDate plannedFinish) {
        LocalDate simulatedOn = status == MatterStatus.SIMULATED ? dueOn : null;
        return new MatterView(name, name, "LAND", status, null, acceptedOn, dueOn, null, null, 20, 20, 0, null, plannedFinish,
                status == MatterStatus.APPROVED ? decidedOn : null, decidedOn, null, null, List.of(), List.of(), false, false,
                0L, 20, false, false, null, null, simulatedOn, null, null, null, null, false, null, null, false, List.of(), List.of());
    }
}
