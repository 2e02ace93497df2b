package org.projectdesk.greenchannel.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.greenchannel.entity.ExtendedService;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.project.entity.Project;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;

/**
 * The green channel of a project: an officer proposes it, the director grants or refuses it (a
 * grant moves every open matter onto its green-channel limit); the land recorded as held; and the
 * extended-hours and overtime services the departments give. Every step goes into the file's history.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
public class GreenChannels {

    private static final Logger LOG = Logger.getLogger(GreenChannels.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<GreenChannelGranted> granted;

    @Inject
    Event<GreenChannelProposed> proposed;

    @EJB
    AuditTrail audit;

    @EJB
    Catalogue catalogue;

    @Inject
    Clock clock;

    @EJB
    Callers callers;

    @EJB
    VisibleProjects projects;

    @Resource
    SessionContext session;

    /**
     * Records the step. Granting and refusing are the director's; the check comes first, before
     * anything is read, so that a caller without the role is refused whatever else is wrong.
     */
    public void record(String fileNo, ProjectEvent event) {
        if (event.type() != null && event.type().isDecision()) {
            callers.current().requireDirector("decides on the green channel");
        }
        Project project = project(fileNo);
        if (event.version() != null) {
            StaleVersion.check("Service file " + fileNo, event.version(), project.getVersion());
        }
        if (event.type() == null) {
            throw new RuleViolation("type", "matter.event.type");
        }
        LocalDate today = LocalDate.now(clock);
        String before = "greenChannel=" + project.getGreenChannel().getStatus() + ", land=" + project.getLandStatus();
        switch (event.type()) {
            case PROPOSE_GREEN_CHANNEL -> {
                project.proposeGreenChannel(event.reason(), caller(), today);
                proposed.fire(new GreenChannelProposed(project.getId(), fileNo, event.reason().strip(), caller()));
            }
            case GRANT_GREEN_CHANNEL, REFUSE_GREEN_CHANNEL -> {
                boolean grant = event.type() == ProjectEvent.Type.GRANT_GREEN_CHANNEL;
                project.decideGreenChannel(grant, event.reason(), caller(), today);
                if (grant) {
                    granted.fire(new GreenChannelGranted(project.getId(), fileNo, caller()));
                }
            }
            case RECORD_LAND_HELD -> project.recordLandHeld(event.on() == null ? today : event.on(), today);
        }
        audit.record(project.getId(), caller(), event.type().name(), fileNo, before,
                "greenChannel=" + project.getGreenChannel().getStatus() + ", land=" + project.getLandStatus()
                        + (event.reason() == null ? "" : ", reason=" + event.reason().strip()));
        em.flush();
        LOG.info(() -> fileNo + " " + event.type() + " by " + caller());
    }

    /** A department window records its own department's services; the office records any department's. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME})
    public ExtendedServiceView recordService(String fileNo, ExtendedServiceRecord service) {
        Project project = project(fileNo);
        String department = service.departmentCode() == null ? null : service.departmentCode().strip();
        if (department == null || catalogue.departments().stream().noneMatch(d -> d.code().equals(department))) {
            throw new RuleViolation("departmentCode", "catalogue.department.unknown", department);
        }
        callers.current().requireOwnDepartment(department,
                () -> "A department window records only its own department's services");
        ExtendedService recorded = new ExtendedService(project.getId(), service.kind(), service.on(),
                LocalDate.now(clock), department, service.staff(), service.hours(), service.notes(), caller(),
                clock.instant());
        em.persist(recorded);
        audit.record(project.getId(), caller(), "EXTENDED_SERVICE", department, null,
                service.kind() + " on " + service.on() + ", " + service.hours() + " h, " + recorded.getStaff());
        em.flush();
        return ExtendedServiceView.of(recorded);
    }

    /** The services given to a project, newest first; read with its service file. */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME,
            Role.ADMIN_NAME, Role.TOWN_NAME})
    public List<ExtendedServiceView> services(Long projectId) {
        return em.createQuery("select s from ExtendedService s where s.projectId = :id order by s.servedOn desc, s.id desc",
                        ExtendedService.class).setParameter("id", projectId).getResultList().stream()
                .map(ExtendedServiceView::of).toList();
    }

    private Project project(String fileNo) {
        return projects.byFileNo(fileNo);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
