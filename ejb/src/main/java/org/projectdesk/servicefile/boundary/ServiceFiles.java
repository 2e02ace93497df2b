package org.projectdesk.servicefile.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.control.PlanForecast;
import org.projectdesk.approval.control.PlanSchedule;
import org.projectdesk.approval.control.Planner;
import org.projectdesk.approval.control.Prerequisites;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CatalogueView;
import org.projectdesk.greenchannel.boundary.GreenChannels;
import org.projectdesk.project.boundary.ProjectWithdrawn;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.project.entity.CreditCodeGuard;
import org.projectdesk.project.entity.Enterprise;
import org.projectdesk.project.entity.FileCounter;
import org.projectdesk.project.entity.Project;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.Town;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.security.boundary.Profile;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.shared.control.StepDate;
import org.projectdesk.supervision.boundary.Notice;
import org.projectdesk.supervision.boundary.NoticeText;
import org.projectdesk.supervision.boundary.Notices;
import org.projectdesk.supervision.boundary.Recipients;
import org.projectdesk.supervision.boundary.TimeLimitLights;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.supervision.entity.Light;

/**
 * Service files: intake through the single window (with the approval plan scheduled from the
 * catalogue version in force that day), the file itself, the project list, and officer
 * assignment. An investor reads only the projects of their own enterprise, a town's staff only its
 * town's: the restriction is part of every query, and another's file is "not found".
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME,
        Role.TOWN_NAME})
public class ServiceFiles {

    private static final Logger LOG = Logger.getLogger(ServiceFiles.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalogue catalogue;

    @Inject
    Planner planner;

    @EJB
    AuditTrail audit;

    @EJB
    Logins logins;

    @EJB
    Callers callers;

    @EJB
    VisibleProjects projects;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    TimeLimitLights lights;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<ProjectAlarm> alarms;

    @Inject
    Event<ProjectWithdrawn> withdrawn;

    @EJB
    Notices notices;

    @EJB
    GreenChannels greenChannels;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public ServiceFileView takeIn(IntakeRequest request) {
        Intake intake = admit(request);
        tellAssignedOfficer(intake.project(), null);
        return view(intake.project(), intake.planned().stream().sorted(java.util.Comparator.comparing(Matter::getCategoryCode))
                .toList());
    }

    /**
     * Takes in the project exactly as {@link #takeIn} does, answering only with its file number, officer and plan: the
     * ledger import takes in thousands, and the rest of the file (its lights, forecast, history, alarms) would be read
     * for nothing. The officer is not told here: the import tells each officer once of all the projects it gave them
     * ({@link #tellLedgerOfficers}), where one notice a project would bury an officer's inbox under thousands.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public PlannedFile takeInPlanned(IntakeRequest request) {
        Intake intake = admit(request);
        return new PlannedFile(intake.project().getFileNo(), intake.project().getOfficer(), intake.planned().stream()
                .map(m -> new PlannedFile.PlannedMatter(m.getCategoryCode(), List.copyOf(m.getPrerequisites()))).toList());
    }

    private record Intake(Project project, List<Matter> planned) {
    }

    private Intake admit(IntakeRequest request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate intakeOn = request.intakeOn() != null ? request.intakeOn() : today;
        StepDate.check("intakeOn", intakeOn, today, null);
        if (request.enterprise() == null) {
            throw new RuleViolation("enterprise", "project.enterprise.required");
        }
        if (request.projectCode() != null && em.createNamedQuery(Project.COUNT_BY_CODE, Long.class)
                .setParameter("code", request.projectCode().strip()).getSingleResult() > 0) {
            throw new RuleViolation("projectCode", "project.code.taken", request.projectCode().strip());
        }
        Town town = request.town() == null ? null : em.find(Town.class, request.town());
        if (town == null) {
            throw new RuleViolation("town", "project.town.unknown", request.town());
        }
        // A town no longer offered (merged into another, say) takes no new project; its files stay as they are.
        town.requireOffered("town");
        String officer = officerFor(request.officer());
        String creditCode = org.projectdesk.project.entity.CreditCode.validated("enterprise.creditCode",
                request.enterprise().creditCode());
        // Named even when the code is known: an intake without the applicant's name is a form left half empty.
        if (request.enterprise().name() == null || request.enterprise().name().isBlank()) {
            throw new RuleViolation("enterprise.name", "enterprise.name.required");
        }
        CatalogueView version = catalogue.inForce(intakeOn);
        Enterprise enterprise = enterprise(creditCode, request.enterprise());
        Project project = new Project(Project.unnumbered(), request.projectCode(), request.name(), enterprise,
                request.investment(), request.industry(), request.type(), request.town(), request.landStatus(),
                request.targetGroundbreaking(), request.notes(), intakeOn, version.number(), caller(), clock.instant());
        project.assignOfficer(officer, null, caller(), clock.instant());
        em.persist(project);
        List<Matter> planned = planner.plan(project.getId(), version, request.type(), intakeOn);
        number(project, intakeOn.getYear());
        audit.record(project.getId(), caller(), "INTAKE", project.getFileNo(), null,
                "project=" + project.getProjectCode() + ", enterprise=" + enterprise.getCreditCode() + ", officer=" + officer
                        + ", type=" + project.getType() + ", catalogueVersion=" + version.number());
        // Not the enterprise: an individual business (个体工商户) bears its owner's name, which the log must not keep.
        LOG.info(() -> "Took in " + project.getFileNo() + " " + project.getName());
        return new Intake(project, planned);
    }

    /** The file; for an investor, only one of their enterprise's; for a town's staff, only one of its town's. */
    public ServiceFileView file(String fileNo) {
        return view(projects.byFileNo(fileNo));
    }

    @RolesAllowed(Role.DIRECTOR_NAME)
    public ServiceFileView reassign(String fileNo, long version, String officer, String reason) {
        Project project = projects.byFileNo(fileNo);
        StaleVersion.check("Service file " + fileNo, version, project.getVersion());
        String before = "officer=" + project.getOfficer();
        project.assignOfficer(officerFor(officer), reason, caller(), clock.instant());
        audit.record(project.getId(), caller(), "REASSIGN_OFFICER", fileNo, before,
                "officer=" + project.getOfficer() + ", reason=" + reason);
        em.flush();
        tellAssignedOfficer(project, reason);
        return view(project);
    }

    /** Moves the project along after its approvals, or pauses, resumes or withdraws it. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public ServiceFileView track(String fileNo, TrackingStep step) {
        Project project = projects.byFileNo(fileNo);
        if (step.version() != null) {
            StaleVersion.check("Service file " + fileNo, step.version(), project.getVersion());
        }
        if (step.type() == null) {
            throw new RuleViolation("type", "matter.event.type");
        }
        LocalDate today = LocalDate.now(clock);
        String before = "status=" + project.getStatus();
        switch (step.type()) {
            case PREPARE_TO_START -> project.prepareToStart(step.on(), today);
            case START_CONSTRUCTION -> project.startConstruction(step.on(), today);
            case COMPLETE -> project.complete(step.on(), today);
            case PAUSE -> project.pause(step.on(), today, step.reasonCode(), step.note());
            case RESUME -> project.resume(step.on(), today);
            case WITHDRAW -> {
                project.withdraw(step.on(), today, step.reasonCode());
                withdrawn.fire(new ProjectWithdrawn(project.getId(), fileNo, step.on(), step.reasonCode(), caller()));
            }
        }
        audit.record(project.getId(), caller(), step.type().name(), fileNo, before, "status=" + project.getStatus()
                + ", on=" + step.on() + (step.reasonCode() == null ? "" : ", reason=" + step.reasonCode()));
        em.flush();
        return view(project);
    }

    /**
     * A progress note or milestone on the construction tracking file. A town's staff notes progress on
     * its town's projects as seen on the ground; milestones, like the tracking steps, are the office's.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.TOWN_NAME})
    public ServiceFileView note(String fileNo, LocalDate on, org.projectdesk.project.entity.ProgressNote.Kind kind, String text) {
        Project project = projects.byFileNo(fileNo);
        if (kind == org.projectdesk.project.entity.ProgressNote.Kind.MILESTONE && !callers.current().recordsMilestones()) {
            throw new EJBAccessException("Only the office records milestones");
        }
        project.addProgress(on, LocalDate.now(clock), kind, text, caller());
        audit.record(project.getId(), caller(), "PROGRESS_" + (kind == null ? "NOTE" : kind.name()), fileNo, null, on + " " + text);
        em.flush();
        return view(project);
    }

    /**
     * Tells each officer other than the caller, once, of the projects a ledger import gave them ({@code filesByOfficer}:
     * their file numbers in the file's order). The notice counts them and names the first
     * {@link NoticeText#LEDGER_FILES_NAMED}; the officer's list of projects has them all.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public void tellLedgerOfficers(java.util.Map<String, List<String>> filesByOfficer) {
        filesByOfficer.forEach((officer, fileNos) -> {
            if (!officer.equals(caller()) && !fileNos.isEmpty()) {
                // A file is imported once, so its first file number names this import for this officer.
                notices.send(Notice.of(NoticeKind.LEDGER_ASSIGNED, "ledger:" + fileNos.get(0), Recipients.users(officer))
                        .saying(NoticeText.ledgerBody(fileNos)));
            }
        });
    }

    /** An officer given a project by someone else (the director, at intake or by reassignment) hears of it. */
    private void tellAssignedOfficer(Project project, String reason) {
        if (!project.getOfficer().equals(caller())) {
            notices.send(Notice.of(NoticeKind.OFFICER_ASSIGNED, "officer:" + project.getId() + "@" + clock.millis(),
                    Recipients.users(project.getOfficer())).about(project.getId())
                    .saying(reason == null || reason.isBlank() ? null : reason.strip()));
        }
    }

    private String officerFor(String requested) {
        if (requested == null || requested.isBlank()) {
            if (callers.current().has(Role.OFFICER)) {
                return caller();
            }
            throw new RuleViolation("officer", "project.officer.required");
        }
        if (requested.strip().equals(caller()) && callers.current().has(Role.OFFICER)) {
            // An officer naming themselves: signed in, so their account is there and enabled; no need to read it again.
            return caller();
        }
        Profile officer = logins.profile(requested.strip())
                .filter(p -> p.roles().contains(Role.OFFICER))
                .orElseThrow(() -> new RuleViolation("officer", "project.officer.unknown", requested.strip()));
        return officer.username();
    }

    /**
     * Numbers the file as the last write before commit: the project and its plan are stored (flushed) first, so
     * the year's counter, locked from here to commit, makes intakes take turns only for that short span. The
     * numbers stay gap-free (a number is taken only by a transaction about to commit, and a rollback returns
     * it), and the row lock guards every server sharing the database.
     */
    private void number(Project project, int year) {
        em.flush();
        FileCounter counter = em.find(FileCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new FileCounter(year);
            em.persist(counter);
        }
        project.number(counter.next());
        em.createNamedQuery(Project.NUMBER).setParameter("fileNo", project.getFileNo()).setParameter("id", project.getId())
                .executeUpdate();
    }

    private Enterprise enterprise(String code, IntakeRequest.EnterpriseData data) {
        return knownEnterprise(code).orElseGet(() -> {
            // A new one: intakes naming it at the same moment take turns on its code's guard row, and each after
            // the first finds the enterprise the first created.
            em.find(CreditCodeGuard.class, CreditCodeGuard.rowFor(code), LockModeType.PESSIMISTIC_WRITE);
            return knownEnterprise(code).orElseGet(() -> {
                Enterprise created = new Enterprise(code, data.name(), data.contactName(), data.contactPhone());
                em.persist(created);
                return created;
            });
        });
    }

    private java.util.Optional<Enterprise> knownEnterprise(String code) {
        return em.createNamedQuery(Enterprise.BY_CREDIT_CODE, Enterprise.class).setParameter("code", code)
                .getResultList().stream().findFirst();
    }

    ServiceFileView view(Project p) {
        return view(p, em.createQuery("select m from Matter m where m.projectId = :id order by m.categoryCode",
                Matter.class).setParameter("id", p.getId()).getResultList());
    }

    /**
     * The file with its matters as read already, by category code. The view writes nothing: what was written
     * before it is flushed once, and its reads (history, services, alarms, settings) then run without
     * auto-flush, each of which would dirty-check the project and all its matters again.
     */
    private ServiceFileView view(Project p, List<Matter> matters) {
        em.flush();
        FlushModeType before = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            return flushedView(p, matters);
        } finally {
            em.setFlushMode(before);
        }
    }

    private ServiceFileView flushedView(Project p, List<Matter> matters) {
        List<Matter> planned = matters.stream()
                .filter(m -> m.getStatus() != MatterStatus.DROPPED && m.getStatus() != MatterStatus.HALTED).toList();
        PlanSchedule schedule = Prerequisites.of(matters).schedule();
        Set<String> critical = new HashSet<>(schedule.criticalPath());
        List<MatterView> views = matters.stream()
                .map(m -> MatterView.of(m, critical.contains(m.getCategoryCode()), lights.of(m), calendar)).toList();
        LocalDate projectedFinish = new PlanForecast(calendar::addWorkingDays, LocalDate.now(clock)).projectedFinish(planned);
        ServiceFileView.GreenWindow window = marked(greenWindow(p, matters, projectedFinish));
        var enterprise = p.getEnterprise();
        var green = p.getGreenChannel();
        return new ServiceFileView(p.getFileNo(), p.getProjectCode(), p.getName(),
                new ServiceFileView.EnterpriseView(enterprise.getName(), enterprise.getCreditCode(),
                        enterprise.getContactName(), enterprise.getContactPhone()),
                p.getInvestment(), p.getIndustry(), p.getType(), p.getTown(), p.getLandStatus(),
                p.getTargetGroundbreaking(), p.getNotes(), p.getOfficer(), p.getStatus(), p.getIntakeOn(),
                p.getCatalogueVersion(), views, projectedFinish, schedule.elapsedDays(), schedule.criticalPath(),
                planned.stream().mapToInt(Matter::getStatutoryDays).sum(),
                planned.stream().mapToInt(Matter::getPromisedDays).sum(),
                p.getHandovers().stream().map(h -> new ServiceFileView.Handover(h.getFromOfficer(), h.getToOfficer(),
                        h.getReason(), h.getDecidedBy(), h.getDecidedAt())).toList(),
                p.getStopReason(), p.getStatusChangedOn(), p.getConstructionStartedOn(), p.getCompletedOn(),
                p.getProgress().stream().map(n -> new ServiceFileView.Progress(n.getOn(), n.getKind().name(), n.getText(),
                        n.getAuthor())).toList(),
                audit.forProject(p.getId()), p.getVersion(),
                new ServiceFileView.GreenChannelView(green.getStatus(), green.getProposedBy(), green.getProposedOn(),
                        green.getProposalReason(), green.getDecidedBy(), green.getDecidedOn(), green.getDecisionReason()),
                projectLight(p, matters, views, window), window, p.getLandHeldOn(), greenChannels.services(p.getId()),
                calendar.provisionalDates().check("projectedFinish", projectedFinish).names());
    }

    private ServiceFileView.GreenWindow marked(ServiceFileView.GreenWindow window) {
        return window == null ? null
                : window.marked(calendar.provisionalDates().check("from", window.from()).check("to", window.to()).names());
    }

    /** The project's light by the rule the scan also applies. */
    private Light projectLight(Project p, List<Matter> matters, List<MatterView> views, ServiceFileView.GreenWindow window) {
        LocalDate today = LocalDate.now(clock);
        List<Light> parts = java.util.stream.Stream.concat(views.stream().map(MatterView::light),
                alarms.stream().map(a -> a.lightOf(p.getId(), today))).filter(java.util.Objects::nonNull).toList();
        if (window == null || window.from() == null || !approving(p)) {
            return lights.ofProject(parts, null, null);
        }
        LocalDate latestRunningDue = matters.stream().filter(m -> m.getStatus().isRunning())
                .map(Matter::getDueOn).filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        return lights.ofProject(parts, window.firstAcceptedOn(), latestRunningDue);
    }

    private static boolean approving(Project p) {
        return p.getStatus() == ProjectStatus.ACCEPTED || p.getStatus() == ProjectStatus.IN_APPROVAL;
    }

    /**
     * A green-channel project's target window (18–22 working days by default) counted from its first
     * acceptance; null unless the green channel is granted, with no dates before the first acceptance.
     */
    private ServiceFileView.GreenWindow greenWindow(Project p, List<Matter> matters, LocalDate projectedFinish) {
        if (!p.getGreenChannel().isGranted()) {
            return null;
        }
        var settings = lights.settings();
        LocalDate first = matters.stream().map(Matter::getAcceptedOn).filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        if (first == null) {
            return new ServiceFileView.GreenWindow(settings.getGreenWindowFrom(), settings.getGreenWindowTo(), null, null,
                    null, 0, false, false);
        }
        try {
            LocalDate from = calendar.addWorkingDays(first, settings.getGreenWindowFrom());
            LocalDate to = calendar.addWorkingDays(first, settings.getGreenWindowTo());
            boolean finished = !approving(p);
            LocalDate until = finished && projectedFinish != null ? projectedFinish : LocalDate.now(clock);
            int used = calendar.countWorkingDays(first, until);
            boolean outside = projectedFinish == null || projectedFinish.isAfter(to);
            boolean overrun = !finished && settings.projectRule().overrun(used);
            return new ServiceFileView.GreenWindow(settings.getGreenWindowFrom(), settings.getGreenWindowTo(), first, from,
                    to, used, outside, overrun);
        } catch (YearNotLoaded e) {
            return new ServiceFileView.GreenWindow(settings.getGreenWindowFrom(), settings.getGreenWindowTo(), first, null,
                    null, 0, true, false);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
