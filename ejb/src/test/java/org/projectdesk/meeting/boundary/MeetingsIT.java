package org.projectdesk.meeting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.meeting.control.MeetingInvite;
import org.projectdesk.meeting.entity.Attendance;
import org.projectdesk.meeting.entity.MeetingStatus;
import org.projectdesk.meeting.entity.Verdict;
import org.projectdesk.notification.boundary.NotificationView;
import org.projectdesk.notification.boundary.OneTimeNotifications;
import org.projectdesk.notification.entity.MaterialState;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

/**
 * Joint pre-review meetings on a real server and database: scheduling with the departments the
 * plans involve, the pre-review's due day, reminders sent once, opinions building the one-time
 * notification, acceptance held back by outstanding materials and released by receipt or by a
 * partial-materials acceptance, and closing.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingsIT {

    private static final String ENTERPRISE = "91320684MA1X4L8D5J";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("meetings-test", AsAdmin.class, AsOfficer.class, AsDirector.class);
    }

    @Inject
    ServiceFiles files;

    @Inject
    Matters matters;

    @Inject
    Meetings meetings;

    @Inject
    OneTimeNotifications notifications;

    @Inject
    Catalogue catalogue;

    @Inject
    org.projectdesk.coordination.boundary.Problems problems;

    @Inject
    Accounts accounts;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    AsDirector director;

    @PersistenceContext
    EntityManager em;

    /** The server's clock: today (in the office's zone) is test.today (arquillian.xml), whatever the real date. */
    @Inject
    Clock clock;

    private LocalDate today;
    private String officerName;
    private String landWindow;

    @BeforeEach
    void people() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), MeetingInvite.OFFICE_TIME);
        officerName = open("officer", Role.OFFICER, null);
        landWindow = open("land", Role.DEPARTMENT, "LAND");
    }

    private String open(String prefix, Role role, String department) throws Exception {
        String name = prefix + "-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(name, "测试" + prefix, "secret-1", Set.of(role), department, null, null,
                name + "@example.test")));
        return name;
    }

    private ServiceFileView takeIn(LocalDate on) throws Exception {
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        return officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("江海精密钢丝有限公司",
                ENTERPRISE, "施工", "0513-8220 0000"), "精密钢丝三期", code, new BigDecimal("52000"), "金属制品",
                ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName, on)));
    }

    private MeetingView schedule(LocalDateTime at, List<String> departments, String... fileNos) throws Exception {
        return officer.call(() -> meetings.schedule(new MeetingRequest(at, null, "行政服务中心三楼会议室", List.of(fileNos),
                departments)));
    }

    private MatterView accept(String fileNo, String category) throws Exception {
        return officer.call(() -> matters.record(fileNo, category, new MatterEvent.Accept(today, null, null, true, null)));
    }

    private MeetingView opinion(long meeting, String fileNo, String department, Verdict verdict, String... materials)
            throws Exception {
        return officer.call(() -> meetings.recordOpinion(meeting, new OpinionRecord(fileNo, department, verdict,
                List.of(materials), null, verdict == Verdict.FEASIBLE ? null : "须补充说明")));
    }

    private long notices(NoticeKind kind, String recipient, long meeting) {
        return em.createQuery("select count(n) from Notification n where n.kind = :kind and n.recipient = :r"
                        + " and n.body like :meeting", Long.class)
                .setParameter("kind", kind).setParameter("r", recipient).setParameter("meeting", "meeting=" + meeting + ";%")
                .getSingleResult();
    }

    @Test
    void aMeetingInvitesTheDepartmentsThePlansInvolveAndThePreReviewIsDueFiveWorkingDaysAfterIntake() throws Exception {
        ServiceFileView file = takeIn(today);
        List<String> planned = file.matters().stream().map(MatterView::departmentCode).distinct().toList();
        LocalDate due = calendar.addWorkingDays(today, 5);
        List<String> dueMarks = calendar.provisionalDates().check("dueOn", due).names();
        assertEquals(new PreReview(due, PreReview.State.NOT_SCHEDULED, null, null, dueMarks),
                officer.call(() -> meetings.preReview(file.fileNo())));

        MeetingView meeting = schedule(due.atTime(9, 30), null, file.fileNo());

        assertEquals(Set.copyOf(planned), Set.copyOf(meeting.invitations().stream().map(MeetingView.InvitationView::departmentCode).toList()));
        assertEquals(planned.size(), meeting.invitations().size());
        assertEquals(MeetingStatus.SCHEDULED, meeting.status());
        assertEquals(new PreReview(due, PreReview.State.SCHEDULED, meeting.id(), due.atTime(9, 30), dueMarks),
                officer.call(() -> meetings.preReview(file.fileNo())));

        ServiceFileView late = takeIn(today);
        LocalDate tooLate = calendar.addWorkingDays(today, 8);
        MeetingView lateMeeting = schedule(tooLate.atTime(14, 0), List.of("LAND", "PLAN"), late.fileNo());
        assertEquals(List.of("LAND", "PLAN"), lateMeeting.invitations().stream().map(MeetingView.InvitationView::departmentCode).toList());
        assertEquals(PreReview.State.SCHEDULED_LATE, officer.call(() -> meetings.preReview(late.fileNo())).state());

        ServiceFileView forgotten = takeIn(today.minusDays(20));
        assertEquals(PreReview.State.OVERDUE, officer.call(() -> meetings.preReview(forgotten.fileNo())).state());
        assertEquals("projects", assertThrows(RuleViolation.class, () -> schedule(due.atTime(9, 0), null, "XF-1999-9999")).field());
        assertEquals("departments", assertThrows(RuleViolation.class,
                () -> schedule(due.atTime(9, 0), List.of("NOPE"), file.fileNo())).field());
    }

    @Test
    void aRoomBookedByAnotherScheduledMeetingAtAnOverlappingTimeIsAClash() throws Exception {
        ServiceFileView file = takeIn(today);
        String room = "第" + ThreadLocalRandom.current().nextInt(1_000_000) + "会议室";
        LocalDateTime nine = calendar.addWorkingDays(today, 2).atTime(9, 0);
        MeetingView booked = officer.call(() -> meetings.schedule(new MeetingRequest(nine, nine.plusHours(2), room,
                List.of(file.fileNo()), List.of("LAND"))));

        assertEquals(List.of(booked.id()), clashes(nine.plusMinutes(90), null, " " + room + " ", null), "overlapping, the same room");
        assertEquals(List.of(booked.id()), clashes(nine.minusHours(1), nine.plusMinutes(1), room, null));
        assertEquals(List.of(), clashes(nine.plusHours(2), null, room, null), "from the end on the room is free");
        assertEquals(List.of(), clashes(nine.minusHours(2), nine, room, null), "until the start too");
        assertEquals(List.of(), clashes(nine, null, room + "旁", null), "another room");
        assertEquals(List.of(), clashes(nine, null, room, booked.id()), "the meeting being moved does not clash with itself");
        officer.call(() -> meetings.cancel(booked.id(), booked.version(), "改期"));
        assertEquals(List.of(), clashes(nine, null, room, null), "a cancelled meeting books nothing");
    }

    private List<Long> clashes(LocalDateTime start, LocalDateTime end, String place, Long except) throws Exception {
        return officer.call(() -> meetings.clashes(start, end, place, except)).stream().map(MeetingSummary::id).toList();
    }

    @Test
    void aReminderGoesOnceToTheInvitedWindowsAndTheOfficerAndAgainWhenTheMeetingMoves() throws Exception {
        ServiceFileView file = takeIn(today);
        LocalDate nextWorkingDay = calendar.addWorkingDays(today, 1);
        MeetingView soon = schedule(nextWorkingDay.atTime(9, 30), List.of("LAND"), file.fileNo());
        MeetingView later = schedule(calendar.addWorkingDays(today, 4).atTime(9, 30), List.of("LAND"), file.fileNo());

        meetings.sendReminders();
        meetings.sendReminders();

        assertEquals(1, notices(NoticeKind.MEETING_REMINDER, landWindow, soon.id()));
        assertEquals(1, notices(NoticeKind.MEETING_REMINDER, officerName, soon.id()));
        assertEquals(0, notices(NoticeKind.MEETING_REMINDER, landWindow, later.id()), "four working days ahead: not yet");

        officer.call(() -> meetings.reschedule(soon.id(), soon.version(), new MeetingRequest(nextWorkingDay.atTime(15, 0), null,
                "二楼小会议室", null, null)));
        meetings.sendReminders();
        assertEquals(2, notices(NoticeKind.MEETING_REMINDER, landWindow, soon.id()), "the moved meeting is reminded again");
        String ics = officer.call(() -> meetings.invite(soon.id()));
        assertTrue(ics.contains("LOCATION:二楼小会议室"), ics);
        assertTrue(ics.contains("SEQUENCE:1"), ics);
    }

    @Test
    void opinionsMakeTheNotificationAndAMatterWaitsForItsMaterialsUnlessPartiallyAccepted() throws Exception {
        ServiceFileView file = takeIn(today);
        MeetingView meeting = schedule(today.atTime(LocalTime.of(0, 0)), null, file.fileNo());
        assertTrue(officer.call(() -> notifications.of(file.fileNo())).items().isEmpty(), "nothing before the pre-review");
        accept(file.fileNo(), "DRC-01");

        opinion(meeting.id(), file.fileNo(), "LAND", Verdict.FEASIBLE_WITH_CONDITIONS, "用地红线图", "项目可行性研究报告（送审稿）");
        opinion(meeting.id(), file.fileNo(), "EIC", Verdict.FEASIBLE, "项目可行性研究报告(送审稿)。");

        NotificationView notification = officer.call(() -> notifications.of(file.fileNo()));
        List<String> materials = notification.items().stream().map(NotificationView.Item::material).toList();
        assertEquals(materials.size(), Set.copyOf(materials).size(), "no material twice");
        NotificationView.Item study = notification.items().stream().filter(i -> i.material().equals("项目可行性研究报告（送审稿）"))
                .findFirst().orElseThrow();
        assertTrue(study.departments().containsAll(List.of("LAND", "EIC")), study.departments().toString());
        assertTrue(materials.contains("用地红线图"));
        CategoryView drc = catalogue.inForce(today).categories().stream().filter(c -> c.code().equals("DRC-01")).findFirst().orElseThrow();
        assertTrue(drc.materials().stream().noneMatch(m -> materials.contains(m) && !m.equals("项目可行性研究报告（送审稿）")
                        && notification.items().stream().filter(i -> i.material().equals(m)).allMatch(i -> i.departments().equals(List.of("DRC")))),
                "the accepted DRC-01 asks for nothing more");

        RuleViolation refused = assertThrows(RuleViolation.class, () -> accept(file.fileNo(), "LAND-01"));
        assertEquals("matter.accept.outstanding", refused.key());
        assertTrue(refused.getMessage().contains("用地红线图"), refused.getMessage());
        for (NotificationView.Item item : officer.call(() -> notifications.of(file.fileNo())).items()) {
            if (item.departments().contains("LAND")) {
                officer.call(() -> notifications.receive(file.fileNo(), item.id(), item.version(), today));
            }
        }
        assertEquals(MatterStatus.ACCEPTED, accept(file.fileNo(), "LAND-01").status());

        assertEquals("matter.accept.outstanding", assertThrows(RuleViolation.class, () -> accept(file.fileNo(), "EIC-01")).key());
        NotificationView partial = officer.call(() -> notifications.acceptPartially(file.fileNo(), "EIC-01",
                "投资方承诺十个工作日内补齐节能报告", calendar.addWorkingDays(today, 10)));
        assertEquals(1, partial.partialAcceptances().size());
        assertTrue(partial.partialAcceptances().get(0).outstanding().size() > 0);
        assertEquals(MatterStatus.ACCEPTED, accept(file.fileNo(), "EIC-01").status());
        NotificationView.Item received = officer.call(() -> notifications.of(file.fileNo())).items().stream()
                .filter(i -> i.material().equals("用地红线图")).findFirst().orElseThrow();
        assertEquals(MaterialState.RECEIVED, received.state());
        assertEquals(today, received.receivedOn());
        assertEquals("pledge", assertThrows(RuleViolation.class, () -> officer.call(() -> notifications.acceptPartially(
                file.fileNo(), "PLAN-01", " ", calendar.addWorkingDays(today, 10)))).field());
    }

    @Test
    void closingNeedsAttendanceOpinionsAndMinutesThenTellsTheParticipantsAndIssuesTheNotification() throws Exception {
        ServiceFileView file = takeIn(today);
        MeetingView meeting = schedule(today.atTime(LocalTime.of(0, 0)), List.of("LAND", "PLAN"), file.fileNo());
        officer.call(() -> meetings.recordAttendance(meeting.id(), "LAND", Attendance.PRESENT, "国土局 张科长"));
        officer.call(() -> meetings.recordAttendance(meeting.id(), "PLAN", Attendance.ABSENT, null));

        RuleViolation missing = assertThrows(RuleViolation.class, () -> officer.call(() -> meetings.close(meeting.id(), null, "纪要")));
        assertEquals("meeting.close.opinions", missing.key());
        assertEquals(file.fileNo() + "/LAND", missing.arguments()[0]);

        opinion(meeting.id(), file.fileNo(), "LAND", Verdict.FEASIBLE, "用地红线图");
        MeetingView closed = director.call(() -> meetings.close(meeting.id(), null, "会议纪要：国土局意见可行，须提交用地红线图。"));

        assertEquals(MeetingStatus.CLOSED, closed.status());
        assertEquals(1, notices(NoticeKind.MEETING_CLOSED, landWindow, meeting.id()));
        assertEquals(1, notices(NoticeKind.MEETING_CLOSED, officerName, meeting.id()));
        assertEquals(today, officer.call(() -> notifications.of(file.fileNo())).issuedOn());
        assertEquals(PreReview.State.HELD, officer.call(() -> meetings.preReview(file.fileNo())).state());
        assertEquals("meeting.notScheduled", assertThrows(RuleViolation.class,
                () -> opinion(meeting.id(), file.fileNo(), "LAND", Verdict.FEASIBLE)).key());
    }

    @Test
    void cancellingAMeetingTakesBackTheOutstandingMaterialsOnlyItsOpinionsAskedFor() throws Exception {
        ServiceFileView file = takeIn(today);
        MeetingView first = schedule(today.atTime(LocalTime.of(0, 0)), List.of("LAND"), file.fileNo());
        opinion(first.id(), file.fileNo(), "LAND", Verdict.FEASIBLE, "只有这次会议要的材料");
        assertTrue(officer.call(() -> notifications.of(file.fileNo())).items().stream()
                .anyMatch(i -> i.material().equals("只有这次会议要的材料")));

        MeetingView cancelled = officer.call(() -> meetings.cancel(first.id(), first.version(), "部门无法到会"));

        assertEquals(MeetingStatus.CANCELLED, cancelled.status());
        assertTrue(officer.call(() -> notifications.of(file.fileNo())).items().isEmpty(),
                "without an opinion standing, the notification has nothing to say");
        assertNull(officer.call(() -> notifications.of(file.fileNo())).issuedOn());
        assertEquals(1, notices(NoticeKind.MEETING_CANCELLED, landWindow, first.id()));
    }

    @Test
    void aProblemRaisedAtAMeetingNamesAMeetingThatReviewedTheProject() throws Exception {
        ServiceFileView file = takeIn(today.minusDays(30));
        ServiceFileView other = takeIn(today);
        MeetingView meeting = schedule(today.atTime(LocalTime.of(0, 0)), List.of("LAND"), file.fileNo());
        var source = org.projectdesk.coordination.entity.ProblemSource.MEETING;

        var raised = officer.call(() -> problems.raise(file.fileNo(), new org.projectdesk.coordination.boundary.NewProblem(
                "用地指标不足，需市里协调", List.of("LAND"), 5, source, meeting.id(), null)));

        assertEquals(meeting.id(), raised.sourceId());
        assertNull(officer.call(() -> files.file(file.fileNo())).light(), "nothing running, nothing overdue");
        officer.call(() -> problems.raise(file.fileNo(), new org.projectdesk.coordination.boundary.NewProblem(
                "施工许可前置条件不明", List.of("HUD"), 1, source, meeting.id(), today.minusDays(20))));
        assertEquals(org.projectdesk.supervision.entity.Light.RED, officer.call(() -> files.file(file.fileNo())).light(),
                "the file shows the light the scan gives an overdue problem");
        assertEquals("sourceId", assertThrows(RuleViolation.class, () -> officer.call(() -> problems.raise(other.fileNo(),
                new org.projectdesk.coordination.boundary.NewProblem("x", List.of("LAND"), 5, source, meeting.id(), null))))
                .field(), "that meeting did not review the other project");
        assertEquals("sourceId", assertThrows(RuleViolation.class, () -> officer.call(() -> problems.raise(file.fileNo(),
                new org.projectdesk.coordination.boundary.NewProblem("x", List.of("LAND"), 5, source, null, null)))).field());
    }
}
