package org.projectdesk.referral.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.project.entity.Project;
import org.projectdesk.project.entity.Town;
import org.projectdesk.referral.control.ReferralSettings;
import org.projectdesk.referral.entity.Referral;
import org.projectdesk.referral.entity.ReferralAttachment;
import org.projectdesk.referral.entity.ReferralStatus;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.QueryFilter;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.shared.control.UploadLimits;
import org.projectdesk.shared.control.UploadStore;
import org.projectdesk.shared.entity.StoredFile;
import org.projectdesk.supervision.boundary.Notice;
import org.projectdesk.supervision.boundary.NoticeText;
import org.projectdesk.supervision.boundary.Notices;
import org.projectdesk.supervision.boundary.Recipients;
import org.projectdesk.supervision.boundary.TimeLimitLights;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.NoticeKind;

/**
 * Referrals (项目推荐): a town registers a project it brings in; the office takes it in through the single
 * window (the service file is opened and the referral names it, in one transaction) or returns it with a
 * reason, and the town hears either way. Who sees a referral: the office, leaders and administrators all; a
 * town its own (another town's is "not found"). A decision locks the referral first, so of a take-in and a
 * return at once one wins and the other finds it decided (422 {@code status}).
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TOWN_NAME})
public class Referrals {

    private static final Logger LOG = Logger.getLogger(Referrals.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    ServiceFiles serviceFiles;

    @EJB
    AuditTrail audit;

    @EJB
    Notices notices;

    @EJB
    Callers callers;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    TimeLimitLights lights;

    @Inject
    UploadStore store;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Registers a referral with its attachments (none: an empty list), all or nothing: a town for its own
     * town, the office on behalf of the town it names. The office is told.
     */
    @RolesAllowed({Role.TOWN_NAME, Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public ReferralView register(ReferralRecord record, List<NewAttachment> attachments) {
        if (record == null) {
            throw new RuleViolation("enterpriseName", "referral.enterpriseName.required");
        }
        CallerScope scope = callers.current();
        String town = scope.ownTown().orElse(record.townCode() == null ? null : record.townCode().strip());
        if (town != null && !town.isEmpty()) {
            Town known = em.find(Town.class, town);
            if (known == null) {
                throw new RuleViolation("townCode", "project.town.unknown", town);
            }
            known.requireOffered("townCode");
        }
        LocalDate today = LocalDate.now(clock);
        Referral referral = new Referral(town, record.details(), record.registeredOn() == null ? today : record.registeredOn(),
                today, ReferralSettings.intakeDays(), calendar::dueDate, caller(), clock.instant());
        em.persist(referral);
        em.flush();
        for (NewAttachment attachment : attachments == null ? List.<NewAttachment>of() : attachments) {
            store(referral, attachment);
        }
        notices.send(Notice.of(NoticeKind.REFERRAL_RECEIVED, key(referral), Recipients.roles(Role.DIRECTOR, Role.OFFICER))
                .saying(NoticeText.referralBody(referral.getId(), referral.getProjectName(), null)));
        LOG.info(() -> "Referral " + referral.getId() + " of " + referral.getTownCode() + " registered by " + caller());
        return view(referral);
    }

    /** The referrals the filter keeps, as far as the caller may see them: waiting first, the most urgent first, then the latest decided. */
    public ReferralPage list(ReferralFilter filter, int page, int size) {
        ReferralFilter f = filter == null ? ReferralFilter.ALL : filter;
        CallerScope scope = callers.current();
        QueryFilter where = new QueryFilter()
                .andIfGiven("r.status = :status", "status", f.status())
                .andIfGiven("r.townCode = :town", "town", f.town())
                .andIfGiven("r.townCode = :ownTown", "ownTown", scope.ownTown().orElse(null));
        String waiting = "r.status = org.projectdesk.referral.entity.ReferralStatus.WAITING";
        List<ReferralSummary> items = where.query(em, "select r, p.fileNo from Referral r left join Project p on p.id = r.projectId",
                        " order by case when " + waiting + " then 0 else 1 end,"
                                + " case when " + waiting + " then r.dueOn else r.registeredOn end,"
                                + " r.decidedOn desc, r.id desc", Object[].class)
                .setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(row -> summary((Referral) row[0], (String) row[1])).toList();
        return new ReferralPage(items, where.count(em, "select count(r) from Referral r"));
    }

    public ReferralView referral(long id) {
        return view(visible(id, LockModeType.NONE));
    }

    /**
     * Takes the referral in through the single window: the intake as the office completes it, every part it
     * leaves out taken from the referral; the service file is opened, the referral names it, the file's
     * history says where it came from, and the town is told. {@code version} (null: not checked) is the
     * referral as the office read it.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public ReferralView takeIn(long id, Long version, IntakeRequest request) {
        Referral referral = decidable(id, version, "TAKE_IN");
        if (request != null && request.intakeOn() != null && request.intakeOn().isBefore(referral.getRegisteredOn())) {
            throw new RuleViolation("intakeOn", "referral.on.beforeRegistered", request.intakeOn(), referral.getRegisteredOn());
        }
        ServiceFileView file = serviceFiles.takeIn(completed(referral, request));
        Long projectId = em.createQuery("select p.id from Project p where p.fileNo = :fileNo", Long.class)
                .setParameter("fileNo", file.fileNo()).getSingleResult();
        referral.takeIn(projectId, file.intakeOn(), LocalDate.now(clock), caller());
        em.flush();
        Integer days = workingDays(referral.getRegisteredOn(), referral.getDecidedOn());
        audit.record(projectId, caller(), "REFERRAL_TAKEN_IN", "referral:" + referral.getId(), null,
                "town=" + referral.getTownCode() + ", registeredOn=" + referral.getRegisteredOn() + ", registeredBy="
                        + referral.getRegisteredBy() + ", workingDays=" + days);
        notices.send(Notice.of(NoticeKind.REFERRAL_TAKEN_IN, key(referral), Recipients.towns(referral.getTownCode()))
                .about(projectId).saying(NoticeText.referralBody(referral.getId(), referral.getProjectName(), null)));
        LOG.info(() -> "Referral " + id + " taken in as " + file.fileNo() + " by " + caller());
        return view(referral);
    }

    /** Returns the referral to its town with the reason, on {@code on} (today when null); the town is told. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public ReferralView returnToTown(long id, Long version, String reason, LocalDate on) {
        Referral referral = decidable(id, version, "RETURN");
        LocalDate today = LocalDate.now(clock);
        referral.returnToTown(reason, on == null ? today : on, today, caller());
        em.flush();
        notices.send(Notice.of(NoticeKind.REFERRAL_RETURNED, key(referral), Recipients.towns(referral.getTownCode()))
                .saying(NoticeText.referralBody(referral.getId(), referral.getProjectName(), referral.getReturnReason())));
        LOG.info(() -> "Referral " + id + " returned to " + referral.getTownCode() + " by " + caller());
        return view(referral);
    }

    /** Attaches a file to a waiting referral (the referring town's, or the office for it), or refuses it storing nothing. */
    @RolesAllowed({Role.TOWN_NAME, Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public ReferralAttachmentView upload(long id, String fileName, InputStream content) {
        Referral referral = visible(id, LockModeType.PESSIMISTIC_WRITE);
        return store(referral, new NewAttachment(fileName, content));
    }

    public List<ReferralAttachmentView> attachments(long id) {
        visible(id, LockModeType.NONE);
        return em.createNamedQuery(ReferralAttachment.OF_REFERRAL, ReferralAttachment.class).setParameter("referral", id)
                .getResultList().stream().map(ReferralAttachmentView::of).toList();
    }

    /** One attachment, to download; not found unless it belongs to that referral. */
    public ReferralAttachmentDownload download(long id, long attachmentId) {
        visible(id, LockModeType.NONE);
        ReferralAttachment attachment = em.find(ReferralAttachment.class, attachmentId);
        if (attachment == null || attachment.getReferralId() != id) {
            throw new NotFound("Referral " + id + " has no attachment " + attachmentId);
        }
        Path file = store.file(attachment.getFile().getStoredName());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The stored file of referral attachment " + attachmentId + " is missing: " + file);
        }
        return new ReferralAttachmentDownload(ReferralAttachmentView.of(attachment), file);
    }

    private ReferralAttachmentView store(Referral referral, NewAttachment attachment) {
        referral.requireWaiting("ATTACH");
        if (attachment == null || attachment.content() == null) {
            throw new RuleViolation("file", "upload.empty");
        }
        String name = StoredFile.cleanName(attachment.fileName());
        UploadStore.Stored stored = store.store(attachment.content(), name, UploadLimits.configured());
        ReferralAttachment row = new ReferralAttachment(referral, stored.keptAs(name, caller(), clock.instant()));
        em.persist(row);
        em.flush();
        LOG.info(() -> "Attachment " + row.getId() + " " + name + " of referral " + referral.getId() + " by " + caller());
        return ReferralAttachmentView.of(row);
    }

    /** The intake as the office completed it, each part left out taken from the referral. */
    private static IntakeRequest completed(Referral r, IntakeRequest given) {
        IntakeRequest q = given != null ? given : new IntakeRequest(null, null, null, null, null, null, null, null, null,
                null, null, null);
        IntakeRequest.EnterpriseData e = q.enterprise() != null ? q.enterprise()
                : new IntakeRequest.EnterpriseData(null, null, null, null);
        return new IntakeRequest(
                new IntakeRequest.EnterpriseData(or(e.name(), r.getEnterpriseName()), or(e.creditCode(), r.getCreditCode()),
                        or(e.contactName(), r.getContactName()), or(e.contactPhone(), r.getContactPhone())),
                or(q.name(), r.getProjectName()), q.projectCode(), q.investment() != null ? q.investment() : r.getInvestment(),
                or(q.industry(), r.getIndustry()), q.type(), or(q.town(), r.getTownCode()),
                q.landStatus() != null ? q.landStatus() : r.getLandStatus(),
                q.targetGroundbreaking() != null ? q.targetGroundbreaking() : r.getTargetGroundbreaking(),
                or(q.notes(), referredNotes(r)), q.officer(), q.intakeOn());
    }

    /** The town's word on the land first (the project has no field of its own for it), then its notes. */
    private static String referredNotes(Referral r) {
        if (r.getLandNote() == null) {
            return r.getNotes();
        }
        return r.getNotes() == null ? r.getLandNote() : r.getLandNote() + "\n" + r.getNotes();
    }

    private static String or(String given, String referred) {
        return given != null && !given.isBlank() ? given : referred;
    }

    /** The referral, locked for a decision: visible to the caller, as read (version), still waiting. */
    private Referral decidable(long id, Long version, String step) {
        Referral referral = visible(id, LockModeType.PESSIMISTIC_WRITE);
        if (version != null) {
            StaleVersion.check("Referral " + id, version, referral.getVersion());
        }
        referral.requireWaiting(step);
        return referral;
    }

    private Referral visible(long id, LockModeType lock) {
        Referral referral = em.find(Referral.class, id, lock);
        if (referral == null || !callers.current().seesTown(referral.getTownCode())) {
            throw new NotFound("There is no referral " + id);
        }
        return referral;
    }

    private ReferralView view(Referral r) {
        Waiting w = waiting(r);
        List<ReferralAttachmentView> attachments = r.getId() == null ? List.of()
                : em.createNamedQuery(ReferralAttachment.OF_REFERRAL, ReferralAttachment.class)
                        .setParameter("referral", r.getId()).getResultList().stream().map(ReferralAttachmentView::of).toList();
        return new ReferralView(r.getId(), r.getVersion(), r.getTownCode(), r.getStatus(), r.getEnterpriseName(),
                r.getCreditCode(), r.getProjectName(), r.getInvestment(), r.getIndustry(), r.getLandStatus(),
                r.getLandNote(), r.getTargetGroundbreaking(), r.getContactName(), r.getContactPhone(), r.getNotes(),
                r.getRegisteredOn(), r.getRegisteredBy(), r.getDueDays(), r.getDueOn(), w.light(), w.remaining(),
                r.getDecidedOn(), r.getDecidedBy(), workingDays(r.getRegisteredOn(), r.getDecidedOn()), fileNo(r),
                r.getReturnReason(), attachments);
    }

    private ReferralSummary summary(Referral r, String fileNo) {
        Waiting w = waiting(r);
        return new ReferralSummary(r.getId(), r.getTownCode(), r.getProjectName(), r.getEnterpriseName(), r.getInvestment(),
                r.getStatus(), r.getRegisteredOn(), r.getDueOn(), w.light(), w.remaining(), r.getDecidedOn(),
                workingDays(r.getRegisteredOn(), r.getDecidedOn()), fileNo, r.getReturnReason());
    }

    private String fileNo(Referral r) {
        return r.getProjectId() == null ? null : em.find(Project.class, r.getProjectId()).getFileNo();
    }

    private record Waiting(Light light, Integer remaining) {
    }

    /** While it waits: the light by the matters' rule and the working days left (negative: overdue by so many). */
    private Waiting waiting(Referral r) {
        if (r.getStatus() != ReferralStatus.WAITING) {
            return new Waiting(null, null);
        }
        LocalDate today = LocalDate.now(clock);
        try {
            int remaining = today.isAfter(r.getDueOn()) ? -calendar.countWorkingDays(r.getDueOn(), today)
                    : calendar.countWorkingDays(today, r.getDueOn());
            return new Waiting(lights.ofDeadline(r.getDueOn(), r.getDueDays()), remaining);
        } catch (YearNotLoaded beyondTheCalendar) {
            return new Waiting(null, null);
        }
    }

    /** Working days from the referral to its decision, on the working-day calendar; null until decided. */
    private Integer workingDays(LocalDate registeredOn, LocalDate decidedOn) {
        if (decidedOn == null) {
            return null;
        }
        try {
            return calendar.countWorkingDays(registeredOn, decidedOn);
        } catch (YearNotLoaded beyondTheCalendar) {
            return null;
        }
    }

    private static String key(Referral referral) {
        return "referral:" + referral.getId();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
