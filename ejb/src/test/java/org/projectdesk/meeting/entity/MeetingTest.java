package org.projectdesk.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.RuleViolation;

class MeetingTest {

    private static final LocalDateTime STARTS = LocalDateTime.parse("2026-12-03T09:30");
    private static final LocalDateTime DURING = STARTS.plusMinutes(30);
    private static final Instant AT = Instant.parse("2026-12-03T02:00:00Z");

    private static Meeting meeting() {
        return new Meeting(STARTS, null, "三楼会议室", List.of(1L, 2L), List.of("DRC", "LAND"), "officer1", AT);
    }

    private static String fileNo(Long id) {
        return "XF-2026-000" + id;
    }

    @Test
    void aMeetingWithoutAnEndLastsTwoHoursAndNamesEachProjectAndDepartmentOnce() {
        Meeting m = new Meeting(STARTS, null, " 三楼会议室 ", List.of(1L, 1L, 2L), List.of("DRC", "DRC"), "officer1", AT);

        assertEquals(LocalDateTime.parse("2026-12-03T11:30"), m.getEndsAt());
        assertEquals("三楼会议室", m.getPlace());
        assertEquals(List.of(1L, 2L), m.getProjectIds());
        assertEquals(1, m.getInvitations().size());
        assertEquals(MeetingStatus.SCHEDULED, m.getStatus());
    }

    @Test
    void aMeetingNeedsATimeAPlaceProjectsDepartmentsAndAnEndAfterItsStart() {
        assertEquals("startsAt", assertThrows(RuleViolation.class,
                () -> new Meeting(null, null, "x", List.of(1L), List.of("DRC"), "o", AT)).field());
        assertEquals("place", assertThrows(RuleViolation.class,
                () -> new Meeting(STARTS, null, " ", List.of(1L), List.of("DRC"), "o", AT)).field());
        assertEquals("projects", assertThrows(RuleViolation.class,
                () -> new Meeting(STARTS, null, "x", List.of(), List.of("DRC"), "o", AT)).field());
        assertEquals("departments", assertThrows(RuleViolation.class,
                () -> new Meeting(STARTS, null, "x", List.of(1L), List.of(), "o", AT)).field());
        assertEquals("endsAt", assertThrows(RuleViolation.class,
                () -> new Meeting(STARTS, STARTS, "x", List.of(1L), List.of("DRC"), "o", AT)).field());
    }

    @Test
    void anOpinionIsForAProjectOnTheAgendaFromAnInvitedDepartmentAndConditionsNeedNotes() {
        Meeting m = meeting();

        assertEquals("projectFileNo", assertThrows(RuleViolation.class,
                () -> m.recordOpinion(9L, "DRC", Verdict.FEASIBLE, List.of(), null, null, "o", AT)).field());
        assertEquals("departmentCode", assertThrows(RuleViolation.class,
                () -> m.recordOpinion(1L, "FIRE", Verdict.FEASIBLE, List.of(), null, null, "o", AT)).field());
        assertEquals("verdict", assertThrows(RuleViolation.class,
                () -> m.recordOpinion(1L, "DRC", null, List.of(), null, null, "o", AT)).field());
        assertEquals("notes", assertThrows(RuleViolation.class,
                () -> m.recordOpinion(1L, "DRC", Verdict.FEASIBLE_WITH_CONDITIONS, List.of(), null, " ", "o", AT)).field());
        assertEquals("notes", assertThrows(RuleViolation.class,
                () -> m.recordOpinion(1L, "DRC", Verdict.NOT_FEASIBLE, List.of(), null, null, "o", AT)).field());
        assertTrue(m.getOpinions().isEmpty(), "a refused opinion leaves nothing behind");
    }

    @Test
    void aSecondOpinionOfTheSameDepartmentOnTheSameProjectRevisesTheFirst() {
        Meeting m = meeting();
        m.recordOpinion(1L, "LAND", Verdict.FEASIBLE, List.of("用地预审申请表", " ", "用地预审申请表"), null, null, "o", AT);
        m.recordOpinion(1L, "LAND", Verdict.FEASIBLE_WITH_CONDITIONS, List.of("勘测定界图"), "先踏勘", "需调整红线", "o", AT);

        assertEquals(1, m.getOpinions().size());
        Opinion opinion = m.opinion(1L, "LAND").orElseThrow();
        assertEquals(Verdict.FEASIBLE_WITH_CONDITIONS, opinion.getVerdict());
        assertEquals(List.of("勘测定界图"), opinion.getMaterials());
        assertEquals("先踏勘", opinion.getProcedures());
    }

