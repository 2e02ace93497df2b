package org.projectdesk.approval.entity;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.approval.control.ClockAfterSupplement;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.catalogue.entity.Stage;
import org.projectdesk.shared.control.RuleViolation;

class MatterTest {

    private static final LocalDate TODAY = parse("2026-11-26");
    private static final DueDates CALENDAR = calendar();

    private static DueDates calendar() {
        try (InputStream in = MatterTest.class.getResourceAsStream("/config/calendar/cn-holidays-2024-2026.csv")) {
            HolidaySchedule schedule = HolidaySchedule.parse(in.readAllBytes());
            WorkingDays days = WorkingDays.of(schedule.years(), schedule.days());
            return days::dueDate;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Works planning permit: statutory 20, promised 3 working days, after the land-use planning permit. */
    private static Matter worksPermit() {
        return new Matter(1L, new CategoryTerms("PLAN-03", "建设工程规划许可证", "Works planning permit", "PLAN", Stage.II,
                20, 3, 2, false, CaseType.PROMISED, List.of("PLAN-01"), true, List.of("申请表"), null, null, null, null));
    }

    private static Matter accepted(LocalDate on) {
        Matter matter = worksPermit();
        matter.accept(on, TODAY, null, true, null, List.of(), CALENDAR);
        return matter;
    }

    @Test
    void acceptanceStartsThePromisedAndStatutoryLimitsOnTheNextWorkingDay() {
        Matter matter = accepted(parse("2026-09-29"));

        assertEquals(MatterStatus.ACCEPTED, matter.getStatus());
        // Wed 30 Sep is day 1; 1–7 Oct are off; Thu 8 and Fri 9 Oct are days 2 and 3.
        assertEquals(parse("2026-10-09"), matter.getDueOn());
        // 20 statutory days: 30 Sep, 8–10 Oct (Saturday the 10th is worked), 12–30 Oct, 2 Nov.
        assertEquals(parse("2026-11-02"), matter.getStatutoryDueOn());
        assertTrue(matter.isFiledByAgent());
        assertEquals(CaseType.PROMISED, matter.getCaseType());
    }

    @Test
    void movesThroughReviewToApprovalWithItsDocumentNumber() {
        Matter matter = accepted(parse("2026-11-02"));
        matter.startReview(parse("2026-11-03"), TODAY);

        matter.approve(parse("2026-11-05"), TODAY, "建字第320684202600123号", List.of());

        assertEquals(MatterStatus.APPROVED, matter.getStatus());
        assertEquals(parse("2026-11-05"), matter.getDecidedOn());
        assertEquals("建字第320684202600123号", matter.getDocumentNo());
    }

    @Test
    void cannotBeApprovedBeforeItsPrerequisitesAndNothingChanges() {
        Matter matter = accepted(parse("2026-11-02"));

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> matter.approve(parse("2026-11-05"), TODAY, "No. 1", List.of("PLAN-01")));

        assertEquals("PLAN-03 cannot be approved before its prerequisites PLAN-01 are approved", refused.getMessage());
        assertEquals(MatterStatus.ACCEPTED, matter.getStatus());
        assertNull(matter.getDocumentNo());
    }

    @Test
    void refusesStepsOutOfOrderAndDatesInTheFutureOrBeforeTheLastStep() {
        Matter matter = worksPermit();
        assertEquals("PLAN-03 is PLANNED: the step APPROVE is not possible now", assertThrows(RuleViolation.class,
                () -> matter.approve(parse("2026-11-05"), TODAY, "No. 1", List.of())).getMessage());
        assertEquals("on", assertThrows(RuleViolation.class,
                () -> matter.accept(parse("2026-11-27"), TODAY, null, false, null, List.of(), CALENDAR)).field());

        matter.accept(parse("2026-11-10"), TODAY, null, false, null, List.of(), CALENDAR);
        RuleViolation early = assertThrows(RuleViolation.class, () -> matter.startReview(parse("2026-11-09"), TODAY));
        assertEquals("2026-11-09 is before the matter's last step on 2026-11-10", early.getMessage());
        assertEquals("PLAN-03 is ACCEPTED: the step ACCEPT is not possible now", assertThrows(RuleViolation.class,
                () -> matter.accept(parse("2026-11-11"), TODAY, null, false, null, List.of(), CALENDAR)).getMessage());
    }

    @Test
    void aRefusedStepIsToldInChineseWithChineseWords() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> worksPermit().approve(parse("2026-11-05"), TODAY, "No. 1", List.of()));

