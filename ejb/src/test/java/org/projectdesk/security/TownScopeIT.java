package org.projectdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.acceptance.boundary.Acceptances;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.audit.boundary.AuditView;
import org.projectdesk.coordination.boundary.NewProblem;
import org.projectdesk.coordination.boundary.ProblemFilter;
import org.projectdesk.coordination.boundary.ProblemView;
import org.projectdesk.coordination.boundary.Problems;
import org.projectdesk.coordination.boundary.VisitRecord;
import org.projectdesk.coordination.boundary.VisitView;
import org.projectdesk.coordination.boundary.Visits;
import org.projectdesk.coordination.entity.ProblemSource;
import org.projectdesk.meeting.boundary.MeetingRequest;
import org.projectdesk.meeting.boundary.MeetingSummary;
import org.projectdesk.meeting.boundary.MeetingView;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.notification.boundary.OneTimeNotifications;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProgressNote;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.Ledgers;
import org.projectdesk.servicefile.boundary.ProjectFilter;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ProjectPage;
import org.projectdesk.servicefile.boundary.ProjectSummary;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.servicefile.boundary.TrackingStep;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.supervision.boundary.Warning;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.AsTown;
import org.projectdesk.testing.Deployments;

/**
 * A town's staff (TOWN, town {@value AsTown#TOWN}) on a real server and database, beside another
 * town's projects (HMKFQ): it lists, opens and exports only its town's projects, reads only their
 * problems, visits, meetings, notification and warnings, notes progress and raises problems on them
 * as the town, and takes no approval step; another town's file is "not found", as an unknown one.
 */
@ExtendWith(ArquillianExtension.class)
class TownScopeIT {

