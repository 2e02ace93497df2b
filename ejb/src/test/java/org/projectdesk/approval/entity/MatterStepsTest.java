package org.projectdesk.approval.entity;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.projectdesk.approval.entity.MatterStep.ACCEPT;
import static org.projectdesk.approval.entity.MatterStep.APPROVE;
import static org.projectdesk.approval.entity.MatterStep.CONVERT_SIMULATED;
import static org.projectdesk.approval.entity.MatterStep.DROP;
import static org.projectdesk.approval.entity.MatterStep.HALT;
import static org.projectdesk.approval.entity.MatterStep.ISSUE_SIMULATED;
import static org.projectdesk.approval.entity.MatterStep.PREPARE_MATERIALS;
import static org.projectdesk.approval.entity.MatterStep.REQUEST_SUPPLEMENT;
import static org.projectdesk.approval.entity.MatterStep.RESUME;
import static org.projectdesk.approval.entity.MatterStep.RETURN;
import static org.projectdesk.approval.entity.MatterStep.START_REVIEW;
import static org.projectdesk.approval.entity.MatterStep.SUPPLEMENT_COMPLETE;
import static org.projectdesk.approval.entity.MatterStep.SUSPEND;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.approval.control.ClockAfterSupplement;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.catalogue.entity.Stage;
import org.projectdesk.shared.control.RuleViolation;

/**
 * The steps a matter offers in each state, and that they are exactly the steps it then takes: every
 * step it does not offer is refused. (Dates are not the point here: a plain calendar of calendar days.)
 */
class MatterStepsTest {

    private static final LocalDate TODAY = parse("2026-12-28");
    private static final LocalDate ON = parse("2026-12-01");
    private static final DueDates DAYS = (start, days, excluded) -> start.plusDays(days);

    private static Matter matter(boolean simulatable) {
        return new Matter(1L, new CategoryTerms("PLAN-03", "建设工程规划许可证", "Works planning permit", "PLAN", Stage.II,
                20, 3, 2, false, CaseType.PROMISED, List.of(), simulatable, List.of(), null, null, null, null));
    }

    private static Matter accepted(boolean simulatable) {
        Matter m = matter(simulatable);
        m.accept(ON, TODAY, null, true, null, List.of(), DAYS);
        return m;
    }

    @Test
    void aPlannedMatterIsPreparedAcceptedOrDropped() {
        assertEquals(List.of(PREPARE_MATERIALS, ACCEPT, DROP), matter(true).allowedSteps());
    }

    @Test
    void inPreparationItIsAcceptedOrDropped() {
        Matter m = matter(true);
        m.prepareMaterials(ON, TODAY);
        assertEquals(List.of(ACCEPT, DROP), m.allowedSteps());
    }

    @Test
    void acceptedItGoesToReviewOrIsDecidedOrStopped() {
        assertEquals(List.of(START_REVIEW, REQUEST_SUPPLEMENT, SUSPEND, APPROVE, RETURN, ISSUE_SIMULATED),
                accepted(true).allowedSteps());
    }

    @Test
    void inReviewItIsDecidedOrStoppedAndOnlyASimulatableCategoryIsSimulated() {
        Matter simulatable = accepted(true);
        simulatable.startReview(ON, TODAY);
        Matter not = accepted(false);
        not.startReview(ON, TODAY);

        assertEquals(List.of(REQUEST_SUPPLEMENT, SUSPEND, APPROVE, RETURN, ISSUE_SIMULATED), simulatable.allowedSteps());
        assertEquals(List.of(REQUEST_SUPPLEMENT, SUSPEND, APPROVE, RETURN), not.allowedSteps());
    }

    @Test
    void aStoppedClockOffersOnlyTheStepThatEndsItsOwnStop() {
        Matter supplement = accepted(true);
        supplement.requestSupplement(ON, TODAY, List.of("用地红线图"));
        Matter procedure = accepted(true);
        procedure.suspend(ON, TODAY, 2, "专家评审");

        assertEquals(List.of(SUPPLEMENT_COMPLETE), supplement.allowedSteps());
        assertEquals(List.of(RESUME), procedure.allowedSteps());
        // The other stop's step is refused, as the offer says.
        assertThrows(RuleViolation.class, () -> supplement.resume(ON, TODAY, "结论", DAYS));
        assertThrows(RuleViolation.class, () -> procedure.completeSupplement(ON, TODAY, ClockAfterSupplement.RESUME, DAYS));
    }

    @Test
    void aSimulatedApprovalIsConvertedOrHalted() {
        Matter m = accepted(true);
        m.issueSimulated(ON, TODAY, "模拟〔2026〕1号", null, "投资方承诺承担风险", true, false, List.of());
        assertEquals(List.of(CONVERT_SIMULATED, HALT), m.allowedSteps());
    }

    @Test
    void aDecidedDroppedOrHaltedMatterOffersNothing() {
        Matter approved = accepted(true);
        approved.approve(ON, TODAY, "建字第1号", List.of());
        Matter returned = accepted(true);
        returned.returnToApplicant(ON, TODAY, "材料不符");
        Matter dropped = matter(true);
        dropped.drop("不再需要");
        Matter halted = accepted(true);
        halted.halt(ON, "项目撤回");

        assertEquals(List.of(), approved.allowedSteps());
        assertEquals(List.of(), returned.allowedSteps());
        assertEquals(List.of(), dropped.allowedSteps());
        assertEquals(List.of(), halted.allowedSteps());
    }

    @Test
    void aStepNotOfferedIsRefusedAndChangesNothing() {
        Matter planned = matter(true);
        List<MatterStep> notOffered = Arrays.stream(MatterStep.values()).filter(s -> !planned.allowedSteps().contains(s)).toList();

        assertEquals(List.of(START_REVIEW, REQUEST_SUPPLEMENT, SUPPLEMENT_COMPLETE, SUSPEND, RESUME, APPROVE, RETURN,
                ISSUE_SIMULATED, CONVERT_SIMULATED, HALT), notOffered);
        assertEquals("PLAN-03 is PLANNED: the step START_REVIEW is not possible now",
                assertThrows(RuleViolation.class, () -> planned.startReview(ON, TODAY)).getMessage());
        assertEquals("PLAN-03 is PLANNED: the step HALT is not possible now",
                assertThrows(RuleViolation.class, () -> planned.breakPledge(ON, TODAY, "违约")).getMessage());
        assertEquals(MatterStatus.PLANNED, planned.getStatus());
    }
}
