package org.projectdesk.meeting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.audit.boundary.Readers;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.meeting.control.MeetingInvite;
import org.projectdesk.meeting.entity.Attendance;
import org.projectdesk.meeting.entity.Invitation;
import org.projectdesk.meeting.entity.Meeting;
import org.projectdesk.meeting.entity.MeetingStatus;
import org.projectdesk.meeting.entity.MeetingKind;
import org.projectdesk.meeting.entity.Opinion;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.project.entity.Project;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.QueryFilter;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.Settings;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.supervision.boundary.Notice;
import org.projectdesk.supervision.boundary.NoticeText;
import org.projectdesk.supervision.boundary.Notices;
import org.projectdesk.supervision.boundary.Recipients;
import org.projectdesk.supervision.entity.NoticeKind;

/**
 * Joint pre-review meetings: the office schedules them for one or more projects and the departments
 * their plans involve, records attendance and each department's opinion (a department window gives
 * its own), and closes them with the minutes. An opinion recorded and a meeting cancelled are
 * announced in the same transaction ({@link OpinionRecorded}, {@link MeetingCancelled}); the
 * projects' one-time notification follows them. Reminders go out the configured working days before
 * a meeting; closing and cancelling tell the participants.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.LEADER_NAME})
public class Meetings {

    private static final Readers READERS = Readers.readersOf(Meetings.class, "forProject");

    private static final Logger LOG = Logger.getLogger(Meetings.class.getName());
    private static final DateTimeFormatter NOTICE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Working days after intake within which a project's pre-review is due. */
    public static int preReviewDays() {
        return Settings.getInt("projectdesk.meeting.pre-review-days", 5);
    }

    /** Working days before a meeting on which its reminder goes out. */
    public static int reminderDays() {
        return Settings.getInt("projectdesk.meeting.reminder-days", 1);
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    VisibleProjects visibleProjects;

    @EJB
    Callers callers;

    @Inject
    Event<OpinionRecorded> opinionRecorded;

    @Inject
    Event<MeetingCancelled> cancelled;

    @Inject
    Event<MeetingClosed> closed;

    @EJB
    Catalogue catalogue;

    @EJB
    AuditTrail audit;

    @Inject
    WorkingDayCalendar calendar;

    @EJB
    Notices notices;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public MeetingView schedule(MeetingRequest request) {
        return schedule(MeetingKind.PRE_REVIEW, request);
    }

    /** Schedules a meeting of the kind: the joint acceptance's pre-review and site inspections use the meetings too. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public MeetingView schedule(MeetingKind kind, MeetingRequest request) {
        List<Project> projects = projects(kind, request.projects());
        List<String> departments = request.departments() == null || request.departments().isEmpty()
                ? involvedDepartments(projects) : known(request.departments());
        Meeting.checkStart(request.startsAt(), lastIntake(projects.stream().map(Project::getId).toList()), LocalDate.now(clock));
        Meeting meeting = new Meeting(kind, request.startsAt(), request.endsAt(), request.place(),
                projects.stream().map(Project::getId).toList(), departments, caller(), clock.instant());
        em.persist(meeting);
        em.flush();
        projects.forEach(p -> audit.record(p.getId(), caller(), "MEETING_SCHEDULED", "meeting " + meeting.getId(), null,
                meeting.getStartsAt() + " " + meeting.getPlace(), readers(meeting)));
        LOG.info(() -> "Meeting " + meeting.getId() + " on " + meeting.getStartsAt() + " for " + request.projects());
        return view(meeting);
    }

    /** The departments the projects' plans involve (matters not yet decided), in catalogue order. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public List<String> suggestedDepartments(List<String> fileNos) {
        return fileNos == null || fileNos.isEmpty() ? List.of() : involvedDepartments(projects(MeetingKind.PRE_REVIEW, fileNos));
    }

    /**
     * The scheduled meetings in the same place (compared without case and outer spaces) whose time
     * overlaps the one asked for, but {@code except} (the meeting being moved): the office is warned of
     * a double-booked room before it confirms. A meeting without an end lasts its default two hours.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public List<MeetingSummary> clashes(LocalDateTime startsAt, LocalDateTime endsAt, String place, Long except) {
        if (startsAt == null || place == null || place.isBlank()) {
            return List.of();
        }
        LocalDateTime end = endsAt == null || !endsAt.isAfter(startsAt) ? startsAt.plusHours(Meeting.DEFAULT_HOURS) : endsAt;
        List<Meeting> meetings = em.createQuery("select m from Meeting m where m.status = :scheduled and m.startsAt < :end"
                        + " and m.endsAt > :start and lower(trim(m.place)) = :place and m.id <> :except order by m.startsAt, m.id",
                        Meeting.class)
                .setParameter("scheduled", MeetingStatus.SCHEDULED).setParameter("start", startsAt).setParameter("end", end)
                .setParameter("place", place.strip().toLowerCase(java.util.Locale.ROOT))
                .setParameter("except", except == null ? -1L : except).setMaxResults(10).getResultList();
        Map<Long, String> fileNos = fileNos(visibleProjects.visibleAmong(meetings.stream().flatMap(m -> m.getProjectIds().stream()).toList()));
        return meetings.stream().map(m -> summary(m, fileNos)).toList();
    }

    public MeetingView meeting(long id) {
        return view(visible(id));
    }

    /**
     * Meetings starting in [from, to) (either open), newest first; for a department window only
     * those its department is invited to; {@code department} narrows the office's view likewise.
     */
    public MeetingPage list(LocalDate from, LocalDate to, String department, MeetingStatus status, int page, int size) {
        String invited = callers.current().ownDepartment().orElse(department);
        QueryFilter where = new QueryFilter()
                .andIfGiven("exists (select 1 from Meeting x join x.invitations i where x = m and i.departmentCode = :department)",
                        "department", invited)
                .andIfGiven("m.startsAt >= :from", "from", from == null ? null : from.atStartOfDay())
                .andIfGiven("m.startsAt < :to", "to", to == null ? null : to.atStartOfDay())
                .andIfGiven("m.status = :status", "status", status);
        List<Meeting> meetings = where.query(em, "select m from Meeting m", " order by m.startsAt desc, m.id desc", Meeting.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, String> fileNos = fileNos(meetings.stream().flatMap(m -> m.getProjectIds().stream()).toList());
        return new MeetingPage(meetings.stream().map(m -> summary(m, fileNos)).toList(),
                where.count(em, "select count(m) from Meeting m"));
    }

    /**
     * The meetings of a project, soonest first: for a department window those its department is
     * invited to (a town's staff that is also a department window too); an investor sees their own
     * projects' meetings, naming only their own projects, and a town's staff its town's, naming only
     * its town's projects.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.LEADER_NAME, Role.INVESTOR_NAME,
            Role.ADMIN_NAME, Role.TOWN_NAME})
    public List<MeetingSummary> forProject(String fileNo) {
        List<Meeting> meetings = visibleMeetings(visibleProjects.idOf(fileNo));
        Set<Long> shown = visibleProjects.visibleAmong(meetings.stream().flatMap(m -> m.getProjectIds().stream()).toList());
        Map<Long, String> fileNos = fileNos(shown);
        return meetings.stream().map(m -> summary(m, fileNos)).toList();
    }

    /** The project's meetings the caller may see (a department window: those it is invited to), soonest first. */
    private List<Meeting> visibleMeetings(Long projectId) {
        QueryFilter where = new QueryFilter("p = :id").parameter("id", projectId)
                .andIfGiven("exists (select 1 from Meeting x join x.invitations i where x = m and i.departmentCode = :department)",
                        "department", callers.current().ownDepartment().orElse(null));
        return where.query(em, "select m from Meeting m join m.projectIds p", " order by m.startsAt, m.id", Meeting.class)
                .getResultList();
    }

    /**
     * Where the project's pre-review stands: due the configured working days after intake; held
     * once a meeting reviewing it closed; a warning while none is scheduled in time.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.LEADER_NAME, Role.INVESTOR_NAME,
            Role.ADMIN_NAME, Role.TOWN_NAME})
    public PreReview preReview(String fileNo) {
        Project project = em.find(Project.class, visibleProjects.idOf(fileNo));
        LocalDate due = calendar.addWorkingDays(project.getIntakeOn(), preReviewDays());
        List<String> provisional = calendar.provisionalDates().check("dueOn", due).names();
        List<Meeting> meetings = em.createQuery("select m from Meeting m join m.projectIds p where p = :id and m.status <> :cancelled"
                        + " and m.kind = :kind order by m.startsAt", Meeting.class)
                .setParameter("id", project.getId()).setParameter("cancelled", MeetingStatus.CANCELLED)
                .setParameter("kind", MeetingKind.PRE_REVIEW).getResultList();
        // The state is the project's; which meeting and when only for those who may see that meeting.
        Optional<String> own = callers.current().ownDepartment();
        java.util.function.Predicate<Meeting> shown = m -> own.isEmpty() || m.isInvited(own.get());
        Optional<Meeting> held = meetings.stream().filter(m -> m.getStatus() == MeetingStatus.CLOSED).findFirst();
        if (held.isPresent()) {
            Meeting m = held.get();
            return new PreReview(due, PreReview.State.HELD, shown.test(m) ? m.getId() : null,
                    shown.test(m) ? m.getStartsAt() : null, provisional);
        }
        Optional<Meeting> scheduled = meetings.stream().findFirst();
        if (scheduled.isPresent()) {
            Meeting m = scheduled.get();
            boolean inTime = !m.getStartsAt().toLocalDate().isAfter(due);
            return new PreReview(due, inTime ? PreReview.State.SCHEDULED : PreReview.State.SCHEDULED_LATE,
                    shown.test(m) ? m.getId() : null, shown.test(m) ? m.getStartsAt() : null, provisional);
        }
        if (project.getStatus() != ProjectStatus.ACCEPTED && project.getStatus() != ProjectStatus.IN_APPROVAL) {
            return new PreReview(due, PreReview.State.NOT_REQUIRED, null, null, provisional);
        }
        boolean overdue = LocalDate.now(clock).isAfter(due);
        return new PreReview(due, overdue ? PreReview.State.OVERDUE : PreReview.State.NOT_SCHEDULED, null, null, provisional);
    }

    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public MeetingView reschedule(long id, Long version, MeetingRequest request) {
        Meeting meeting = load(id, version);
        String before = meeting.getStartsAt() + " " + meeting.getPlace();
        Meeting.checkStart(request.startsAt(), lastIntake(meeting.getProjectIds()), LocalDate.now(clock));
        meeting.reschedule(request.startsAt(), request.endsAt(), request.place());
        if (request.departments() != null && !request.departments().isEmpty()) {
            meeting.invite(known(request.departments()));
        }
        em.flush();
        meeting.getProjectIds().forEach(p -> audit.record(p, caller(), "MEETING_RESCHEDULED", "meeting " + id, before,
                meeting.getStartsAt() + " " + meeting.getPlace(), readers(meeting)));
        return view(meeting);
    }

    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public MeetingView recordAttendance(long id, String departmentCode, Attendance attendance, String attendee) {
        Meeting meeting = load(id, null);
        meeting.recordAttendance(departmentCode, attendance, attendee);
        em.flush();
        return view(meeting);
    }

    /**
     * Records a department's opinion on one of the meeting's projects (a department window only its
     * own department's) and announces it ({@link OpinionRecorded}: the one-time notification follows).
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME})
    public MeetingView recordOpinion(long id, OpinionRecord record) {
        callers.current().requireOwnDepartment(record.departmentCode(),
                () -> "A department window gives only its own department's opinion");
        // Opinions on one meeting take turns (its row locked until commit): a department's second opinion at the same
        // moment then revises its first instead of racing it to the same key, and the meeting's version (which an
        // opinion moves) is read fresh by each.
        Meeting meeting = visible(id, LockModeType.PESSIMISTIC_WRITE);
        Project project = visibleProjects.find(record.projectFileNo())
                .orElseThrow(() -> new RuleViolation("projectFileNo", "meeting.project.unknown", record.projectFileNo()));
        Opinion opinion = meeting.recordOpinion(project.getId(), record.departmentCode(), record.verdict(), record.materials(),
                record.procedures(), record.notes(), caller(), clock.instant());
        em.flush();
        opinionRecorded.fire(new OpinionRecorded(project.getId(), id, meeting.getKind(), record.departmentCode()));
        audit.record(project.getId(), caller(), "OPINION", record.departmentCode(), null,
                "meeting " + id + ": " + opinion.getVerdict() + (opinion.getMaterials().isEmpty() ? ""
                        : ", materials=" + String.join("；", opinion.getMaterials())));
        return view(meeting);
    }

    /** Closes the meeting with its minutes; the departments present and the projects' officers are told. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public MeetingView close(long id, Long version, String minutes) {
        Meeting meeting = load(id, version);
        Map<Long, String> fileNos = fileNos(meeting.getProjectIds());
        meeting.close(minutes, caller(), clock.instant(), LocalDateTime.now(clock.withZone(MeetingInvite.OFFICE_TIME)),
                fileNos::get);
        int told = notify(meeting, NoticeKind.MEETING_CLOSED, "closed:" + meeting.getId(), meeting.participatingDepartments());
        closed.fire(new MeetingClosed(id, meeting.getKind(), meeting.getProjectIds(), meeting.getStartsAt().toLocalDate()));
        meeting.getProjectIds().forEach(p -> audit.record(p, caller(), "MEETING_CLOSED", "meeting " + id, null, null,
                readers(meeting)));
        em.flush();
        LOG.info(() -> "Meeting " + id + " closed; " + told + " notices");
        return view(meeting);
    }

    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public MeetingView cancel(long id, Long version, String reason) {
        Meeting meeting = load(id, version);
        meeting.cancel(reason);
        notify(meeting, NoticeKind.MEETING_CANCELLED, "cancelled:" + meeting.getId(),
                meeting.getInvitations().stream().map(Invitation::getDepartmentCode).toList());
        em.flush();
        cancelled.fire(new MeetingCancelled(id, meeting.getKind(), meeting.getProjectIds()));
        meeting.getProjectIds().forEach(p ->
                audit.record(p, caller(), "MEETING_CANCELLED", "meeting " + id, null,
                        meeting.getCancelReason(), readers(meeting)));
        return view(meeting);
    }

    /**
     * Sends each scheduled meeting's reminder once, from the configured working days before its day
     * until it starts: to the invited departments' windows and the projects' officers. The notice's
     * key names the meeting's time, so a meeting moved after its reminder is reminded again.
     */
    @PermitAll
    public int sendReminders() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(MeetingInvite.OFFICE_TIME));
        LocalDate today = now.toLocalDate();
        int lead = reminderDays();
        // Every meeting within the next lead working days starts before this horizon (weekends and holidays included).
        LocalDate horizon = calendar.addWorkingDays(today, lead).plusDays(1);
        List<Meeting> coming = em.createQuery("select m from Meeting m where m.status = :scheduled"
                        + " and m.startsAt > :now and m.startsAt < :horizon order by m.startsAt", Meeting.class)
                .setParameter("scheduled", MeetingStatus.SCHEDULED).setParameter("now", now)
                .setParameter("horizon", horizon.atStartOfDay()).getResultList();
        int sent = 0;
        for (Meeting meeting : coming) {
            LocalDate day = meeting.getStartsAt().toLocalDate();
            if (calendar.countWorkingDays(today, day) <= lead) {
                sent += notify(meeting, NoticeKind.MEETING_REMINDER, "reminder:" + meeting.getId() + "@" + meeting.getStartsAt(),
                        meeting.getInvitations().stream().map(Invitation::getDepartmentCode).toList());
            }
        }
        int total = sent;
        LOG.fine(() -> "Meeting reminders: " + total);
        return sent;
    }

    /** The meeting as an iCalendar event. */
    public String invite(long id) {
        Meeting meeting = visible(id);
        String projects = refs(meeting.getProjectIds()).values().stream().map(p -> p.fileNo() + " " + p.name())
                .collect(Collectors.joining("\n"));
        return MeetingInvite.of(new MeetingInvite.Event(meeting.getId(), meeting.getVersion(), meeting.getStartsAt(),
                meeting.getEndsAt(), "联办预审会议 Joint pre-review meeting", meeting.getPlace(), projects,
                meeting.getStatus() == MeetingStatus.CANCELLED), clock.instant());
    }

    /**
     * Tells the departments' window accounts and the projects' officers of the meeting, none twice
     * for the same key; returns how many were told now.
     */
    private int notify(Meeting meeting, NoticeKind kind, String key, Collection<String> departments) {
        List<String> officers = em.createQuery("select p.officer from Project p where p.id in :ids and p.officer is not null",
                String.class).setParameter("ids", meeting.getProjectIds()).getResultList();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("meeting", meeting.getId());
        figures.put("startsAt", NOTICE_TIME.format(meeting.getStartsAt()));
        figures.put("place", meeting.getPlace().replace(';', ',').replace('=', ' '));
        figures.put("projects", String.join(",", fileNos(meeting.getProjectIds()).values()));
        figures.put("kind", meeting.getKind());
        return notices.send(Notice.of(kind, key, Recipients.departments(departments).and(Recipients.users(officers)))
                .saying(NoticeText.body(figures)));
    }

    /** The history shows a meeting to whom the project's meetings show it: a department only when invited. */
    private static Readers readers(Meeting meeting) {
        return READERS.forDepartments(meeting.getInvitations().stream().map(Invitation::getDepartmentCode).toList());
    }

    private Meeting load(long id, Long version) {
        Meeting meeting = visible(id);
        if (version != null) {
            StaleVersion.check("Meeting " + id, version, meeting.getVersion());
        }
        return meeting;
    }

    /** The meeting, if the caller may see it: a department window only one its department is invited to. */
    private Meeting visible(long id) {
        return visible(id, LockModeType.NONE);
    }

    private Meeting visible(long id, LockModeType lock) {
        Meeting meeting = em.find(Meeting.class, id, lock);
        Optional<String> own = callers.current().ownDepartment();
        if (meeting == null || own.isPresent() && !meeting.isInvited(own.get())) {
            throw new NotFound("There is no meeting " + id);
        }
        return meeting;
    }

    /** The projects on the agenda; a completed or withdrawn one only at the completion acceptance's meetings. */
    private List<Project> projects(MeetingKind kind, List<String> fileNos) {
        if (fileNos == null || fileNos.isEmpty()) {
            throw new RuleViolation("projects", "meeting.projects.required");
        }
        List<Project> projects = new ArrayList<>();
        for (String fileNo : new LinkedHashSet<>(fileNos)) {
            String wanted = fileNo == null ? "" : fileNo.strip();
            Project project = visibleProjects.find(wanted)
                    .orElseThrow(() -> new RuleViolation("projects", "meeting.project.unknown", wanted));
            boolean closed = project.getStatus() == ProjectStatus.WITHDRAWN || kind == MeetingKind.PRE_REVIEW
                    && (project.getStatus() == ProjectStatus.COMPLETED || project.getStatus() == ProjectStatus.COMPLETION_ACCEPTED);
            if (closed) {
                throw new RuleViolation("projects", "meeting.project.closed", wanted, project.getStatus());
            }
            projects.add(project);
        }
        return projects;
    }

    private List<String> involvedDepartments(List<Project> projects) {
        Set<String> involved = em.createQuery("select distinct m.departmentCode from Matter m where m.projectId in :ids"
                        + " and m.status not in :done", String.class)
                .setParameter("ids", projects.stream().map(Project::getId).toList())
                .setParameter("done", List.of(MatterStatus.DROPPED, MatterStatus.APPROVED, MatterStatus.RETURNED,
                        MatterStatus.HALTED))
                .getResultList().stream().collect(Collectors.toSet());
        return catalogue.departments().stream().map(DepartmentView::code).filter(involved::contains).toList();
    }

    private List<String> known(List<String> codes) {
        Set<String> all = catalogue.departments().stream().map(DepartmentView::code).collect(Collectors.toSet());
        List<String> wanted = new ArrayList<>();
        for (String code : codes) {
            String c = code == null ? "" : code.strip();
            if (!all.contains(c)) {
                throw new RuleViolation("departments", "catalogue.department.unknown", c);
            }
            if (!wanted.contains(c)) {
                wanted.add(c);
            }
        }
        return wanted;
    }

    private MeetingView view(Meeting m) {
        Map<String, DepartmentView> departments = catalogue.departments().stream()
                .collect(Collectors.toMap(DepartmentView::code, d -> d));
        Map<Long, MeetingView.ProjectRef> refs = refs(m.getProjectIds());
        return new MeetingView(m.getId(), m.getVersion(), m.getKind(), m.getStartsAt(), m.getEndsAt(), m.getPlace(), m.getStatus(),
                m.getMinutes(), m.getCancelReason(), m.getConvenedBy(), m.getClosedAt(),
                List.copyOf(refs.values()),
                m.getInvitations().stream().map(i -> {
                    DepartmentView d = departments.get(i.getDepartmentCode());
                    return new MeetingView.InvitationView(i.getDepartmentCode(), d == null ? i.getDepartmentCode() : d.name(),
                            d == null ? i.getDepartmentCode() : d.nameEn(), i.getAttendance(), i.getAttendee());
                }).toList(),
                m.getOpinions().stream().map(o -> new MeetingView.OpinionView(refs.get(o.getProjectId()).fileNo(),
                        o.getDepartmentCode(), o.getVerdict(), o.getMaterials(), o.getProcedures(), o.getNotes(),
                        o.getRecordedBy(), o.getRecordedAt())).toList());
    }

    private static MeetingSummary summary(Meeting m, Map<Long, String> fileNos) {
        return new MeetingSummary(m.getId(), m.getStartsAt(), m.getEndsAt(), m.getPlace(), m.getStatus(),
                m.getProjectIds().stream().filter(fileNos::containsKey).map(fileNos::get).toList(),
                m.getInvitations().stream().map(Invitation::getDepartmentCode).toList());
    }

    private Map<Long, String> fileNos(Collection<Long> projectIds) {
        Map<Long, String> fileNos = new LinkedHashMap<>();
        refs(projectIds).forEach((id, ref) -> fileNos.put(id, ref.fileNo()));
        return fileNos;
    }

    /** The projects' numbers, names and officers in one query, in the order given. */
    private Map<Long, MeetingView.ProjectRef> refs(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, MeetingView.ProjectRef> byId = new HashMap<>();
        em.createQuery("select p.id, p.fileNo, p.name, p.officer from Project p where p.id in :ids", Object[].class)
                .setParameter("ids", Set.copyOf(projectIds)).getResultList().stream()
                .forEach(r -> byId.put((Long) r[0], new MeetingView.ProjectRef((String) r[1], (String) r[2], (String) r[3])));
        Map<Long, MeetingView.ProjectRef> ordered = new LinkedHashMap<>();
        projectIds.forEach(id -> ordered.put(id, byId.get(id)));
        return ordered;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** The day the last of these projects was taken in: no meeting reviews them before it. */
    private LocalDate lastIntake(java.util.Collection<Long> projectIds) {
        return projectIds.isEmpty() ? null : em.createQuery("select max(p.intakeOn) from Project p where p.id in :ids", LocalDate.class)
                .setParameter("ids", projectIds).getSingleResult();
    }
}