    private static final String OTHER_TOWN = "HMKFQ";
    private static final String ENTERPRISE = "91320684MA1X4L8D5J";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("town-scope-test", AsAdmin.class, AsOfficer.class, AsTown.class);
    }

    @Inject
    ServiceFiles files;

    @Inject
    ProjectLists lists;

    @Inject
    Ledgers ledgers;

    @Inject
    org.projectdesk.project.boundary.Towns towns;

    @Inject
    Matters matters;

    @Inject
    Problems problems;

    @Inject
    Visits visits;

    @Inject
    Meetings meetings;

    @Inject
    OneTimeNotifications notifications;

    @Inject
    Acceptances acceptances;

    @Inject
    Supervision supervision;

    @Inject
    Accounts accounts;

    @Inject
    Logins logins;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    AsTown town;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private LocalDate today;
    private String officerName;
    /** A word in the names of this test's projects only: the lists are searched by it. */
    private String marker;

    @BeforeEach
    void people() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        marker = "镇域" + ThreadLocalRandom.current().nextInt(1_000_000);
        officerName = "officer-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(officerName, "测试专员", "secret-1", Set.of(Role.OFFICER), null, null,
                null, null)));
        if (logins.profile(AsTown.USERNAME).isEmpty()) {
            admin.call(() -> accounts.open(new NewAccount(AsTown.USERNAME, "常乐镇工作人员", "secret-1", Set.of(Role.TOWN),
                    null, null, AsTown.TOWN, null, null)));
        }
    }

    private ServiceFileView takeIn(String townCode, int n, LocalDate on) throws Exception {
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        return officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("江海精密钢丝有限公司",
                ENTERPRISE, "施工", "0513-8220 0000"), marker + "项目" + n, code, new BigDecimal("52000"), "金属制品",
                ProjectType.INDUSTRIAL, townCode, LandStatus.HELD, null, null, officerName, on)));
    }

    private List<ProjectSummary> everyPage(Callable<ProjectPage> first, PageReader next) throws Exception {
        List<ProjectSummary> all = new ArrayList<>();
        ProjectPage page = first.call();
        for (int n = 1; !page.items().isEmpty(); n++) {
            all.addAll(page.items());
            page = next.page(n);
        }
        return all;
    }

    private interface PageReader {
        ProjectPage page(int n) throws Exception;
    }

    private static void assertNotFound(Callable<?> call, String what) {
        Exception thrown = assertThrows(Exception.class, call::call, what);
        assertTrue(thrown instanceof NotFound || thrown.getCause() instanceof NotFound, what + ": " + thrown);
    }

    private static void assertRefused(Callable<?> call, String what) {
        Exception thrown = assertThrows(Exception.class, call::call, what);
        assertTrue(thrown instanceof EJBAccessException || thrown.getCause() instanceof EJBAccessException, what + ": " + thrown);
    }

    @Test
    void aTownListsOpensAndExportsItsOwnProjectsOnly() throws Exception {
        List<String> own = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            boolean mine = n % 2 == 0;
            ServiceFileView file = takeIn(mine ? AsTown.TOWN : OTHER_TOWN, n, today.minusDays(60 - n));
            (mine ? own : other).add(file.fileNo());
        }
        ProjectFilter search = new ProjectFilter(null, null, null, null, marker, false, null, null);

        List<String> listed = everyPage(() -> town.call(() -> lists.list(search, 0, 4, null, false)),
                n -> town.call(() -> lists.list(search, n, 4, null, false))).stream().map(ProjectSummary::fileNo).toList();
        assertEquals(15, listed.size(), "every own project once, over four pages");
        assertEquals(Set.copyOf(own), Set.copyOf(listed));
        assertEquals(own.get(own.size() - 1), listed.get(0), "newest intake first: the last taken in");
        assertEquals(own.get(0), listed.get(listed.size() - 1), "the first taken in is last");
        assertTrue(listed.contains(own.get(7)), "and the middle one");
        assertEquals(15, town.call(() -> lists.list(search, 0, 1, null, false)).total());
        assertEquals(0, town.call(() -> lists.list(search.withTown(OTHER_TOWN), 0, 20, null, false)).total(),
                "asking the list for another town finds nothing of it");
        assertEquals(30, officer.call(() -> lists.list(search, 0, 50, null, false)).total(), "the office sees both towns'");

        assertEquals(Set.copyOf(own), Set.copyOf(town.call(() -> lists.ofTown(AsTown.TOWN.toLowerCase(), search, 0, 50, null, false))
                .items().stream().map(ProjectSummary::fileNo).toList()));
        assertNotFound(() -> town.call(() -> lists.ofTown(OTHER_TOWN, search, 0, 50, null, false)), "another town's projects");
        assertNotFound(() -> town.call(() -> lists.ofTown("NOWHERE", search, 0, 50, null, false)), "an unknown town");
        assertEquals(Set.copyOf(other), Set.copyOf(officer.call(() -> lists.ofTown(OTHER_TOWN, search, 0, 50, null, false))
                .items().stream().map(ProjectSummary::fileNo).toList()), "the office asks for any town");
        assertNotFound(() -> officer.call(() -> lists.ofTown("NOWHERE", search, 0, 50, null, false)), "an unknown town for the office");

        assertEquals(AsTown.TOWN, town.call(() -> files.file(own.get(3))).town());
        assertNotFound(() -> town.call(() -> files.file(other.get(3))), "another town's file");
        assertNotFound(() -> town.call(() -> files.file("XF-1999-9999")), "an unknown file");

        List<CsvTable.Row> rows = CsvTable.read(town.call(() -> ledgers.export()), Ledgers.COLUMNS, List.of()).rows();
        assertFalse(rows.isEmpty());
        String townName = town.call(() -> towns.town(AsTown.TOWN)).name();
        assertTrue(rows.stream().allMatch(r -> r.get("town").equals(townName)), "only its town's rows, the town by its name");
        assertTrue(rows.stream().map(r -> r.get("file_no")).toList().containsAll(own), "every own project's matters");
        List<String> officeRows = CsvTable.read(officer.call(() -> ledgers.export()), Ledgers.COLUMNS, List.of()).rows()
                .stream().map(r -> r.get("file_no")).toList();
        assertTrue(officeRows.containsAll(other), "the office exports every town's");
    }

    @Test
    void aTownReadsItsOwnProjectsProblemsVisitsMeetingsAndNotificationOnly() throws Exception {
        ServiceFileView mine = takeIn(AsTown.TOWN, 1, today.minusDays(20));
        ServiceFileView theirs = takeIn(OTHER_TOWN, 2, today.minusDays(20));
        ProblemView ownProblem = officer.call(() -> problems.raise(mine.fileNo(),
                new NewProblem("施工用电接入未落实", List.of("LAND"), 5, ProblemSource.OFFICER, null, null)));
        ProblemView otherProblem = officer.call(() -> problems.raise(theirs.fileNo(),
                new NewProblem("道路开口未批", List.of("HUD"), 5, ProblemSource.OFFICER, null, null)));
        VisitView ownVisit = officer.call(() -> visits.record(new VisitRecord(today, List.of(), List.of(mine.fileNo()),
                List.of("李明", "常乐镇 张强"), List.of("LAND"), "现场踏勘", List.of(), null)));
        VisitView otherVisit = officer.call(() -> visits.record(new VisitRecord(today, List.of(), List.of(theirs.fileNo()),
                List.of("李明"), List.of("HUD"), "道路开口", List.of(), null)));
        VisitView joint = officer.call(() -> visits.record(new VisitRecord(today, List.of(), List.of(mine.fileNo(), theirs.fileNo()),
                List.of("李明"), List.of(), "两镇联合踏勘", List.of(), null)));
        MeetingView meeting = officer.call(() -> meetings.schedule(new MeetingRequest(LocalDateTime.of(today.plusDays(3),
                java.time.LocalTime.of(9, 30)), null, "行政服务中心三楼", List.of(mine.fileNo(), theirs.fileNo()), List.of())));

        ProblemFilter all = new ProblemFilter(null, null, null);
        List<Long> seen = town.call(() -> problems.list(all, 0, 1000)).items().stream().map(ProblemView::id).toList();
        assertTrue(seen.contains(ownProblem.id()));
        assertFalse(seen.contains(otherProblem.id()), "another town's problem is not listed");
        assertEquals(List.of(ownProblem.id()), town.call(() -> problems.forProject(mine.fileNo())).stream().map(ProblemView::id).toList());
        assertNotFound(() -> town.call(() -> problems.forProject(theirs.fileNo())), "another town's project's problems");
        assertNotFound(() -> town.call(() -> problems.problem(otherProblem.id())), "another town's problem");
        assertEquals(ownProblem.id(), town.call(() -> problems.problem(ownProblem.id())).id());

        List<Long> visited = town.call(() -> visits.list(null, null, null, 0, 1000)).items().stream().map(VisitView::id).toList();
        assertTrue(visited.containsAll(List.of(ownVisit.id(), joint.id())), "the visits that covered its project");
        assertFalse(visited.contains(otherVisit.id()));
        assertNotFound(() -> town.call(() -> visits.visit(otherVisit.id())), "a visit to another town only");
        VisitView jointAsTown = town.call(() -> visits.visit(joint.id()));
        assertEquals(List.of(mine.fileNo()), jointAsTown.projects().stream().map(VisitView.ProjectRef::fileNo).toList(),
                "a joint visit names only the town's own project");
        assertEquals(List.of("李明", "常乐镇 张强"), town.call(() -> visits.visit(ownVisit.id())).staff(), "the town's staff present");
        assertRefused(() -> town.call(() -> visits.record(new VisitRecord(today, List.of(), List.of(mine.fileNo()),
                List.of("张强"), List.of(), "自行记录", List.of(), null))), "recording visits stays the office's");

        List<MeetingSummary> ownMeetings = town.call(() -> meetings.forProject(mine.fileNo()));
        assertEquals(List.of(meeting.id()), ownMeetings.stream().map(MeetingSummary::id).toList());
        assertEquals(List.of(mine.fileNo()), ownMeetings.get(0).projectFileNos(), "the meeting names only its own project");
        assertEquals(meeting.id(), town.call(() -> meetings.preReview(mine.fileNo())).meetingId());
        assertNotFound(() -> town.call(() -> meetings.forProject(theirs.fileNo())), "another town's meetings");
        assertRefused(() -> town.call(() -> meetings.meeting(meeting.id())), "the meeting itself is the office's and departments'");

        assertEquals(mine.fileNo(), town.call(() -> notifications.of(mine.fileNo())).fileNo());
        assertNotFound(() -> town.call(() -> notifications.of(theirs.fileNo())), "another town's notification");
        assertEquals(List.of(), town.call(() -> acceptances.forProject(mine.fileNo())));
        assertNotFound(() -> town.call(() -> acceptances.forProject(theirs.fileNo())), "another town's acceptances");

        List<String> history = town.call(() -> files.file(mine.fileNo())).history().stream().map(AuditView::action).toList();
        assertTrue(history.containsAll(List.of("PROBLEM_RAISED", "VISIT_RECORDED", "MEETING_SCHEDULED")),
                "the history shows the town what the sources show it: " + history);
    }

    @Test
    void aTownNotesProgressAndRaisesProblemsAsTheTownButTakesNoApprovalStep() throws Exception {
        ServiceFileView mine = takeIn(AsTown.TOWN, 1, today.minusDays(20));
        ServiceFileView theirs = takeIn(OTHER_TOWN, 2, today.minusDays(20));

        ServiceFileView noted = town.call(() -> files.note(mine.fileNo(), today, ProgressNote.Kind.NOTE, "基础施工完成，主体钢结构进场"));
        ServiceFileView.Progress note = noted.progress().get(noted.progress().size() - 1);
        assertEquals("基础施工完成，主体钢结构进场", note.text());
        assertEquals(AsTown.USERNAME, note.author());
        assertRefused(() -> town.call(() -> files.note(mine.fileNo(), today, ProgressNote.Kind.MILESTONE, "开工")),
                "milestones are the office's");
        assertNotFound(() -> town.call(() -> files.note(theirs.fileNo(), today, ProgressNote.Kind.NOTE, "越界")), "another town's file");
        assertEquals(1, officer.call(() -> files.file(mine.fileNo())).progress().size(), "the refused notes left nothing");

        ProblemView raised = town.call(() -> problems.raise(mine.fileNo(),
                new NewProblem("施工便道未贯通，影响材料进场", List.of("HUD"), 5, null, null, null)));
        assertEquals(ProblemSource.TOWN, raised.source());
        assertEquals(AsTown.USERNAME, raised.raisedBy());
        assertEquals("source", assertThrows(RuleViolation.class, () -> town.call(() -> problems.raise(mine.fileNo(),
                new NewProblem("来自会议", List.of("HUD"), 5, ProblemSource.OFFICER, null, null)))).field());
        assertNotFound(() -> town.call(() -> problems.raise(theirs.fileNo(),
                new NewProblem("越界", List.of("HUD"), 5, null, null, null))), "another town's project");

        assertRefused(() -> town.call(() -> matters.record(mine.fileNo(), "DRC-01",
                new MatterEvent.Accept(today, null, null, true, null))), "an approval step");
        assertRefused(() -> town.call(() -> files.track(mine.fileNo(),
                new TrackingStep(TrackingStep.Type.PREPARE_TO_START, today, null, null, null))), "a tracking step");
        assertRefused(() -> town.call(() -> problems.act(raised.id(), null)), "a problem's step");
    }

    @Test
    void aTownsWarningsAreItsOwnProjectsRedMatters() throws Exception {
        ServiceFileView mine = takeIn(AsTown.TOWN, 1, today.minusDays(40));
        ServiceFileView theirs = takeIn(OTHER_TOWN, 2, today.minusDays(40));
        for (ServiceFileView file : List.of(mine, theirs)) {
            officer.call(() -> matters.record(file.fileNo(), "DRC-01", new MatterEvent.Accept(today.minusDays(39), null, null,
                    true, null)));
            officer.call(() -> matters.record(file.fileNo(), "DRC-01", new MatterEvent.Approve(today.minusDays(39), null,
                    "海发改备〔2026〕" + file.fileNo())));
            officer.call(() -> matters.record(file.fileNo(), "LAND-01", new MatterEvent.Accept(today.minusDays(38), null, null,
                    true, null)));
        }
        admin.call(() -> supervision.scan());

        List<String> townRed = town.call(() -> supervision.warnings(Light.RED, 0, 1000)).stream()
                .map(Warning::projectFileNo).toList();
        assertTrue(townRed.contains(mine.fileNo()), "its project's overdue matter");
        assertFalse(townRed.contains(theirs.fileNo()), "not another town's");
        assertTrue(townRed.stream().allMatch(f -> {
            try {
                return officer.call(() -> files.file(f)).town().equals(AsTown.TOWN);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), "every warning is of its town");
        assertTrue(officer.call(() -> supervision.warnings(Light.RED, 0, 1000)).stream().map(Warning::projectFileNo).toList()
                .containsAll(List.of(mine.fileNo(), theirs.fileNo())), "the office sees both");
        assertRefused(() -> town.call(() -> supervision.settings()), "the thresholds are not the town's");
    }
}
