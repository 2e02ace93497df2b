package org.projectdesk.project.entity;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.RuleViolation;

class ProjectTest {

    private static final LocalDate TODAY = parse("2026-11-26");

    private static Project project() {
        Enterprise enterprise = new Enterprise("91320684MA1N7Q2K5Q", "江海港务有限公司", null, null);
        return new Project("XF-2026-0099", "2026-320684-55-02-000199", "码头二期", enterprise, new BigDecimal("1000"), null,
                ProjectType.INFRASTRUCTURE, "HMGXQ", LandStatus.HELD, null, null, parse("2026-03-02"), 1, "officer1",
                Instant.parse("2026-03-02T01:00:00Z"));
    }

    private static Project approvalsCompleted() {
        Project project = project();
        project.followMatters(true, true);
        return project;
    }

    @Test
    void aProjectStoredUnnumberedIsNumberedOnceAndOnlyThen() {
        String standIn = Project.unnumbered();
        String other = Project.unnumbered();
        assertEquals(16, standIn.length(), "fits the column (16) and can never be a real number: " + standIn);
        assertTrue(standIn.startsWith("~") && !standIn.equals(other), standIn + " " + other);

        Project numbered = project();
        assertThrows(IllegalStateException.class, () -> numbered.number("XF-2026-0100"));
        assertEquals("XF-2026-0099", numbered.getFileNo());

        Project unnumbered = new Project(standIn, "2026-320684-55-02-000200", "码头三期",
                new Enterprise("91320684MA1N7Q2K5Q", "江海港务有限公司", null, null), new BigDecimal("1000"), null,
                ProjectType.INFRASTRUCTURE, "HMGXQ", LandStatus.HELD, null, null, parse("2026-03-02"), 1, "officer1",
                Instant.parse("2026-03-02T01:00:00Z"));
        unnumbered.number("XF-2026-0100");
        assertEquals("XF-2026-0100", unnumbered.getFileNo());
        assertThrows(IllegalStateException.class, () -> unnumbered.number("XF-2026-0101"));
    }

    @Test
    void followsItsMattersFromIntakeToCompletedApprovals() {
        Project project = project();
        assertEquals(ProjectStatus.ACCEPTED, project.getStatus());

        project.followMatters(true, false);
        assertEquals(ProjectStatus.IN_APPROVAL, project.getStatus());

        project.followMatters(true, true);
        assertEquals(ProjectStatus.APPROVALS_COMPLETED, project.getStatus());
    }

    @Test
    void afterTheApprovalsItPreparesStartsAndCompletesConstruction() {
        Project project = approvalsCompleted();

        project.prepareToStart(parse("2026-05-06"), TODAY);
        project.startConstruction(parse("2026-06-01"), TODAY);

        assertEquals(ProjectStatus.CONSTRUCTION_STARTED, project.getStatus());
        assertEquals(parse("2026-06-01"), project.getConstructionStartedOn());
        project.complete(parse("2026-11-20"), TODAY);
        assertEquals(parse("2026-11-20"), project.getCompletedOn());
    }

    @Test
    void constructionCannotStartBeforeTheApprovalsAreComplete() {
        Project project = project();

        RuleViolation refused = assertThrows(RuleViolation.class, () -> project.startConstruction(parse("2026-06-01"), TODAY));

        assertEquals("XF-2026-0099 is ACCEPTED: the step START_CONSTRUCTION is not possible now", refused.getMessage());
        assertNull(project.getConstructionStartedOn());
    }

    @Test
    void aPauseNeedsAReasonCodeAndResumingReturnsWhereItWas() {
        Project project = approvalsCompleted();
        project.prepareToStart(parse("2026-05-06"), TODAY);
        assertEquals("reasonCode", assertThrows(RuleViolation.class,
                () -> project.pause(parse("2026-06-01"), TODAY, null, null)).field());

        project.pause(parse("2026-06-01"), TODAY, StopReason.FUNDING, "资金未到位");
        assertEquals(ProjectStatus.PAUSED, project.getStatus());
        assertEquals(StopReason.FUNDING, project.getStopReason());
        assertEquals("资金未到位", project.getProgress().get(0).getText());

        project.resume(parse("2026-07-01"), TODAY);
        assertEquals(ProjectStatus.PREPARING_TO_START, project.getStatus());
        assertNull(project.getStopReason());
    }

    @Test
    void aWithdrawnProjectStaysWithdrawnAndStepsCannotBeDatedInTheFutureOrBackwards() {
        Project project = approvalsCompleted();
        assertEquals("on", assertThrows(RuleViolation.class, () -> project.prepareToStart(parse("2026-11-27"), TODAY)).field());
        project.prepareToStart(parse("2026-05-06"), TODAY);
        assertEquals("on", assertThrows(RuleViolation.class, () -> project.withdraw(parse("2026-05-05"), TODAY, StopReason.MARKET)).field());

        project.withdraw(parse("2026-05-07"), TODAY, StopReason.MARKET);

        assertEquals(ProjectStatus.WITHDRAWN, project.getStatus());
        assertThrows(RuleViolation.class, () -> project.resume(parse("2026-05-08"), TODAY));
    }

    @Test
    void keepsDatedProgressNotesAndMilestones() {
        Project project = approvalsCompleted();

        project.addProgress(parse("2026-06-15"), TODAY, ProgressNote.Kind.MILESTONE, "桩基工程完成", "officer1");

        ProgressNote note = project.getProgress().get(0);
        assertEquals(ProgressNote.Kind.MILESTONE, note.getKind());
        assertEquals("officer1", note.getAuthor());
        assertEquals("text", assertThrows(RuleViolation.class,
                () -> project.addProgress(parse("2026-06-16"), TODAY, ProgressNote.Kind.NOTE, " ", "officer1")).field());
    }
}