    @Test
    void closingNeedsTheMeetingBegunEveryAttendanceEveryOpinionOfThosePresentAndTheMinutes() {
        Meeting m = meeting();
        assertEquals("meeting.close.notStarted", assertThrows(RuleViolation.class,
                () -> m.close("纪要", "o", AT, STARTS.minusMinutes(1), MeetingTest::fileNo)).key());

        RuleViolation attendance = assertThrows(RuleViolation.class, () -> m.close("纪要", "o", AT, DURING, MeetingTest::fileNo));
        assertEquals("meeting.close.attendance", attendance.key());
        assertEquals("DRC, LAND", attendance.arguments()[0]);

        m.recordAttendance("DRC", Attendance.PRESENT, "张科长");
        m.recordAttendance("LAND", Attendance.ABSENT, "ignored");
        m.recordOpinion(1L, "DRC", Verdict.FEASIBLE, List.of(), null, null, "o", AT);
        RuleViolation opinions = assertThrows(RuleViolation.class, () -> m.close("纪要", "o", AT, DURING, MeetingTest::fileNo));
        assertEquals("meeting.close.opinions", opinions.key());
        assertEquals("XF-2026-0002/DRC", opinions.arguments()[0], "the absent department owes no opinion");

        m.recordOpinion(2L, "DRC", Verdict.FEASIBLE, List.of(), null, null, "o", AT);
        assertEquals("minutes", assertThrows(RuleViolation.class, () -> m.close(" ", "o", AT, DURING, MeetingTest::fileNo)).field());

        m.close("会议纪要：两个项目均可行。", "director", AT, DURING, MeetingTest::fileNo);
        assertEquals(MeetingStatus.CLOSED, m.getStatus());
        assertEquals(List.of("DRC"), m.participatingDepartments());
        assertEquals(null, m.getInvitations().get(1).getAttendee(), "an absent department has no attendee");
        assertEquals("meeting.notScheduled", assertThrows(RuleViolation.class,
                () -> m.recordOpinion(1L, "DRC", Verdict.FEASIBLE, List.of(), null, null, "o", AT)).key());
    }

    @Test
    void aDepartmentThatGaveAnOpinionStaysInvitedOthersMayBeAddedOrTakenOff() {
        Meeting m = meeting();
        m.recordOpinion(1L, "LAND", Verdict.FEASIBLE, List.of(), null, null, "o", AT);

        assertEquals("meeting.department.hasOpinions", assertThrows(RuleViolation.class, () -> m.invite(List.of("DRC"))).key());
        m.invite(List.of("LAND", "FIRE"));

        assertEquals(List.of("LAND", "FIRE"), m.getInvitations().stream().map(Invitation::getDepartmentCode).toList());
    }

    @Test
    void aCancelledMeetingNeedsAReasonAndCannotBeMovedAfterwards() {
        Meeting m = meeting();
        assertEquals("reason", assertThrows(RuleViolation.class, () -> m.cancel("")).field());
        m.cancel("主要部门无法到会");

        assertEquals(MeetingStatus.CANCELLED, m.getStatus());
        assertThrows(RuleViolation.class, () -> m.reschedule(STARTS.plusDays(1), null, "x"));
    }

    @Test
    void movingAMeetingKeepsItsLengthOnlyWhenTheEndIsGiven() {
        Meeting m = meeting();
        m.reschedule(LocalDateTime.parse("2026-12-04T14:00:59"), LocalDateTime.parse("2026-12-04T17:00"), "二楼");

        assertEquals(LocalDateTime.parse("2026-12-04T14:00"), m.getStartsAt(), "to the minute");
        assertEquals(LocalDateTime.parse("2026-12-04T17:00"), m.getEndsAt());
        assertEquals(LocalDate.parse("2026-12-04"), m.getStartsAt().toLocalDate());
    }

    @Test
    void aMeetingIsDatedFromItsProjectsIntakeToTwoYearsAheadOfToday() {
        LocalDate today = LocalDate.parse("2026-12-28");
        LocalDate intake = LocalDate.parse("2024-03-04");
        Meeting.checkStart(LocalDateTime.parse("2024-03-04T09:00"), intake, today);
        Meeting.checkStart(LocalDateTime.parse("2028-12-28T09:00"), intake, today);
        Meeting.checkStart(null, intake, today);

        RuleViolation y1999 = assertThrows(RuleViolation.class, () -> Meeting.checkStart(LocalDateTime.parse("1999-06-03T09:30"), intake, today));
        RuleViolation dayTooEarly = assertThrows(RuleViolation.class, () -> Meeting.checkStart(LocalDateTime.parse("2024-03-03T09:00"), intake, today));
        RuleViolation dayTooLate = assertThrows(RuleViolation.class, () -> Meeting.checkStart(LocalDateTime.parse("2028-12-29T09:00"), intake, today));

        assertEquals("startsAt", y1999.field());
        assertEquals("A meeting on 1999-06-03 would be before its projects were taken in (the last on 2024-03-04)", y1999.getMessage());
        assertEquals("startsAt", dayTooEarly.field());
        assertEquals("A meeting on 2028-12-29 is too far ahead: it may be planned up to 2028-12-28", dayTooLate.getMessage());
    }
}
