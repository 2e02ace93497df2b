package org.projectdesk.project.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.control.PlanSchedule;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.approval.control.Planner;
import org.projectdesk.approval.control.Prerequisites;
import org.projectdesk.greenchannel.boundary.GreenChannels;
import org.projectdesk.supervision.boundary.TimeLimitLights;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CatalogueView;
import org.projectdesk.project.entity.Enterprise;
import org.projectdesk.project.entity.FileCounter;
import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.Project;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.project.entity.Town;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.security.boundary.Profile;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.shared.control.StepDate;

/**
 * Service files: intake through the single window (with the approval plan scheduled from the
 * catalogue version in force that day), the file itself, the project list, and officer
 * assignment. An investor reads only the projects of their own enterprise: the restriction is part
 * of every query, and another enterprise's file is "not found".
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class ServiceFiles {

    private static final Logger LOG = Logger.getLogger(ServiceFiles.class.getName());
    static final Set<MatterStatus> OPEN = Set.of(MatterStatus.ACCEPTED, MatterStatus.IN_REVIEW, MatterStatus.SUSPENDED);
    /** Up to this many enterprises matching a search are looked up by id (see enterprisesNamed). */
    private static final int ENTERPRISES_BY_ID = 500;

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

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    TimeLimitLights lights;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<ProjectAlarm> alarms;

    @EJB
    Matters matters;

    @EJB
    GreenChannels greenChannels;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public ServiceFileView takeIn(IntakeRequest request) {
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
        if (request.town() == null || em.find(Town.class, request.town()) == null) {
            throw new RuleViolation("town", "project.town.unknown", request.town());
        }
        String officer = officerFor(request.officer());
        Enterprise enterprise = enterprise(request.enterprise());
        CatalogueView version = catalogue.inForce(intakeOn);
        FileCounter counter = em.find(FileCounter.class, intakeOn.getYear(), LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new FileCounter(intakeOn.getYear());
            em.persist(counter);
        }
        Project project = new Project(counter.next(), request.projectCode(), request.name(), enterprise,
                request.investment(), request.industry(), request.type(), request.town(), request.landStatus(),
                request.targetGroundbreaking(), request.notes(), intakeOn, version.number(), caller(), clock.instant());
        project.assignOfficer(officer, null, caller(), clock.instant());
        em.persist(project);
        em.flush();
        planner.plan(project.getId(), version, request.type(), intakeOn);
        audit.record(project.getId(), caller(), "INTAKE", project.getFileNo(), null,
                "project=" + project.getProjectCode() + ", enterprise=" + enterprise.getCreditCode() + ", officer=" + officer
                        + ", type=" + project.getType() + ", catalogueVersion=" + version.number());
        LOG.info(() -> "Took in " + project.getFileNo() + " " + project.getName() + " for " + enterprise.getName());
        return view(project);
    }

    /** The file; for an investor, only one of their enterprise's. */
    public ServiceFileView file(String fileNo) {
        return view(visible(fileNo));
    }

    /**
     * A page of the projects the filter keeps, sorted by fileNo, name, status, officer, town or
     * intakeOn (default: newest intake first). Investors get only their enterprise's.
     */
    public ProjectPage list(ProjectFilter filter, int page, int size, String sortField, boolean ascending) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        investorScope().ifPresent(code -> {
            where.append(" and p.enterprise.creditCode = :enterpriseCode");
            parameters.put("enterpriseCode", code);
        });
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.officer() != null && !filter.officer().isBlank()) {
            where.append(" and p.officer = :officer");
            parameters.put("officer", filter.officer().strip());
        }
        if (filter.town() != null && !filter.town().isBlank()) {
            where.append(" and p.town = :town");
            parameters.put("town", filter.town().strip());
        }
        if (filter.type() != null) {
            where.append(" and p.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.greenChannel() != null) {
            where.append(" and p.greenChannel.status = :greenChannel");
            parameters.put("greenChannel", filter.greenChannel());
        }
        if (filter.light() != null) {
            where.append(" and p.lightLevel = :light");
            parameters.put("light", filter.light().level());
        }
        if (filter.overdueOnly()) {
            // Overdue: a running matter whose promised limit has run out.
            where.append(" and exists (select m.id from Matter m where m.projectId = p.id and m.status in :running"
                    + " and m.dueOn < :today)");
            parameters.put("running", MatterStatus.RUNNING);
            parameters.put("today", LocalDate.now(clock));
        }
        String search = filter.search();
        if (search != null && !search.isBlank()) {
            String term = search.strip();
            // pg_trgm finds no trigram in fewer than three characters ("码头"): such a term is matched with
            // locate, a statement of its own, whose plan reads the rows instead of every trigram index whole.
            boolean trigrams = term.codePointCount(0, term.length()) >= 3;
            parameters.put("search", trigrams ? "%" + term.toLowerCase(Locale.ROOT) + "%" : term.toLowerCase(Locale.ROOT));
            parameters.put("code", trigrams ? "%" + term.toUpperCase(Locale.ROOT) + "%" : term.toUpperCase(Locale.ROOT));
            where.append(" and (").append(contains("lower(p.name)", "search", trigrams))
                    .append(" or ").append(contains("p.fileNo", "code", trigrams))
                    .append(" or ").append(contains("p.projectCode", "code", trigrams))
                    .append(enterprisesNamed(trigrams, parameters)).append(")");
        }
        // No explicit join to the enterprise: a condition that needs it joins it, and p.enterprise.id stays
        // the project's own column (an explicit join would make it the enterprise's id, see enterprisesNamed).
        TypedQuery<Long> count = em.createQuery("select count(p) from Project p" + where, Long.class);
        // Page through ids first: the details (and the per-row next due date) are read for this page
        // only, not for every row an offset skips.
        TypedQuery<Long> ids = em.createQuery("select p.id from Project p" + where
                + " order by " + order(sortField, ascending), Long.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        List<Long> pageIds = ids.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, ProjectSummary> byId = new HashMap<>();
        if (!pageIds.isEmpty()) {
            em.createQuery("select p.id, p.fileNo, p.name, e.name, e.creditCode, p.status, p.officer,"
                            + " p.town, p.type, p.investment, p.intakeOn, p.greenChannel.status, p.lightLevel,"
                            + " (select min(m.dueOn) from Matter m where m.projectId = p.id and m.status in :open)"
                            + " from Project p join p.enterprise e where p.id in :ids", Object[].class)
                    .setParameter("open", OPEN).setParameter("ids", pageIds).getResultStream()
                    .forEach(r -> byId.put((Long) r[0], new ProjectSummary((String) r[1], (String) r[2],
                            new ProjectSummary.EnterpriseRef((String) r[3], (String) r[4]), (ProjectStatus) r[5],
                            (String) r[6], (String) r[7], (ProjectType) r[8], (BigDecimal) r[9], (LocalDate) r[10],
                            (LocalDate) r[13], (GreenChannelStatus) r[11], Light.ofLevel((Integer) r[12]),
                            calendar.provisionalDates().check("nextDueOn", (LocalDate) r[13]).names())));
        }
        List<ProjectSummary> items = pageIds.stream().map(byId::get).toList();
        return new ProjectPage(items, count.getSingleResult(), page, size);
    }

    /**
     * The search's condition on the enterprise's name, as a condition on the project: the ids of the
     * (few) enterprises so named, found first. One "or" across the join to the enterprise would make
     * PostgreSQL read both tables whole instead of using the trigram indexes (V10); on the project
     * alone it combines them. When very many enterprises match, the name is compared in the join.
     */
    private String enterprisesNamed(boolean trigrams, Map<String, Object> parameters) {
        List<Long> named = em.createQuery("select f.id from Enterprise f where " + contains("lower(f.name)", "search", trigrams),
                        Long.class)
                .setParameter("search", parameters.get("search")).setMaxResults(ENTERPRISES_BY_ID + 1).getResultList();
        if (named.isEmpty()) {
            return "";
        }
        if (named.size() > ENTERPRISES_BY_ID) {
            return " or " + contains("lower(p.enterprise.name)", "search", trigrams);
        }
        parameters.put("enterprises", named);
        return " or p.enterprise.id in :enterprises";
    }

    /** That the expression contains the parameter: "like" with a %…% pattern, or locate with the bare term. */
    private static String contains(String expression, String parameter, boolean pattern) {
        return pattern ? expression + " like :" + parameter : "locate(:" + parameter + ", " + expression + ") > 0";
    }

    private static String order(String field, boolean ascending) {
        String column = switch (field == null ? "" : field) {
            case "fileNo", "name", "status", "officer", "town", "intakeOn" -> "p." + field;
            default -> null;
        };
        return column == null ? "p.intakeOn desc, p.fileNo desc" : column + (ascending ? " asc" : " desc") + ", p.fileNo desc";
    }

    /**
     * Each coordination officer's open projects (not yet construction-started, paused or withdrawn)
     * with the nearest due date of their running matters; the director assigns with these in view.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public List<Caseload> caseloads() {
        List<Object[]> rows = em.createQuery("select p.officer, count(p),"
                + " (select min(m.dueOn) from Matter m, Project q where m.projectId = q.id and q.officer = p.officer"
                + " and m.status in :open)"
                + " from Project p where p.status in :active group by p.officer order by p.officer", Object[].class)
                .setParameter("open", OPEN)
                .setParameter("active", Set.of(ProjectStatus.ACCEPTED, ProjectStatus.IN_APPROVAL))
                .getResultList();
        Map<String, Caseload> byOfficer = new java.util.TreeMap<>();
        rows.forEach(r -> byOfficer.put((String) r[0], new Caseload((String) r[0], displayName((String) r[0]),
                ((Number) r[1]).intValue(), (LocalDate) r[2],
                calendar.provisionalDates().check("nextDueOn", (LocalDate) r[2]).names())));
        em.createQuery("select distinct a.username from Account a join a.roles r where r = :role and a.enabled = true",
                        String.class).setParameter("role", Role.OFFICER).getResultList()
                .forEach(name -> byOfficer.putIfAbsent(name, new Caseload(name, displayName(name), 0, null, List.of())));
        return List.copyOf(byOfficer.values());
    }

    private String displayName(String username) {
        return logins.profile(username).map(Profile::displayName).orElse(username);
    }

    @RolesAllowed(Role.DIRECTOR_NAME)
    public ServiceFileView reassign(String fileNo, long version, String officer, String reason) {
        Project project = visible(fileNo);
        StaleVersion.check("Service file " + fileNo, version, project.getVersion());
        String before = "officer=" + project.getOfficer();
        project.assignOfficer(officerFor(officer), reason, caller(), clock.instant());
        audit.record(project.getId(), caller(), "REASSIGN_OFFICER", fileNo, before,
                "officer=" + project.getOfficer() + ", reason=" + reason);
        em.flush();
        return view(project);
    }

    /** Moves the project along after its approvals, or pauses, resumes or withdraws it. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public ServiceFileView track(String fileNo, TrackingStep step) {
        Project project = visible(fileNo);
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
                matters.haltSimulated(project.getId(), step.on(), "project withdrawn (" + step.reasonCode() + ")");
            }
        }
        audit.record(project.getId(), caller(), step.type().name(), fileNo, before, "status=" + project.getStatus()
                + ", on=" + step.on() + (step.reasonCode() == null ? "" : ", reason=" + step.reasonCode()));
        em.flush();
        return view(project);
    }

    /** A progress note or milestone on the construction tracking file. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public ServiceFileView note(String fileNo, LocalDate on, org.projectdesk.project.entity.ProgressNote.Kind kind, String text) {
        Project project = visible(fileNo);
        project.addProgress(on, LocalDate.now(clock), kind, text, caller());
        audit.record(project.getId(), caller(), "PROGRESS_" + (kind == null ? "NOTE" : kind.name()), fileNo, null, on + " " + text);
        em.flush();
        return view(project);
    }

    public List<Town> towns() {
        return em.createNamedQuery(Town.ALL, Town.class).getResultList();
    }

    /**
     * The id of the file for other features to load it by: for an investor only one of their
     * enterprise's; another enterprise's file, like an unknown one, is not found.
     */
    public Long visibleId(String fileNo) {
        return visible(fileNo).getId();
    }

    Project visible(String fileNo) {
        Project project = em.createNamedQuery(Project.BY_FILE_NO, Project.class).setParameter("fileNo", fileNo)
                .getResultStream().findFirst().orElse(null);
        Optional<String> scope = investorScope();
        if (project == null || scope.isPresent() && !scope.get().equals(project.getEnterprise().getCreditCode())) {
            throw new NotFound("There is no service file " + fileNo);
        }
        return project;
    }

    /** For an investor, the credit code of their enterprise; empty for office staff. */
    private Optional<String> investorScope() {
        if (!session.isCallerInRole(Role.INVESTOR_NAME) || session.isCallerInRole(Role.OFFICER_NAME)
                || session.isCallerInRole(Role.DIRECTOR_NAME) || session.isCallerInRole(Role.ADMIN_NAME)) {
            return Optional.empty();
        }
        return Optional.of(logins.profile(caller()).map(Profile::enterpriseCode).orElse("-"));
    }

    private String officerFor(String requested) {
        if (requested == null || requested.isBlank()) {
            if (session.isCallerInRole(Role.OFFICER_NAME)) {
                return caller();
            }
            throw new RuleViolation("officer", "project.officer.required");
        }
        Profile officer = logins.profile(requested.strip())
                .filter(p -> p.roles().contains(Role.OFFICER))
                .orElseThrow(() -> new RuleViolation("officer", "project.officer.unknown", requested.strip()));
        return officer.username();
    }

    private Enterprise enterprise(IntakeRequest.EnterpriseData data) {
        String code = org.projectdesk.project.entity.CreditCode.validated("enterprise.creditCode", data.creditCode());
        return em.createNamedQuery(Enterprise.BY_CREDIT_CODE, Enterprise.class).setParameter("code", code)
                .getResultStream().findFirst().orElseGet(() -> {
                    Enterprise created = new Enterprise(code, data.name(), data.contactName(), data.contactPhone());
                    em.persist(created);
                    return created;
                });
    }

    ServiceFileView view(Project p) {
        List<Matter> matters = em.createQuery("select m from Matter m where m.projectId = :id order by m.categoryCode",
                Matter.class).setParameter("id", p.getId()).getResultList();
        List<Matter> planned = matters.stream()
                .filter(m -> m.getStatus() != MatterStatus.DROPPED && m.getStatus() != MatterStatus.HALTED).toList();
        PlanSchedule schedule = Prerequisites.of(matters).schedule();
        Set<String> critical = new HashSet<>(schedule.criticalPath());
        List<MatterView> views = matters.stream()
                .map(m -> MatterView.of(m, critical.contains(m.getCategoryCode()), lights.of(m), calendar)).toList();
        LocalDate projectedFinish = projectedFinish(planned);
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
                projectLight(p.getId(), views, window), window, p.getLandHeldOn(), greenChannels.services(p.getId()),
                calendar.provisionalDates().check("projectedFinish", projectedFinish).names());
    }

    private ServiceFileView.GreenWindow marked(ServiceFileView.GreenWindow window) {
        return window == null ? null
                : window.marked(calendar.provisionalDates().check("from", window.from()).check("to", window.to()).names());
    }

    /**
     * The worst light among the running matters and the other alarms (overdue problems), and on the
     * green channel a red or yellow for the window.
     */
    private Light projectLight(Long projectId, List<MatterView> matters, ServiceFileView.GreenWindow window) {
        LocalDate today = LocalDate.now(clock);
        int level = java.util.stream.Stream.concat(matters.stream().map(MatterView::light),
                        alarms.stream().map(a -> a.lightOf(projectId, today)))
                .filter(java.util.Objects::nonNull).mapToInt(Light::level).max().orElse(-1);
        if (window != null && window.from() != null) {
            level = Math.max(level, window.overrun() ? Light.RED.level() : window.outside() ? Light.YELLOW.level() : 0);
        }
        return level < 0 ? null : Light.values()[level];
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
            boolean finished = p.getStatus() != ProjectStatus.ACCEPTED && p.getStatus() != ProjectStatus.IN_APPROVAL;
            LocalDate until = finished && projectedFinish != null ? projectedFinish : LocalDate.now(clock);
            int used = calendar.countWorkingDays(first, until);
            boolean outside = projectedFinish == null || projectedFinish.isAfter(to);
            boolean overrun = !finished && LocalDate.now(clock).isAfter(to);
            return new ServiceFileView.GreenWindow(settings.getGreenWindowFrom(), settings.getGreenWindowTo(), first, from,
                    to, used, outside, overrun);
        } catch (YearNotLoaded e) {
            return new ServiceFileView.GreenWindow(settings.getGreenWindowFrom(), settings.getGreenWindowTo(), first, null,
                    null, 0, true, false);
        }
    }

    /**
     * When the last planned matter is expected to be decided, from the facts so far: a decided
     * matter on its decision day, a running one on its due date, one not yet filed its promised
     * limit after today or after its prerequisites, whichever is later; and never before a matter
     * still to be decided is planned to finish. Null only when that needs a year past the calendar.
     */
    private LocalDate projectedFinish(List<Matter> planned) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Matter> byCode = new HashMap<>();
        planned.forEach(m -> byCode.put(m.getCategoryCode(), m));
        Map<String, LocalDate> finish = new HashMap<>();
        try {
            LocalDate last = null;
            for (Matter m : planned) {
                LocalDate f = finishOf(m, byCode, finish, today, new HashSet<>());
                last = last == null || f.isAfter(last) ? f : last;
                LocalDate plan = m.getStatus().isFinished() || m.getStatus() == MatterStatus.SIMULATED ? null : m.getPlannedFinish();
                last = plan != null && plan.isAfter(last) ? plan : last;
            }
            return last;
        } catch (YearNotLoaded e) {
            return null;
        }
    }

    private LocalDate finishOf(Matter m, Map<String, Matter> byCode, Map<String, LocalDate> finish, LocalDate today,
            Set<String> path) {
        LocalDate known = finish.get(m.getCategoryCode());
        if (known != null) {
            return known;
        }
        path.add(m.getCategoryCode());
        LocalDate result = switch (m.getStatus()) {
            case APPROVED, RETURNED -> m.getDecidedOn();
            case SIMULATED -> m.getSimulatedOn();
            case ACCEPTED, IN_REVIEW -> m.getDueOn();
            default -> {
                LocalDate start = today;
                for (String prerequisite : m.getPrerequisites()) {
                    Matter before = byCode.get(prerequisite);
                    if (before != null && !path.contains(prerequisite)) {
                        LocalDate done = finishOf(before, byCode, finish, today, path);
                        start = done.isAfter(start) ? done : start;
                    }
                }
                yield calendar.addWorkingDays(start, m.limitDays());
            }
        };
        // Off the path once done: a prerequisite met again on another branch is read from finish,
        // not skipped as if it were a cycle (which made the projection two days short).
        path.remove(m.getCategoryCode());
        finish.put(m.getCategoryCode(), result);
        return result;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
