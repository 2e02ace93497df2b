package org.projectdesk.acceptance.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.acceptance.control.AcceptanceSettings;
import org.projectdesk.acceptance.control.AcceptanceViews;
import org.projectdesk.acceptance.control.OpinionNumbers;
import org.projectdesk.acceptance.entity.AcceptanceCase;
import org.projectdesk.acceptance.entity.AcceptanceScope;
import org.projectdesk.acceptance.entity.AcceptanceStatus;
import org.projectdesk.acceptance.entity.AcceptanceTerms;
import org.projectdesk.acceptance.entity.CaseItem;
import org.projectdesk.acceptance.entity.ItemDefinition;
import org.projectdesk.acceptance.entity.ItemVerdict;
import org.projectdesk.acceptance.entity.MaterialList;
import org.projectdesk.acceptance.entity.PledgeParty;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.audit.boundary.Readers;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.meeting.boundary.MeetingRequest;
import org.projectdesk.meeting.boundary.MeetingView;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.meeting.entity.Meeting;
import org.projectdesk.meeting.entity.MeetingKind;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.project.entity.Project;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.MaterialNames;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.QueryFilter;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;

/**
 * Joint completion acceptance (联合竣工验收), one case a project (or phase): the builder applies once
 * (through the office or the portal); the office schedules the group's pre-review and the one joint
 * site inspection as meetings of their kinds; each department's window signs its own items' verdicts on
 * the combined form; the builder reports findings put right and pledges, beside the town, on
 * paperwork; the office issues the joint opinion, which approves the catalogue matters it stands for.
 * Every method loads, asks the case, audits and stores. Who sees a case: the office, leaders and
 * administrators all; a department window the cases it has an item in; an investor their
 * enterprise's; a town its town's (another's case is "not found").
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME,
        Role.ADMIN_NAME, Role.TOWN_NAME})
public class Acceptances {

    private static final Readers READERS = Readers.readersOf(Acceptances.class, "acceptance");

    private static final Logger LOG = Logger.getLogger(Acceptances.class.getName());

    /** The statuses a project may apply from: construction started (completed on the day given) or completed. */
    public static final Set<ProjectStatus> APPLYING = Set.of(ProjectStatus.CONSTRUCTION_STARTED, ProjectStatus.COMPLETED);

    @PersistenceContext
    EntityManager em;

    @EJB
    VisibleProjects projects;

    @EJB
    Meetings meetings;

    @EJB
    Matters matters;

    @EJB
    AuditTrail audit;

    @EJB
    Callers callers;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AcceptanceViews views;

    @Inject
    OpinionNumbers opinionNumbers;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The builder's one application: the items that apply to the project (its type, its plan, its land)
     * and their materials merged into one list told once. One open case a project at a time.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.INVESTOR_NAME})
    public AcceptanceView apply(String fileNo, Application application) {
        Project project = em.find(Project.class, projects.idOf(fileNo), LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new RuleViolation("scope", "acceptance.scope.required");
        }
        if (!APPLYING.contains(project.getStatus())) {
            throw new RuleViolation(null, "acceptance.project.status", fileNo, project.getStatus());
        }
        long open = em.createQuery("select count(a) from AcceptanceCase a where a.projectId = :id and a.status in :open",
                        Long.class).setParameter("id", project.getId()).setParameter("open", openStatuses()).getSingleResult();
        if (open > 0) {
            throw new RuleViolation(null, "acceptance.project.open", fileNo);
        }
        if (application.scope() == AcceptanceScope.WHOLE && project.getStatus() == ProjectStatus.COMPLETED
                && application.completedOn() != null && project.getCompletedOn() != null
                && !application.completedOn().equals(project.getCompletedOn())) {
            throw new RuleViolation("completedOn", "acceptance.completedOn.project", application.completedOn(),
                    project.getCompletedOn());
        }
        List<ItemDefinition> applicable = applicableItems(project);
        LocalDate today = LocalDate.now(clock);
        AcceptanceCase acceptance = new AcceptanceCase(project.getId(), project.getEnterprise().getCreditCode(),
                project.getTown(), application.scope(), application.scopeText(),
                application.appliedOn() == null ? today : application.appliedOn(), application.completedOn(),
                application.contact(), applicable, MaterialList.of(applicable, MaterialNames::key), terms(), today, caller(),
                clock.instant(), dueDates());
        em.persist(acceptance);
        em.flush();
        record(acceptance, "ACCEPTANCE_APPLIED", null, acceptance.getScope() + ", items="
                + acceptance.getItems().stream().map(CaseItem::getCode).toList());
        LOG.info(() -> "Acceptance " + acceptance.getId() + " applied for " + fileNo + " by " + caller());
        return views.of(acceptance);
    }

    /** The items that apply to the project now, as the application would take them (for the form before applying). */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.INVESTOR_NAME})
    public List<String> applicableItemCodes(String fileNo) {
        return applicableItems(em.find(Project.class, projects.idOf(fileNo))).stream().map(ItemDefinition::getCode).toList();
    }

    public AcceptanceView acceptance(long id) {
        return views.of(visible(id));
    }

    /** Acceptances the filter keeps, newest application first, as far as the caller may see them. */
    public AcceptancePage list(AcceptanceFilter filter, int page, int size) {
        AcceptanceFilter f = filter == null ? AcceptanceFilter.ALL : filter;
        CallerScope scope = callers.current();
        QueryFilter where = new QueryFilter("p.id = a.projectId")
                .andIfGiven("a.status = :status", "status", f.status())
                .andIfGiven("a.townCode = :town", "town", blankToNull(f.town()))
                .andIfGiven("p.fileNo = :fileNo", "fileNo", blankToNull(f.fileNo()))
                .andIfGiven("exists (select 1 from CaseItem i where i.acceptance = a and i.departmentCode = :department)",
                        "department", scope.ownDepartment().orElse(blankToNull(f.department())))
                .andIfGiven("a.enterpriseCode = :enterprise", "enterprise", scope.ownEnterprise().orElse(null))
                .andIfGiven("a.townCode = :ownTown", "ownTown", scope.ownTown().orElse(null));
        String from = " from AcceptanceCase a, Project p";
        List<AcceptanceSummary> items = where.query(em, "select a, p.fileNo, p.name" + from,
                        " order by a.appliedOn desc, a.id desc", Object[].class)
                .setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> views.summary((AcceptanceCase) r[0], (String) r[1], (String) r[2])).toList();
        return new AcceptancePage(items, where.count(em, "select count(a)" + from));
    }

    /** The project's acceptances, newest first (for an investor only their own project's, for a town's staff its town's). */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME,
            Role.ADMIN_NAME, Role.TOWN_NAME})
    public List<AcceptanceSummary> forProject(String fileNo) {
        projects.idOf(fileNo);
        return list(new AcceptanceFilter(null, null, null, fileNo), 0, 100).items();
    }

    /**
     * Schedules the joint acceptance group's pre-review: a meeting of its kind with every department
     * that has an item, on the project; held once the meeting closes with their opinions.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public AcceptanceView schedulePreReview(long id, Long version, InspectionTime time) {
        AcceptanceCase acceptance = load(id, version);
        if (acceptance.getStatus() != AcceptanceStatus.APPLIED || acceptance.getPreReviewMeetingId() != null) {
            throw new RuleViolation(null, "acceptance.step.illegal", "SCHEDULE_PRE_REVIEW", acceptance.getStatus());
        }
        MeetingView meeting = meetings.schedule(MeetingKind.ACCEPTANCE_PRE_REVIEW,
                request(acceptance, time, acceptance.departments()));
        acceptance.preReviewScheduled(meeting.id());
        record(acceptance, "ACCEPTANCE_PRE_REVIEW_SCHEDULED", null, "meeting " + meeting.id() + " " + meeting.startsAt());
        return views.of(acceptance);
    }

    /**
     * Schedules the joint site inspection with every involved department, or the re-inspection of the
     * failed items with their departments only.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public AcceptanceView scheduleInspection(long id, Long version, InspectionTime time) {
        AcceptanceCase acceptance = load(id, version);
        List<String> departments = acceptance.departmentsToInspect();
        if (departments.isEmpty() || acceptance.getStatus() != AcceptanceStatus.PRE_REVIEWED
                && acceptance.getStatus() != AcceptanceStatus.RECTIFYING) {
            throw new RuleViolation(null, "acceptance.step.illegal", "SCHEDULE_INSPECTION", acceptance.getStatus());
        }
        MeetingView meeting = meetings.schedule(MeetingKind.ACCEPTANCE_INSPECTION, request(acceptance, time, departments));
        // A refusal here (materials outstanding, findings open) rolls the meeting back with it.
        acceptance.scheduleInspection(meeting.id());
        record(acceptance, acceptance.getRound() == 1 ? "ACCEPTANCE_INSPECTION_SCHEDULED" : "ACCEPTANCE_REINSPECTION_SCHEDULED",
                null, "meeting " + meeting.id() + " " + meeting.startsAt() + ", departments=" + departments);
        return views.of(acceptance);
    }

    /** A material of the one-time list received. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public AcceptanceView receiveMaterial(long id, long materialId, LocalDate on) {
        AcceptanceCase acceptance = load(id, null);
        LocalDate today = LocalDate.now(clock);
        acceptance.receiveMaterial(materialId, on == null ? today : on, today, caller());
        record(acceptance, "ACCEPTANCE_MATERIAL_RECEIVED", null, "material " + materialId);
        return views.of(acceptance);
    }

    /**
     * A department's window signs its verdict on one of its items at the inspection; only the item's
     * own department signs it.
     */
    @RolesAllowed(Role.DEPARTMENT_NAME)
    public AcceptanceView recordVerdict(long id, String itemCode, VerdictRecord record) {
        AcceptanceCase acceptance = load(id, record == null ? null : record.version());
        if (record == null) {
            throw new RuleViolation("verdict", "acceptance.verdict.required");
        }
        CaseItem item = acceptance.item(itemCode);
        CallerScope scope = callers.current();
        scope.requireOwnDepartment(item.getDepartmentCode(),
                () -> "A department window signs only its own department's items, not " + itemCode);
        if (scope.ownDepartment().isEmpty()) {
            throw new EJBAccessException("Only a department's window signs its items");
        }
        LocalDate today = LocalDate.now(clock);
        // The meeting's day as it stands (it may have been moved); read as the views read it, whoever may open the meeting.
        LocalDate inspectionDay = em.find(Meeting.class, acceptance.getInspectionMeetingId()).getStartsAt().toLocalDate();
        List<AcceptanceCase.FindingText> findings = record.findings() == null ? List.of() : record.findings().stream()
                .map(f -> f == null ? null : new AcceptanceCase.FindingText(f.text(), f.checkNo(), f.withinDays())).toList();
        acceptance.judge(itemCode, record.verdict(), findings, inspectionDay, record.on() == null ? today : record.on(),
                today, caller(), clock.instant(), terms(), dueDates());
        record(acceptance, "ACCEPTANCE_VERDICT", item.getDepartmentCode(), itemCode + "=" + item.getVerdict()
                + (findings.isEmpty() ? "" : ", findings=" + findings.stream().map(AcceptanceCase.FindingText::text).toList()));
        return views.of(acceptance);
    }

    /**
     * A written pledge on an item: the builder's (by the investor, or recorded by the office from the
     * signed paper) or the town's (by the town's account, or recorded by the office).
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.INVESTOR_NAME, Role.TOWN_NAME})
    public AcceptanceView pledge(long id, PledgeRecord record) {
        AcceptanceCase acceptance = load(id, null);
        if (record == null) {
            throw new RuleViolation("party", "acceptance.pledge.party");
        }
        CallerScope scope = callers.current();
        if (scope.isInvestor() && record.party() != PledgeParty.BUILDER) {
            throw new EJBAccessException("An investor pledges for the builder only");
        }
        if (scope.isTown() && record.party() != PledgeParty.TOWN) {
            throw new EJBAccessException("A town pledges for the local government only");
        }
        LocalDate today = LocalDate.now(clock);
        acceptance.pledge(record.itemCode(), record.party(), record.text(), record.dueOn(), today, caller(), clock.instant(),
                dueDates());
        record(acceptance, "ACCEPTANCE_PLEDGE", null, record.party() + " " + record.itemCode() + " by " + record.dueOn()
                + ", " + record.text());
        return views.of(acceptance);
    }

    /** A pledge kept. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public AcceptanceView fulfilPledge(long id, long pledgeId, LocalDate on) {
        AcceptanceCase acceptance = load(id, null);
        LocalDate today = LocalDate.now(clock);
        acceptance.fulfil(pledgeId, on == null ? today : on, today, caller());
        record(acceptance, "ACCEPTANCE_PLEDGE_FULFILLED", null, "pledge " + pledgeId);
        return views.of(acceptance);
    }

    /** The builder reports a finding put right, with what was done. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.INVESTOR_NAME})
    public AcceptanceView reportDone(long id, long findingId, String note, LocalDate on) {
        AcceptanceCase acceptance = load(id, null);
        LocalDate today = LocalDate.now(clock);
        acceptance.reportDone(findingId, note, on == null ? today : on, today, caller(), terms(), dueDates());
        record(acceptance, "ACCEPTANCE_FINDING_DONE", null, "finding " + findingId + ", " + note);
        return views.of(acceptance);
    }

    /**
     * 联合验收意见: numbered and issued once every item is settled; the catalogue matters the items stand
     * for, and the completion filing, are approved with its number and day, and for the whole project its
     * status becomes accepted on completion.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public AcceptanceView issueOpinion(long id, Long version, LocalDate on) {
        AcceptanceCase acceptance = load(id, version);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = on == null ? today : on;
        acceptance.requireReadyForOpinion();
        acceptance.issueOpinion(opinionNumbers.next(day.getYear()), day, today, caller());
        Project project = em.find(Project.class, acceptance.getProjectId());
        for (String category : opinionCategories(acceptance)) {
            matters.decideByJointAcceptance(project.getFileNo(), category, day, acceptance.getOpinionNo());
        }
        if (acceptance.getScope() == AcceptanceScope.WHOLE) {
            project.acceptOnCompletion(acceptance.getCompletedOn(), day, today);
        }
        record(acceptance, "ACCEPTANCE_OPINION", null, acceptance.getOpinionNo() + " on " + day);
        LOG.info(() -> "Acceptance " + id + " passed: opinion " + acceptance.getOpinionNo());
        return views.of(acceptance);
    }

    /** Withdrawn (the builder's wish, or closed by the office) with the reason. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.INVESTOR_NAME})
    public AcceptanceView withdraw(long id, Long version, String reason, LocalDate on) {
        AcceptanceCase acceptance = load(id, version);
        LocalDate today = LocalDate.now(clock);
        acceptance.withdraw(reason, on == null ? today : on, today);
        record(acceptance, "ACCEPTANCE_WITHDRAWN", null, reason);
        return views.of(acceptance);
    }

    /**
     * The catalogue categories the opinion stands for: its passed items' (in form order), then the
     * completion filing (done on the spot once the opinion is out).
     */
    private List<String> opinionCategories(AcceptanceCase acceptance) {
        List<String> categories = new java.util.ArrayList<>(acceptance.getItems().stream()
                .filter(i -> i.getCategoryCode() != null && i.getVerdict() != ItemVerdict.NOT_APPLICABLE)
                .map(CaseItem::getCategoryCode).distinct().toList());
        String filing = AcceptanceSettings.filingCategory();
        if (!categories.contains(filing)) {
            categories.add(filing);
        }
        return categories;
    }

    private List<ItemDefinition> applicableItems(Project project) {
        Set<String> planned = em.createQuery("select m.categoryCode from Matter m where m.projectId = :id"
                        + " and m.status not in :gone", String.class)
                .setParameter("id", project.getId()).setParameter("gone", List.of(MatterStatus.DROPPED, MatterStatus.HALTED))
                .getResultList().stream().collect(Collectors.toSet());
        return em.createNamedQuery(ItemDefinition.ALL, ItemDefinition.class).getResultList().stream()
                .filter(d -> d.appliesTo(project.getType().name(), planned, project.getLandStatus().name())).toList();
    }

    private MeetingRequest request(AcceptanceCase acceptance, InspectionTime time, List<String> departments) {
        if (time == null || time.startsAt() == null) {
            throw new RuleViolation("startsAt", "meeting.startsAt.required");
        }
        String fileNo = em.find(Project.class, acceptance.getProjectId()).getFileNo();
        return new MeetingRequest(time.startsAt(), time.endsAt(), time.place(), List.of(fileNo), departments);
    }

    /**
     * The case to change, locked until commit with its version moved on. The departments sign on the spot
     * at the same moment: each must see the others' verdicts (or the last one would not find the round
     * judged), and a change to the case's parts must count as a change of the case for the stale check.
     */
    private AcceptanceCase load(long id, Long version) {
        AcceptanceCase acceptance = visible(id, LockModeType.PESSIMISTIC_WRITE);
        if (version != null) {
            StaleVersion.check("Acceptance " + id, version, acceptance.getVersion());
        }
        em.lock(acceptance, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return acceptance;
    }

    /** The case, if the caller may see it: its project visible to them, and for a department window one of its items theirs. */
    private AcceptanceCase visible(long id) {
        return visible(id, LockModeType.NONE);
    }

    private AcceptanceCase visible(long id, LockModeType lock) {
        AcceptanceCase acceptance = em.find(AcceptanceCase.class, id, lock);
        CallerScope scope = callers.current();
        if (acceptance == null || !scope.sees(acceptance.getEnterpriseCode()) || !scope.seesTown(acceptance.getTownCode())
                || scope.ownDepartment().map(d -> !acceptance.involves(d)).orElse(false)) {
            throw new NotFound("There is no acceptance " + id);
        }
        return acceptance;
    }

    private void record(AcceptanceCase acceptance, String action, String department, String after) {
        em.flush();
        audit.record(acceptance.getProjectId(), caller(), action, "acceptance:" + acceptance.getId(), null, after,
                department == null ? READERS.forDepartments(acceptance.departments())
                        : READERS.forDepartments(List.of(department)));
    }

    private AcceptanceTerms terms() {
        return AcceptanceSettings.terms();
    }

    private DueDates dueDates() {
        return calendar::dueDate;
    }

    private static List<AcceptanceStatus> openStatuses() {
        return java.util.Arrays.stream(AcceptanceStatus.values()).filter(AcceptanceStatus::isOpen).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
