package org.projectdesk.portal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.shared.control.RuleViolation;

/** The rules of ratings, complaints and upload names. */
class PortalRulesTest {

    private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void aRatingNeedsTheApprovalsComplete() {
        for (ProjectStatus status : new ProjectStatus[] {ProjectStatus.ACCEPTED, ProjectStatus.IN_APPROVAL,
                ProjectStatus.PAUSED, ProjectStatus.WITHDRAWN}) {
            RuleViolation e = assertThrows(RuleViolation.class, () -> new ServiceRating(1L, status, 5, null, "investor1", AT));
            assertEquals("rating.notCompleted", e.key());
        }
        for (ProjectStatus status : new ProjectStatus[] {ProjectStatus.APPROVALS_COMPLETED, ProjectStatus.PREPARING_TO_START,
                ProjectStatus.CONSTRUCTION_STARTED, ProjectStatus.COMPLETED}) {
            assertEquals(4, new ServiceRating(1L, status, 4, "好", "investor1", AT).getStars());
        }
    }

    @Test
    void starsAreOneToFiveAndTheCommentIsKeptStripped() {
        assertEquals("stars", assertThrows(RuleViolation.class,
                () -> new ServiceRating(1L, ProjectStatus.APPROVALS_COMPLETED, 0, null, "i", AT)).field());
        assertEquals("stars", assertThrows(RuleViolation.class,
                () -> new ServiceRating(1L, ProjectStatus.APPROVALS_COMPLETED, 6, null, "i", AT)).field());
        ServiceRating rating = new ServiceRating(1L, ProjectStatus.APPROVALS_COMPLETED, 1, "  慢  ", "i", AT);
        assertEquals("慢", rating.getComment());
        assertEquals("comment", assertThrows(RuleViolation.class,
                () -> new ServiceRating(1L, ProjectStatus.APPROVALS_COMPLETED, 3, "字".repeat(2001), "i", AT)).field());
        assertNull(new ServiceRating(1L, ProjectStatus.APPROVALS_COMPLETED, 3, "  ", "i", AT).getComment());
    }

    @Test
    void aRevisionReplacesStarsAndCommentAndKeepsTheFirstTime() {
        ServiceRating rating = new ServiceRating(1L, ProjectStatus.APPROVALS_COMPLETED, 2, "一般", "investor1", AT);
        Instant later = AT.plusSeconds(3600);
        rating.revise(ProjectStatus.CONSTRUCTION_STARTED, 5, "很好", "investor1", later);
        assertEquals(5, rating.getStars());
        assertEquals("很好", rating.getComment());
        assertEquals(AT, rating.getRatedAt());
        assertEquals(later, rating.getRevisedAt());
        assertThrows(RuleViolation.class, () -> rating.revise(ProjectStatus.COMPLETED, 9, null, "investor1", later));
        assertEquals(5, rating.getStars(), "a refused revision changes nothing");
    }

    @Test
    void aComplaintIsOpenUntilAnsweredOnce() {
        Complaint complaint = new Complaint(1L, "  规划窗口超期未答复  ", "investor1", AT);
        assertEquals(ComplaintStatus.OPEN, complaint.getStatus());
        assertEquals("规划窗口超期未答复", complaint.getText());
        assertEquals("answer", assertThrows(RuleViolation.class, () -> complaint.answer(" ", "director", AT)).field());
        assertEquals(ComplaintStatus.OPEN, complaint.getStatus());
        complaint.answer("已督促规划窗口三日内答复", "director", AT.plusSeconds(60));
        assertEquals(ComplaintStatus.ANSWERED, complaint.getStatus());
        assertEquals("director", complaint.getAnsweredBy());
        assertEquals(AT.plusSeconds(60), complaint.getAnsweredAt());
        RuleViolation again = assertThrows(RuleViolation.class, () -> complaint.answer("再答", "director", AT));
        assertEquals("complaint.answered.already", again.key());
        assertEquals("已督促规划窗口三日内答复", complaint.getAnswer());
    }

    @Test
    void aComplaintNeedsText() {
        assertEquals("text", assertThrows(RuleViolation.class, () -> new Complaint(1L, null, "i", AT)).field());
        assertEquals("text", assertThrows(RuleViolation.class, () -> new Complaint(1L, "x".repeat(2001), "i", AT)).field());
    }
}
