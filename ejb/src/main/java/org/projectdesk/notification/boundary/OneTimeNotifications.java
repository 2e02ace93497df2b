package org.projectdesk.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.meeting.entity.MeetingStatus;
import org.projectdesk.notification.control.MaterialLibrary;
import org.projectdesk.notification.control.NotificationItems;
import org.projectdesk.notification.entity.PartialAcceptance;
import org.projectdesk.notification.entity.RequiredMaterial;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.project.entity.Project;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.security.boundary.Profile;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;

/**
 * A project's one-time notification (一次性告知): derived from the departments' opinions at its
 * pre-review and the catalogue's materials for the matters still to be filed, merged into one item
 * per material; each item tracked until received. A matter is not accepted while an item its
 * category or department asks for is outstanding, unless the office has recorded a partial-materials
 * acceptance (容缺受理) for it.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME,
        Role.ADMIN_NAME})
public class OneTimeNotifications {

    /** Materials are stored one per line in a partial acceptance. */
    private static final String LINE = "\n";

    @PersistenceContext
    EntityManager em;

    @EJB
    VisibleProjects projects;

    @EJB
    Callers callers;

    @EJB
    AuditTrail audit;

    @EJB
    Logins logins;

    @Inject
    NotificationItems items;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The notification as the caller may see it: an investor only their own enterprise's, a town's staff its town's. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME,
            Role.ADMIN_NAME, Role.TOWN_NAME})
    public NotificationView of(String fileNo) {
        return view(em.find(Project.class, projects.idOf(fileNo)));
    }

    /** The item is in: on which day, recorded by the caller. A department window records only its own department's. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME})
    public NotificationView receive(String fileNo, long itemId, Long version, LocalDate on) {
        RequiredMaterial item = item(fileNo, itemId, version);
        item.receive(on, LocalDate.now(clock), caller());
        audit.record(item.getProjectId(), caller(), "MATERIAL_RECEIVED", item.getMaterial(), "OUTSTANDING",
                "RECEIVED on " + on);
        em.flush();
        return view(em.find(Project.class, item.getProjectId()));
    }

    /** Takes back a receipt recorded by mistake. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME})
    public NotificationView reopen(String fileNo, long itemId, Long version) {
        RequiredMaterial item = item(fileNo, itemId, version);
        String before = "RECEIVED on " + item.getReceivedOn() + " by " + item.getReceivedBy();
        item.reopen();
        audit.record(item.getProjectId(), caller(), "MATERIAL_REOPENED", item.getMaterial(), before, "OUTSTANDING");
        em.flush();
        return view(em.find(Project.class, item.getProjectId()));
    }

    /**
     * 容缺受理 for one matter: it may be accepted with the items it needs still outstanding, on the
     * investor's pledge to hand them in by the deadline.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public NotificationView acceptPartially(String fileNo, String categoryCode, String pledge, LocalDate deadline) {
        Long projectId = projects.idOf(fileNo);
        Matter matter = items.matters(projectId).stream().filter(m -> m.getCategoryCode().equals(categoryCode)).findFirst()
                .orElseThrow(() -> new RuleViolation("categoryCode", "notification.partial.noMatter", fileNo, categoryCode));
        if (matter.getStatus() != MatterStatus.PLANNED && matter.getStatus() != MatterStatus.MATERIALS_IN_PREPARATION) {
            throw new RuleViolation("categoryCode", "notification.partial.filed", categoryCode, matter.getStatus());
        }
        if (items.partialAcceptances(projectId).stream().anyMatch(p -> p.getCategoryCode().equals(categoryCode))) {
            throw new RuleViolation("categoryCode", "notification.partial.exists", categoryCode);
        }
        List<String> outstanding = items.outstandingFor(projectId, categoryCode, matter.getDepartmentCode());
        PartialAcceptance granted = new PartialAcceptance(projectId, categoryCode, matter.getDepartmentCode(),
                outstanding, pledge, deadline, LocalDate.now(clock), caller());
        em.persist(granted);
        audit.record(projectId, caller(), "PARTIAL_ACCEPTANCE", categoryCode, null,
                "deadline=" + deadline + ", outstanding=" + String.join("；", outstanding));
        em.flush();
        return view(em.find(Project.class, projectId));
    }

    private RequiredMaterial item(String fileNo, long itemId, Long version) {
        Long projectId = projects.idOf(fileNo);
        RequiredMaterial item = em.find(RequiredMaterial.class, itemId);
        if (item == null || !item.getProjectId().equals(projectId)) {
            throw new NotFound("The one-time notification of " + fileNo + " has no item " + itemId);
        }
        if (version != null) {
            StaleVersion.check("Item " + itemId + " of " + fileNo, version, item.getVersion());
        }
        if (!callers.current().actsForAny(item.departments())) {
            throw new EJBAccessException("A department window records only the materials its department asks for");
        }
        return item;
    }

    private NotificationView view(Project project) {
        LocalDate today = LocalDate.now(clock);
        List<RequiredMaterial> required = items.of(project.getId());
        MaterialLibrary library = items.library();
        List<NotificationView.Item> itemViews = required.stream()
                .map(i -> new NotificationView.Item(i.getId(), i.getVersion(), i.getMaterial(), i.departments(), i.getState(),
                        i.getReceivedOn(), i.getReceivedBy()))
                .toList();
        List<NotificationView.PartialAcceptanceView> partial = items.partialAcceptances(project.getId()).stream().map(p -> {
            // Compared as the notification names them now: a wording promised then may since print as its standard name.
            Set<String> promised = Arrays.stream(p.getOutstanding().split(LINE)).map(library::key).collect(Collectors.toSet());
            List<String> stillOut = required.stream().filter(RequiredMaterial::isOutstanding)
                    .filter(i -> promised.contains(i.getMaterialKey())).map(RequiredMaterial::getMaterial).toList();
            return new NotificationView.PartialAcceptanceView(p.getCategoryCode(), p.getDepartmentCode(), p.getPledge(),
                    p.getDeadline(), stillOut, !stillOut.isEmpty() && p.getDeadline().isBefore(today), p.getRecordedBy(),
                    p.getRecordedOn());
        }).toList();
        LocalDate issuedOn = em.createQuery("select min(m.startsAt) from Meeting m join m.projectIds p"
                        + " where p = :id and m.status = :closed", java.time.LocalDateTime.class)
                .setParameter("id", project.getId()).setParameter("closed", MeetingStatus.CLOSED).getResultList().stream()
                .filter(Objects::nonNull).findFirst().map(java.time.LocalDateTime::toLocalDate).orElse(null);
        String officer = project.getOfficer();
        return new NotificationView(project.getFileNo(), project.getName(), project.getEnterprise().getName(), issuedOn,
                itemViews, partial, logins.profile(officer).map(Profile::displayName).orElse(null),
                logins.phone(officer).filter(phone -> !phone.isBlank()).orElse(null));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
