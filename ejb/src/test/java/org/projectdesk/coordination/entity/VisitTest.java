package org.projectdesk.coordination.entity;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.RuleViolation;

/** A visit's record is checked as a whole, on recording and on every correction. */
class VisitTest {

    private static final LocalDate TODAY = parse("2026-11-26");

    private static Visit.Content content() {
        return new Visit.Content(parse("2026-11-24"), Set.of("91320684MA1N7Q2K5Q"), Set.of(11L, 12L),
                List.of(" 李明 ", "王海燕", "李明", " "), Set.of("LAND", "HUD"), " 企业反映施工许可材料不清楚 ",
                List.of(new Visit.ActionLine("一次性告知施工许可材料", "住建局窗口", parse("2026-11-27"))));
    }

    private static RuleViolation refused(UnaryOperator<Visit.Content> change) {
        return assertThrows(RuleViolation.class, () -> new Visit(change.apply(content()), TODAY, "officer1", Instant.EPOCH));
    }

    private static Visit.Content with(Visit.Content c, List<Visit.ActionLine> actions) {
        return new Visit.Content(c.on(), c.enterprises(), c.projectIds(), c.staff(), c.departments(), c.issues(), actions);
    }

    @Test
    void aVisitKeepsItsStaffOnceEachInOrderAndItsActions() {
        Visit visit = new Visit(content(), TODAY, "officer1", Instant.EPOCH);

        assertEquals(List.of("李明", "王海燕"), visit.getStaff());
        assertEquals("企业反映施工许可材料不清楚", visit.getIssues());
        assertEquals(1, visit.getActions().size());
        assertEquals("住建局窗口", visit.getActions().get(0).getOwner());
        assertTrue(visit.covers(12L));
        assertTrue(visit.attendedBy("LAND"));
    }

    @Test
    void aVisitThatBreaksARuleIsRefusedNamingTheField() {
        assertEquals("on", refused(c -> new Visit.Content(null, c.enterprises(), c.projectIds(), c.staff(), c.departments(),
                c.issues(), c.actions())).field());
        assertEquals("matter.on.future", refused(c -> new Visit.Content(TODAY.plusDays(1), c.enterprises(), c.projectIds(),
                c.staff(), c.departments(), c.issues(), c.actions())).key());
        assertEquals("projects", refused(c -> new Visit.Content(c.on(), c.enterprises(), Set.of(), c.staff(),
                c.departments(), c.issues(), c.actions())).field());
        assertEquals("enterprises", refused(c -> new Visit.Content(c.on(), Set.of(), c.projectIds(), c.staff(),
                c.departments(), c.issues(), c.actions())).field());
        assertEquals("staff", refused(c -> new Visit.Content(c.on(), c.enterprises(), c.projectIds(), List.of(" "),
                c.departments(), c.issues(), c.actions())).field());
        assertEquals("issues", refused(c -> new Visit.Content(c.on(), c.enterprises(), c.projectIds(), c.staff(),
                c.departments(), "", c.actions())).field());
    }

    @Test
    void eachFollowUpActionNeedsWhatWhoAndADueDateNotBeforeTheVisit() {
        List<Visit.ActionLine> second = new ArrayList<>(content().actions());
        second.add(new Visit.ActionLine("协调供电", " ", parse("2026-11-30")));
        assertEquals("actions[1].owner", refused(c -> with(c, second)).field());
        assertEquals("actions[0].action", refused(c -> with(c,
                List.of(new Visit.ActionLine(null, "李明", parse("2026-11-30"))))).field());
        assertEquals("actions[0].dueOn", refused(c -> with(c, List.of(new Visit.ActionLine("协调", "李明", null)))).field());
        RuleViolation early = refused(c -> with(c, List.of(new Visit.ActionLine("协调", "李明", parse("2026-11-23")))));
        assertEquals("actions[0].dueOn", early.field());
        assertEquals("visit.action.beforeVisit", early.key());
    }

    @Test
    void aCorrectionIsCheckedLikeARecordAndLeavesTheVisitAsItWasWhenRefused() {
        Visit visit = new Visit(content(), TODAY, "officer1", Instant.EPOCH);
        Visit.Content c = content();

        assertThrows(RuleViolation.class, () -> visit.change(new Visit.Content(c.on(), c.enterprises(), c.projectIds(),
                List.of(), c.departments(), "新问题", c.actions()), TODAY, "officer2", Instant.EPOCH));
        assertEquals("企业反映施工许可材料不清楚", visit.getIssues());

        visit.change(new Visit.Content(parse("2026-11-25"), c.enterprises(), Set.of(11L), c.staff(), Set.of("LAND"), "改正",
                List.of()), TODAY, "officer2", Instant.EPOCH);
        assertEquals(parse("2026-11-25"), visit.getVisitedOn());
        assertEquals(Set.of(11L), visit.getProjectIds());
        assertEquals(List.of(), visit.getActions());
        assertEquals("officer2", visit.getChangedBy());
    }
}
