package org.projectdesk.portal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.audit.boundary.Readers;
import org.projectdesk.portal.entity.ServiceRating;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.project.entity.Project;
import org.projectdesk.security.entity.Role;

/**
 * The investor's rating of the service on a project whose approvals are complete: one per project,
 * which the investor may revise (the director's figures count each project once, with its latest
 * opinion). The director reads them all, summarised.
 */
@Stateless
@RolesAllowed({Role.INVESTOR_NAME, Role.OFFICER_NAME, Role.DIRECTOR_NAME})
public class Ratings {

    /** The history shows a rating to whom the ratings show it. */
    private static final Readers READERS = Readers.readersOf(Ratings.class, "of");

    private static final String SELECT = "select p.fileNo, p.name, r.stars, r.comment, r.ratedBy, r.ratedAt, r.revisedAt,"
            + " r.version from ServiceRating r, Project p where p.id = r.projectId";

    @PersistenceContext
    EntityManager em;

    @EJB
    VisibleProjects projects;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Rates the service, or revises the project's rating. */
    @RolesAllowed(Role.INVESTOR_NAME)
    public RatingView rate(String fileNo, Integer stars, String comment) {
        Project project = em.find(Project.class, projects.idOf(fileNo));
        int given = stars == null ? 0 : stars;
        Instant now = clock.instant();
        Optional<ServiceRating> existing = existing(project.getId());
        String before = existing.map(r -> "stars=" + r.getStars()).orElse(null);
        ServiceRating rating = existing.orElseGet(() -> {
            ServiceRating first = new ServiceRating(project.getId(), project.getStatus(), given, comment, caller(), now);
            em.persist(first);
            return first;
        });
        if (existing.isPresent()) {
            rating.revise(project.getStatus(), given, comment, caller(), now);
        }
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Two first ratings of one project at once: the unique key keeps one; the other is asked to look again.
            throw new org.projectdesk.shared.control.StaleVersion("The rating of " + fileNo);
        }
        audit.record(project.getId(), caller(), existing.isPresent() ? "RATING_REVISED" : "RATED", fileNo, before,
                "stars=" + rating.getStars(), READERS);
        return of(fileNo).orElseThrow();
    }

    /** The project's rating, if it has one. */
    public Optional<RatingView> of(String fileNo) {
        Long projectId = projects.idOf(fileNo);
        return em.createQuery(SELECT + " and r.projectId = :project", Object[].class).setParameter("project", projectId)
                .getResultList().stream().findFirst().map(Ratings::view);
    }

    /** Every rating in figures, with a page of them, newest first. */
    @RolesAllowed(Role.DIRECTOR_NAME)
    public RatingSummary summary(int page, int size) {
        List<Long> byStars = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
        em.createQuery("select r.stars, count(r) from ServiceRating r group by r.stars", Object[].class).getResultList().stream()
                .forEach(row -> byStars.set((Integer) row[0] - 1, (Long) row[1]));
        long count = byStars.stream().mapToLong(Long::longValue).sum();
        Double average = count == 0 ? null
                : em.createQuery("select avg(r.stars) from ServiceRating r", Double.class).getSingleResult();
        List<RatingView> items = em.createQuery(SELECT + " order by coalesce(r.revisedAt, r.ratedAt) desc, r.id desc",
                Object[].class).setFirstResult(page * size).setMaxResults(size).getResultList().stream().map(Ratings::view).toList();
        return new RatingSummary(count, average, byStars, items);
    }

    private Optional<ServiceRating> existing(Long projectId) {
        return em.createNamedQuery(ServiceRating.OF_PROJECT, ServiceRating.class).setParameter("project", projectId)
                .getResultList().stream().findFirst();
    }

    private static RatingView view(Object[] r) {
        return new RatingView((String) r[0], (String) r[1], (Integer) r[2], (String) r[3], (String) r[4], (Instant) r[5],
                (Instant) r[6], (Long) r[7]);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
