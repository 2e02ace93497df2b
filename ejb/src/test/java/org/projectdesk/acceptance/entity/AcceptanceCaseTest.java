package org.projectdesk.acceptance.entity;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.shared.control.MaterialNames;
import org.projectdesk.shared.control.RuleViolation;

class AcceptanceCaseTest {

    private static final LocalDate TODAY = parse("2026-11-30");
    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private static final AcceptanceTerms TERMS = new AcceptanceTerms(5, 5, 5, 7, 60);
    private static final DueDates CALENDAR = calendar();

    private static DueDates calendar() {
        try (InputStream in = AcceptanceCaseTest.class.getResourceAsStream("/config/calendar/cn-holidays-2024-2026.csv")) {
            HolidaySchedule schedule = HolidaySchedule.parse(in.readAllBytes());
            WorkingDays days = WorkingDays.of(schedule.years(), schedule.days());
            return days::dueDate;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> ALL_TYPES = List.of("INDUSTRIAL", "PUBLIC_BUILDING", "COMMERCIAL_RESIDENTIAL",
            "INFRASTRUCTURE");

    /** Planning verification: one critical check, one paperwork check. */
    private static final ItemDefinition PLANNING = new ItemDefinition("ACC-PLAN", 1, "规划核实", "Planning verification",
            "PLAN", "PLAN-04", 5, ALL_TYPES, null, List.of(new CheckItem("建设位置、高度与规划许可一致", true),
            new CheckItem("竣工测量成果报告齐全", false)), List.of("规划核实申请表", "竣工测量成果报告"), null);

    /** Fire acceptance, only where the fire design was reviewed; every check critical. */
    private static final ItemDefinition FIRE = new ItemDefinition("ACC-FIRE", 2, "消防验收", "Fire acceptance", "FIRE",
            "FIRE-02", 10, ALL_TYPES, "plan:FIRE-01", List.of(new CheckItem("消防设施功能测试", true)),
            List.of("消防验收申报表", "竣工测量成果报告。"), null);

    /** Archives: only for industrial projects on held land. */
    private static final ItemDefinition ARCHIVES = new ItemDefinition("ACC-ARCHIVE", 3, "城建档案", "Archives", "HUD",
            null, 5, List.of("INDUSTRIAL"), "land:HELD", List.of(new CheckItem("档案案卷完整", false)),
            List.of("建设工程竣工档案"), null);

    /** Applied on Monday 2 November 2026, completed the Friday before. */
    private static AcceptanceCase applied() {
        List<ItemDefinition> items = List.of(PLANNING, FIRE);
        return new AcceptanceCase(7L, "91320684MA1N7Q2K5Q", "HMKFQ", AcceptanceScope.WHOLE, null, parse("2026-11-02"),
                parse("2026-10-30"), "张工 13800000000", items, MaterialList.of(items, MaterialNames::key), TERMS, TODAY,
                "officer1", NOW, CALENDAR);
    }

    /** Pre-reviewed on Thursday 5 November, inspection scheduled as meeting 42, materials received. */
    private static AcceptanceCase inspecting() {
        AcceptanceCase a = applied();
        a.preReviewScheduled(41);
        a.preReviewed(41, parse("2026-11-05"), TERMS, CALENDAR);
        ids(a.getMaterials());
        a.getMaterials().forEach(m -> a.receiveMaterial(m.getId(), parse("2026-11-06"), TODAY, "officer1"));
        a.scheduleInspection(42);
        return a;
    }

    private static void judge(AcceptanceCase a, String item, ItemVerdict verdict, List<AcceptanceCase.FindingText> findings,
            String on) {
        a.judge(item, verdict, findings, parse("2026-11-09"), parse(on), TODAY, "dept-" + item, NOW, TERMS, CALENDAR);
        ids(a.getFindings());
        ids(a.getPledges());
    }

    @Test
    void anItemAppliesByProjectTypePlanAndLand() {
        assertTrue(FIRE.appliesTo("INDUSTRIAL", Set.of("FIRE-01", "PLAN-03"), "HELD"));
        assertFalse(FIRE.appliesTo("INDUSTRIAL", Set.of("PLAN-03"), "HELD"), "no fire design review in the plan");
        assertTrue(ARCHIVES.appliesTo("INDUSTRIAL", Set.of(), "HELD"));
        assertFalse(ARCHIVES.appliesTo("INDUSTRIAL", Set.of(), "IN_TRANSFER"));
        assertFalse(ARCHIVES.appliesTo("PUBLIC_BUILDING", Set.of(), "HELD"));
    }

    @Test
    void theMaterialsAreToldOnceWhateverTheSpelling() {
        AcceptanceCase a = applied();
        assertEquals(List.of("规划核实申请表", "竣工测量成果报告", "消防验收申报表"),
                a.getMaterials().stream().map(CaseMaterial::getMaterial).toList());
        assertEquals(List.of("ACC-PLAN", "ACC-FIRE"), a.getMaterials().get(1).getItemCodes(),
                "the survey report is asked by both items, the second spelling ends with 。");
    }

    @Test
    void thePreReviewIsDueFiveWorkingDaysAfterTheApplicationAndTheCaseSeven() {
        AcceptanceCase a = applied();
        // Counted from Tuesday 3 November: 3, 4, 5, 6, 9 → Monday 9; 10, 11 → Wednesday 11.
        assertEquals(parse("2026-11-09"), a.deadline(DeadlineKind.PRE_REVIEW).orElseThrow().getDueOn());
        assertEquals(parse("2026-11-11"), a.deadline(DeadlineKind.CASE).orElseThrow().getDueOn());
        a.preReviewScheduled(41);
        a.preReviewed(41, parse("2026-11-05"), TERMS, CALENDAR);
        assertEquals(AcceptanceStatus.PRE_REVIEWED, a.getStatus());
        assertEquals(parse("2026-11-05"), a.deadline(DeadlineKind.PRE_REVIEW).orElseThrow().getMetOn());
        // The inspection within 5 working days of the pre-review: 6, 9, 10, 11, 12.
        assertEquals(parse("2026-11-12"), a.deadline(DeadlineKind.INSPECTION).orElseThrow().getDueOn());
    }

    @Test
    void anotherMeetingClosingDoesNotHoldThePreReview() {
        AcceptanceCase a = applied();
        a.preReviewScheduled(41);
        a.preReviewed(40, parse("2026-11-05"), TERMS, CALENDAR);
        assertEquals(AcceptanceStatus.APPLIED, a.getStatus());
    }

    @Test
    void theInspectionWaitsForEveryMaterial() {
        AcceptanceCase a = applied();
        a.preReviewScheduled(41);
        a.preReviewed(41, parse("2026-11-05"), TERMS, CALENDAR);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> a.scheduleInspection(42));
        assertEquals("materials", refused.field());
        assertEquals(AcceptanceStatus.PRE_REVIEWED, a.getStatus());
        assertEquals(0, a.getRound());
    }

    @Test
    void everyIllegalStepIsRefusedAndChangesNothing() {
        AcceptanceCase a = applied();
        assertIllegal(() -> a.scheduleInspection(42), a, AcceptanceStatus.APPLIED);
        assertIllegal(() -> a.judge("ACC-PLAN", ItemVerdict.PASSED, List.of(), parse("2026-11-09"), parse("2026-11-09"),
                TODAY, "dept-plan", NOW, TERMS, CALENDAR), a, AcceptanceStatus.APPLIED);
        assertIllegal(() -> a.issueOpinion("YS-2026-0001", TODAY, TODAY, "officer1"), a, AcceptanceStatus.APPLIED);
        assertIllegal(() -> a.pledge("ACC-PLAN", PledgeParty.BUILDER, "补交", TODAY.plusDays(10), TODAY, "investor1", NOW,
                CALENDAR), a, AcceptanceStatus.APPLIED);
        assertIllegal(() -> a.reportDone(1, "done", TODAY, TODAY, "investor1", TERMS, CALENDAR), a, AcceptanceStatus.APPLIED);
        a.withdraw("建设单位撤回", parse("2026-11-03"), TODAY);
        assertIllegal(() -> a.withdraw("again", TODAY, TODAY), a, AcceptanceStatus.WITHDRAWN);
        assertIllegal(() -> a.preReviewScheduled(43), a, AcceptanceStatus.WITHDRAWN);
        assertTrue(a.getDeadlines().stream().allMatch(Deadline::isClosed), "a withdrawn case's limits are closed");
    }

    private static void assertIllegal(Runnable step, AcceptanceCase a, AcceptanceStatus unchanged) {
        RuleViolation refused = assertThrows(RuleViolation.class, step::run);
        assertEquals("acceptance.step.illegal", refused.key());
        assertEquals(unchanged, a.getStatus());
    }

    @Test
    void aFailedItemIsRectifiedAndReinspectedAloneAndTheBuildersDaysLeaveTheTarget() {
        AcceptanceCase a = inspecting();
        judge(a, "ACC-PLAN", ItemVerdict.PASSED, List.of(), "2026-11-09");
        assertEquals(AcceptanceStatus.INSPECTION_SCHEDULED, a.getStatus(), "one item still to judge");
        judge(a, "ACC-FIRE", ItemVerdict.RECTIFY, List.of(new AcceptanceCase.FindingText("喷淋末端压力不足", 1, 3)),
                "2026-11-09");
        assertEquals(AcceptanceStatus.RECTIFYING, a.getStatus());
        Finding finding = a.getFindings().get(0);
        // Three working days from Tuesday 10 November: 10, 11, 12.
        assertEquals(parse("2026-11-12"), finding.getDueOn());
        assertEquals(parse("2026-11-09"), a.deadline(DeadlineKind.INSPECTION).orElseThrow().getMetOn());
        assertEquals(List.of("FIRE"), a.departmentsToInspect(), "only the failed item's department comes back");
        assertThrows(RuleViolation.class, () -> a.scheduleInspection(43), "the finding is still open");

        a.reportDone(finding.getId(), "已更换稳压泵并复测", parse("2026-11-12"), TODAY, "investor1", TERMS, CALENDAR);
        // Rectifying from Tuesday 10 to Thursday 12 November is left out: 3, 4, 5, 6, 9, 13, 16 → Monday 16.
        assertEquals(parse("2026-11-16"), a.deadline(DeadlineKind.CASE).orElseThrow().getDueOn());
        assertEquals(parse("2026-11-19"), a.deadline(DeadlineKind.REINSPECTION).orElseThrow().getDueOn());

        a.scheduleInspection(43);
        assertEquals(2, a.getRound());
        assertEquals(ItemVerdict.PASSED, a.item("ACC-PLAN").getVerdict(), "the passed item is not inspected again");
        assertEquals(ItemVerdict.PENDING, a.item("ACC-FIRE").getVerdict());
        RuleViolation notAgain = assertThrows(RuleViolation.class, () -> judge(a, "ACC-PLAN", ItemVerdict.PASSED, List.of(),
                "2026-11-13"));
        assertEquals("acceptance.verdict.notInRound", notAgain.key());
        judge(a, "ACC-FIRE", ItemVerdict.PASSED, List.of(), "2026-11-13");
        assertEquals(FindingStatus.CLOSED, finding.getStatus());
        assertTrue(a.isReadyForOpinion());
        a.issueOpinion("YS-2026-0001", parse("2026-11-13"), TODAY, "officer1");
        assertEquals(AcceptanceStatus.PASSED, a.getStatus());
        assertEquals(parse("2026-11-13"), a.deadline(DeadlineKind.CASE).orElseThrow().getMetOn());
    }

    @Test
    void aSignedVerdictStandsAndARectificationNeedsItsDays() {
        AcceptanceCase a = inspecting();
        RuleViolation noDays = assertThrows(RuleViolation.class, () -> judge(a, "ACC-FIRE", ItemVerdict.RECTIFY,
                List.of(new AcceptanceCase.FindingText("疏散指示缺失", null, null)), "2026-11-09"));
        assertEquals("findings[0].withinDays", noDays.field());
        assertEquals(ItemVerdict.PENDING, a.item("ACC-FIRE").getVerdict());
        assertTrue(a.getFindings().isEmpty());
        RuleViolation early = assertThrows(RuleViolation.class, () -> a.judge("ACC-PLAN", ItemVerdict.PASSED, List.of(),
                parse("2026-11-09"), parse("2026-11-06"), TODAY, "dept-plan", NOW, TERMS, CALENDAR));
        assertEquals("on", early.field(), "not before the inspection");
        judge(a, "ACC-PLAN", ItemVerdict.PASSED, List.of(), "2026-11-09");
        RuleViolation signed = assertThrows(RuleViolation.class, () -> judge(a, "ACC-PLAN", ItemVerdict.RECTIFY,
                List.of(new AcceptanceCase.FindingText("x", null, 3)), "2026-11-09"));
        assertEquals("acceptance.verdict.signed", signed.key());
        assertEquals("dept-ACC-PLAN", a.item("ACC-PLAN").getSignedBy());
    }

    @Test
    void aQualityOrSafetyCheckNeverPassesOnAPledge() {
        AcceptanceCase a = inspecting();
        RuleViolation allCritical = assertThrows(RuleViolation.class, () -> a.pledge("ACC-FIRE", PledgeParty.BUILDER, "补交",
                parse("2026-12-31"), TODAY, "investor1", NOW, CALENDAR));
        assertEquals("acceptance.pledge.critical", allCritical.key());
        a.pledge("ACC-PLAN", PledgeParty.BUILDER, "三十日内补交竣工测量成果报告", parse("2026-12-30"), TODAY, "investor1", NOW,
                CALENDAR);
        RuleViolation onlyOne = assertThrows(RuleViolation.class, () -> judge(a, "ACC-PLAN", ItemVerdict.PASSED_ON_PLEDGE,
                List.of(new AcceptanceCase.FindingText("竣工测量成果报告未盖章", 2, null)), "2026-11-09"));
        assertEquals("acceptance.pledge.missing", onlyOne.key(), "the town's pledge is missing");
        a.pledge("ACC-PLAN", PledgeParty.TOWN, "区镇督促建设单位补交", parse("2026-12-30"), TODAY, "town-hmkfq", NOW, CALENDAR);
        RuleViolation critical = assertThrows(RuleViolation.class, () -> judge(a, "ACC-PLAN", ItemVerdict.PASSED_ON_PLEDGE,
                List.of(new AcceptanceCase.FindingText("高度超出许可", 1, null)), "2026-11-09"));
        assertEquals("acceptance.pledge.criticalCheck", critical.key());
        assertEquals(ItemVerdict.PENDING, a.item("ACC-PLAN").getVerdict());
        judge(a, "ACC-PLAN", ItemVerdict.PASSED_ON_PLEDGE, List.of(new AcceptanceCase.FindingText("竣工测量成果报告未盖章", 2,
                null)), "2026-11-09");
        assertEquals(ItemVerdict.PASSED_ON_PLEDGE, a.item("ACC-PLAN").getVerdict());
        assertEquals(2, a.getDeadlines().stream().filter(d -> d.getKind() == DeadlineKind.PLEDGE && d.isOpen()).count());
        Pledge builders = a.getPledges().get(0);
        a.fulfil(builders.getId(), TODAY, TODAY, "officer1");
        assertEquals(1, a.getDeadlines().stream().filter(d -> d.getKind() == DeadlineKind.PLEDGE && d.isOpen()).count());
        Finding shortfall = a.getFindings().get(0);
        assertEquals(FindingStatus.OPEN, shortfall.getStatus(), "the town's pledge is still open");
        a.fulfil(a.getPledges().get(1).getId(), TODAY, TODAY, "officer1");
        assertEquals(FindingStatus.CLOSED, shortfall.getStatus(), "both pledges kept: the shortfall is put right");
    }

    @Test
    void theOpinionWaitsForEveryItem() {
        AcceptanceCase a = inspecting();
        judge(a, "ACC-PLAN", ItemVerdict.PASSED, List.of(), "2026-11-09");
        RuleViolation pending = assertThrows(RuleViolation.class, () -> a.issueOpinion("YS-2026-0001", TODAY, TODAY, "o"));
        assertEquals("acceptance.opinion.pending", pending.key());
        assertEquals(null, a.getOpinionNo());
    }

    /** Stands in for the database's sequence: gives the rows ids as persisting would. */
    private static void ids(List<?> rows) {
        long next = 100;
        for (Object row : rows) {
            try {
                Field id = row.getClass().getDeclaredField("id");
                id.setAccessible(true);
                if (id.get(row) == null) {
                    id.set(row, next);
                }
                next++;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
