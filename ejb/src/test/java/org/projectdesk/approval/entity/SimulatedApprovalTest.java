package org.projectdesk.approval.entity;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.approval.control.Prerequisites;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.catalogue.entity.Stage;
import org.projectdesk.shared.control.RuleViolation;

/** Green-channel limits, simulated approval, its conversion and the halting of what stands on it. */
class SimulatedApprovalTest {

    private static final LocalDate TODAY = parse("2026-11-26");
    private static final DueDates CALENDAR = calendar();

    private static DueDates calendar() {
        try (InputStream in = SimulatedApprovalTest.class.getResourceAsStream("/config/calendar/cn-holidays-2024-2026.csv")) {
            HolidaySchedule schedule = HolidaySchedule.parse(in.readAllBytes());
            WorkingDays days = WorkingDays.of(schedule.years(), schedule.days());
            return days::dueDate;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Matter matter(String code, String department, int promised, int green, boolean simulatable,
            String... prerequisites) {
        return new Matter(1L, new CategoryTerms(code, code, code, department, Stage.II, 20, promised, green, false,
                CaseType.PROMISED, List.of(prerequisites), simulatable, List.of(), null, null, null, null));
    }

    /** Land title (not simulatable) → works planning permit (simulatable) → fire design review (simulatable). */
    private final Matter landTitle = matter("LAND-02", "LAND", 7, 5, false);
    private final Matter worksPermit = matter("PLAN-03", "PLAN", 3, 2, true, "LAND-02");
    private final Matter fireReview = matter("FIRE-01", "FIRE", 5, 3, true, "PLAN-03");
    private final List<Matter> plan = List.of(landTitle, worksPermit, fireReview);

    private void accept(Matter m, String on) {
        m.accept(parse(on), TODAY, null, true, null, List.of(), CALENDAR);
    }

    private void simulate(Matter m, String on, String document) {
        m.issueSimulated(parse(on), TODAY, document, "以取得土地证为准", "投资方承诺承担风险", true, false,
                Prerequisites.of(plan).blockingSimulation(m));
    }

    @Test
    void onTheGreenChannelARunningMatterIsRecountedOnItsGreenChannelLimit() {
        accept(fireReview, "2026-11-02");                       // promised 5: due Mon 9 Nov
        assertEquals(parse("2026-11-09"), fireReview.getDueOn());

        fireReview.useGreenChannel(CALENDAR);

        assertTrue(fireReview.isGreenChannel());
        assertEquals(3, fireReview.limitDays());
        assertEquals(parse("2026-11-05"), fireReview.getDueOn(), "3 working days after Mon 2 Nov");
    }

    @Test
    void aSimulatedApprovalStandsInForTheLandAndLaterMattersMayGoOnIt() {
        accept(worksPermit, "2026-11-02");
        simulate(worksPermit, "2026-11-03", "模拟建字第001号");

        assertEquals(MatterStatus.SIMULATED, worksPermit.getStatus());
        assertEquals("模拟建字第001号", worksPermit.getSimulatedDocumentNo());
        assertNull(worksPermit.getDocumentNo(), "no formal number yet");
        accept(fireReview, "2026-11-04");
        simulate(fireReview, "2026-11-05", "模拟消审第007号");
        assertEquals(MatterStatus.SIMULATED, fireReview.getStatus());
        assertEquals(List.of("PLAN-03"), Prerequisites.of(plan).notApproved(fireReview),
                "a formal approval still waits for the formal permit beneath it");
    }

    @Test
    void refusedWithoutThePledgeOrTheGreenChannelOrOnceTheLandIsHeld() {
        accept(worksPermit, "2026-11-02");

        assertEquals("pledge", assertThrows(RuleViolation.class, () -> worksPermit.issueSimulated(parse("2026-11-03"), TODAY,
                "No. 1", null, " ", true, false, List.of())).field());
        assertEquals("PLAN-03: simulated approval serves green-channel projects only; the green channel is not granted",
                assertThrows(RuleViolation.class, () -> worksPermit.issueSimulated(parse("2026-11-03"), TODAY, "No. 1",
                        null, "承诺", false, false, List.of())).getMessage());
        assertEquals("PLAN-03: the land is held, so approve it formally", assertThrows(RuleViolation.class,
                () -> worksPermit.issueSimulated(parse("2026-11-03"), TODAY, "No. 1", null, "承诺", true, true,
                        List.of())).getMessage());
        accept(landTitle, "2026-11-02");
        assertEquals("LAND-02 is not a category that can be approved by simulation", assertThrows(RuleViolation.class,
                () -> landTitle.issueSimulated(parse("2026-11-03"), TODAY, "No. 1", null, "承诺", true, false,
                        List.of())).getMessage());
        assertEquals(MatterStatus.ACCEPTED, worksPermit.getStatus());
    }

    @Test
    void aMatterWaitsForPrerequisitesThatAreNeitherApprovedNorTheLand() {
        accept(fireReview, "2026-11-02");

        RuleViolation refused = assertThrows(RuleViolation.class, () -> simulate(fireReview, "2026-11-03", "No. 1"));

        assertEquals("FIRE-01 cannot be approved before its prerequisites PLAN-03 are approved", refused.getMessage());
    }

    @Test
    void convertsToTheFormalApprovalOnceTheLandIsHeldKeepingBothDates() {
        accept(worksPermit, "2026-11-02");
        simulate(worksPermit, "2026-11-03", "模拟建字第001号");

        assertEquals("PLAN-03: the land is not yet held; record it before converting the simulated approval",
                assertThrows(RuleViolation.class, () -> worksPermit.convertSimulated(parse("2026-11-20"), TODAY,
                        "建字第320684202600777号", false, List.of())).getMessage());
        worksPermit.convertSimulated(parse("2026-11-20"), TODAY, "建字第320684202600777号", true, List.of());

        assertEquals(MatterStatus.APPROVED, worksPermit.getStatus());
        assertEquals(parse("2026-11-03"), worksPermit.getSimulatedOn());
        assertEquals(parse("2026-11-20"), worksPermit.getDecidedOn());
        assertEquals("模拟建字第001号", worksPermit.getSimulatedDocumentNo());
        assertEquals("建字第320684202600777号", worksPermit.getDocumentNo());
    }

    @Test
    void aBrokenPledgeHaltsTheMatterAndEveryMatterStandingOnIt() {
        accept(worksPermit, "2026-11-02");
        simulate(worksPermit, "2026-11-03", "模拟建字第001号");
        accept(fireReview, "2026-11-04");

        worksPermit.breakPledge(parse("2026-11-10"), TODAY, "投资方未按承诺签订土地出让合同");
        List<Matter> dependents = Prerequisites.of(plan).dependents(worksPermit);
        dependents.forEach(m -> m.halt(parse("2026-11-10"), "PLAN-03: 投资方未按承诺签订土地出让合同"));

        assertEquals(List.of(fireReview), dependents);
        assertEquals(MatterStatus.HALTED, worksPermit.getStatus());
        assertEquals(MatterStatus.HALTED, fireReview.getStatus());
        assertNull(fireReview.getDueOn(), "a halted matter has no clock");
        assertEquals("PLAN-03: 投资方未按承诺签订土地出让合同", fireReview.getHaltedReason());
        assertEquals(MatterStatus.PLANNED, landTitle.getStatus(), "the land matter does not stand on it");
        assertFalse(worksPermit.halt(parse("2026-11-11"), "again"), "halting twice changes nothing");
    }

    @Test
    void theGreenChannelPlanRunsSimulatableMattersBesideTheLandNotAfterIt() {
        plan.forEach(m -> m.useGreenChannel(CALENDAR));

        // Without the land in the way: PLAN-03 (2) then FIRE-01 (3) beside LAND-02 (5).
        assertEquals(5, Prerequisites.of(plan).schedule().elapsedDays());
        assertEquals(15, Prerequisites.of(List.of(matter("LAND-02", "LAND", 7, 5, false),
                matter("PLAN-03", "PLAN", 3, 2, true, "LAND-02"), matter("FIRE-01", "FIRE", 5, 3, true, "PLAN-03")))
                .schedule().elapsedDays(), "promised limits one after another: 7 + 3 + 5");
    }
}
