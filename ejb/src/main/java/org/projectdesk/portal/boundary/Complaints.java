package org.projectdesk.portal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.audit.boundary.Readers;
import org.projectdesk.portal.control.PortalNotices;
import org.projectdesk.portal.entity.Complaint;
import org.projectdesk.portal.entity.ComplaintStatus;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.StaleVersion;

/**
 * Performance complaints (效能投诉): an investor files one on their own project, every director is
 * told, a director answers it and the investor is told. The office reads them all; an investor reads
 * only their own enterprise's, and another's complaint is not found.
 */
@Stateless
@RolesAllowed({Role.INVESTOR_NAME, Role.DIRECTOR_NAME, Role.OFFICER_NAME})
public class Complaints {

    /** The history shows a complaint to whom the complaints show it. */
    private static final Readers READERS = Readers.readersOf(Complaints.class, "ofProject");

    private static final String SELECT = "select c.id, c.version, p.fileNo, p.name, p.enterprise.name, c.text, c.status,"
            + " c.filedBy, c.filedAt, c.answer, c.answeredBy, c.answeredAt from Complaint c, Project p where p.id = c.projectId";

    @PersistenceContext
    EntityManager em;

    @EJB
    VisibleProjects projects;

    @EJB
    Callers callers;

    @EJB
    AuditTrail audit;

    @Inject
    PortalNotices notices;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @RolesAllowed(Role.INVESTOR_NAME)
    public ComplaintView file(String fileNo, String text) {
        Long projectId = projects.idOf(fileNo);
        Complaint complaint = new Complaint(projectId, text, caller(), clock.instant());
        em.persist(complaint);
        em.flush();
        notices.filed(complaint);
        audit.record(projectId, caller(), "COMPLAINT_FILED", "complaint " + complaint.getId(), null, complaint.getText(),
                READERS);
        return complaint(complaint.getId());
    }

    @RolesAllowed(Role.DIRECTOR_NAME)
    public ComplaintView answer(long id, Long version, String answer) {
        Complaint complaint = em.find(Complaint.class, id);
        if (complaint == null) {
            throw new NotFound("There is no complaint " + id);
        }
        if (version != null) {
            StaleVersion.check("Complaint " + id, version, complaint.getVersion());
        }
        Instant now = clock.instant();
        complaint.answer(answer, caller(), now);
        em.flush();
        notices.answered(complaint);
        audit.record(complaint.getProjectId(), caller(), "COMPLAINT_ANSWERED", "complaint " + id, "OPEN", complaint.getAnswer(),
                READERS);
        return complaint(id);
    }

    /** One complaint; for an investor only one on their enterprise's projects. */
    public ComplaintView complaint(long id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        return query(" and c.id = :id", parameters).getResultList().stream().findFirst().map(Complaints::view)
                .orElseThrow(() -> new NotFound("There is no complaint " + id));
    }

    /** A page of complaints, open ones first, newest first; {@code status} null for all. */
    public ComplaintPage list(ComplaintStatus status, int page, int size) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(" and c.status = :status");
            parameters.put("status", status);
        }
        List<ComplaintView> items = query(where + " order by c.status desc, c.filedAt desc, c.id desc", parameters)
                .setFirstResult(page * size).setMaxResults(size).getResultList().stream().map(Complaints::view).toList();
        return new ComplaintPage(items, count(where.toString(), parameters));
    }

    /** The complaints of one project (for its status page). */
    public List<ComplaintView> ofProject(String fileNo) {
        Long projectId = projects.idOf(fileNo);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("project", projectId);
        return query(" and c.projectId = :project order by c.filedAt desc, c.id desc", parameters).getResultList().stream()
                .map(Complaints::view).toList();
    }

    private TypedQuery<Object[]> query(String condition, Map<String, Object> parameters) {
        String scope = scope(parameters);
        TypedQuery<Object[]> query = em.createQuery(SELECT + scope + condition, Object[].class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private long count(String condition, Map<String, Object> parameters) {
        String scope = scope(parameters);
        TypedQuery<Long> query = em.createQuery("select count(c) from Complaint c, Project p where p.id = c.projectId"
                + scope + condition, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** For an investor, only their enterprise's projects. */
    private String scope(Map<String, Object> parameters) {
        Optional<String> enterprise = callers.current().ownEnterprise();
        enterprise.ifPresent(code -> parameters.put("enterpriseCode", code));
        return enterprise.isPresent() ? " and p.enterprise.creditCode = :enterpriseCode" : "";
    }

    private static ComplaintView view(Object[] r) {
        return new ComplaintView((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (ComplaintStatus) r[6], (String) r[7], (Instant) r[8], (String) r[9], (String) r[10], (Instant) r[11]);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