        assertEquals("PLAN-03当前状态为计划中，不能执行批准", refused.message(java.util.Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aSupplementStopsTheClockAndItResumesWhereItStopped() {
        Matter matter = accepted(parse("2026-11-02"));          // due Thu 5 Nov
        matter.requestSupplement(parse("2026-11-03"), TODAY, List.of("建设工程设计方案总平面图", "  ", "消防设计说明"));

        assertEquals(MatterStatus.SUSPENDED, matter.getStatus());
        assertEquals(CaseType.SUPPLEMENT, matter.getCaseType());
        assertNull(matter.getDueOn(), "no due date while the clock stands still");
        assertEquals("建设工程设计方案总平面图；消防设计说明", matter.getSuspensions().get(0).getReason());

        matter.completeSupplement(parse("2026-11-10"), TODAY, ClockAfterSupplement.RESUME, CALENDAR);

        // Day 1 (3 Nov) was used; 4–10 Nov do not count; days 2 and 3 are 11 and 12 Nov.
        assertEquals(parse("2026-11-12"), matter.getDueOn());
        assertEquals(MatterStatus.ACCEPTED, matter.getStatus());
        assertEquals(CaseType.PROMISED, matter.getCaseType());
    }

    @Test
    void whereTheOfficeChoosesItTheClockRestartsAfterASupplement() {
        Matter matter = accepted(parse("2026-11-02"));
        matter.requestSupplement(parse("2026-11-03"), TODAY, List.of("用地红线图"));

        matter.completeSupplement(parse("2026-11-10"), TODAY, ClockAfterSupplement.RESTART, CALENDAR);

        assertEquals(parse("2026-11-10"), matter.getClockStartedOn());
        assertEquals(parse("2026-11-13"), matter.getDueOn(), "the full 3 days again from 11 Nov");
    }

    @Test
    void specialProcedureDaysAreLeftOutAndRecordedAsGbT39046Asks() {
        Matter matter = accepted(parse("2026-11-02"));
        matter.startReview(parse("2026-11-02"), TODAY);
        matter.suspend(parse("2026-11-03"), TODAY, 2, "专家评审");

        assertEquals("SUSPEND", assertThrows(RuleViolation.class,
                () -> matter.suspend(parse("2026-11-04"), TODAY, 2, "听证")).getMessage().replaceAll(".*step (\\w+).*", "$1"));
        matter.resume(parse("2026-11-16"), TODAY, "专家评审通过", CALENDAR);

        Suspension record = matter.getSuspensions().get(0);
        assertEquals(SuspensionKind.SPECIAL_PROCEDURE, record.getKind());
        assertEquals(2, record.getProcedureType());
        assertEquals(parse("2026-11-03"), record.getStartedOn());
        assertEquals("专家评审", record.getReason());
        assertEquals(parse("2026-11-16"), record.getEndedOn());
        assertEquals("专家评审通过", record.getResult());
        assertEquals(MatterStatus.IN_REVIEW, matter.getStatus());
        // Day 1 is 3 Nov; 4–16 Nov are left out; days 2 and 3 are 17 and 18 Nov.
        assertEquals(parse("2026-11-18"), matter.getDueOn());
    }

    @Test
    void aSupplementCannotBeEndedByResumingASpecialProcedure() {
        Matter matter = accepted(parse("2026-11-02"));
        matter.requestSupplement(parse("2026-11-03"), TODAY, List.of("用地红线图"));

        assertEquals("matter.suspension.otherKind", assertThrows(RuleViolation.class,
                () -> matter.resume(parse("2026-11-05"), TODAY, "x", CALENDAR)).key());
    }

    @Test
    void aReturnNeedsWrittenReasons() {
        Matter matter = accepted(parse("2026-11-02"));
        assertEquals("reason", assertThrows(RuleViolation.class,
                () -> matter.returnToApplicant(parse("2026-11-04"), TODAY, " ")).field());

        matter.returnToApplicant(parse("2026-11-04"), TODAY, "用地性质与规划不符");

        assertEquals(MatterStatus.RETURNED, matter.getStatus());
        assertEquals(CaseType.RETURNED, matter.getCaseType());
    }

    @Test
    void aForwardedMatterCarriesTheHigherAuthoritysDueDate() {
        Matter matter = worksPermit();
        assertEquals("externalDueOn", assertThrows(RuleViolation.class,
                () -> matter.accept(parse("2026-11-02"), TODAY, CaseType.FORWARDED, false, null, List.of(), CALENDAR)).field());

        matter.accept(parse("2026-11-02"), TODAY, CaseType.FORWARDED, false, parse("2026-12-18"), List.of(), CALENDAR);

        assertEquals(parse("2026-12-18"), matter.getExternalDueOn());
        assertEquals(CaseType.FORWARDED, matter.getCaseType());
    }

    @Test
    void onlyAMatterNotYetFiledCanBeDroppedFromThePlan() {
        Matter planned = worksPermit();
        planned.prepareMaterials(parse("2026-11-02"), TODAY);
        planned.drop("项目不涉及规划许可");
        assertEquals(MatterStatus.DROPPED, planned.getStatus());

        Matter filed = accepted(parse("2026-11-02"));
        assertThrows(RuleViolation.class, () -> filed.drop("too late"));
    }
}
