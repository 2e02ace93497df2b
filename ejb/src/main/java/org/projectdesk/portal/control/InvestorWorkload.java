package org.projectdesk.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.projectdesk.acceptance.entity.AcceptanceStatus;
import org.projectdesk.acceptance.entity.PledgeParty;
import org.projectdesk.meeting.entity.MeetingStatus;
import org.projectdesk.notification.entity.MaterialState;
import org.projectdesk.portal.boundary.InvestorWork;
import org.projectdesk.portal.entity.ServiceRating;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.shared.control.EnumLiterals;
import org.projectdesk.shared.control.IdParameters;

/**
 * The figures of an investor's first screen, read by a handful of grouped queries over one
 * enterprise's newest projects (never one query per project): matters done and planned, whether a
 * pre-review was held, materials out and the last upload of each refused, open pledges, ratings due.
 */
@ApplicationScoped
public class InvestorWorkload {

    private static final String LINE = "\n";
    private static final String DONE = EnumLiterals.in(ProjectProgress.DONE);
    private static final String OUT_OF_PLAN = EnumLiterals.in(ProjectProgress.OUT_OF_PLAN);

    @PersistenceContext
    EntityManager em;

    public InvestorWork of(String enterpriseCode, int size) {
        long total = em.createQuery("select count(p) from Project p where p.enterprise.creditCode = :code", Long.class)
                .setParameter("code", enterpriseCode).getSingleResult();
        List<Object[]> projects = em.createQuery("select p.id, p.fileNo, p.name, p.status from Project p"
                        + " where p.enterprise.creditCode = :code order by p.intakeOn desc, p.id desc", Object[].class)
                .setParameter("code", enterpriseCode).setMaxResults(size).getResultList();
        if (projects.isEmpty()) {
            return new InvestorWork(total, List.of());
        }
        IdParameters ids = IdParameters.of("id", projects.stream().map(r -> (Long) r[0]).toList());
        Map<Long, long[]> matters = byProject(ids.bind(em.createQuery("select m.projectId,"
                        + " sum(case when m.status in " + DONE + " then 1 else 0 end),"
                        + " sum(case when m.status in " + OUT_OF_PLAN + " then 0 else 1 end),"
                        + " sum(case when m.acceptedOn is null then 0 else 1 end)"
                        + " from Matter m where m.projectId in " + ids.list() + " group by m.projectId", Object[].class))
                .getResultList());
        Set<Long> preReviewed = new HashSet<>(ids.bind(em.createQuery("select distinct p from Meeting m join m.projectIds p"
                        + " where p in " + ids.list() + " and m.status = :closed", Long.class))
                .setParameter("closed", MeetingStatus.CLOSED).getResultList());
        Map<Long, long[]> outstanding = byProject(ids.bind(em.createQuery("select i.projectId, count(i) from RequiredMaterial i"
                        + " where i.projectId in " + ids.list() + " and i.state = :out group by i.projectId", Object[].class))
                .setParameter("out", MaterialState.OUTSTANDING).getResultList());
        // The last upload of each item still out: refused, the investor hands in another; else it awaits the check.
        Map<Long, long[]> lastUploads = byProject(ids.bind(em.createQuery("select u.projectId, count(u),"
                        + " sum(case when u.refusedAt is null then 0 else 1 end)"
                        + " from MaterialUpload u, RequiredMaterial i where i.id = u.itemId and i.state = :out"
                        + " and u.projectId in " + ids.list()
                        + " and u.id = (select max(v.id) from MaterialUpload v where v.itemId = u.itemId)"
                        + " group by u.projectId", Object[].class))
                .setParameter("out", MaterialState.OUTSTANDING).getResultList());
        Map<Long, Pledges> pledges = new HashMap<>();
        ids.bind(em.createQuery("select pa.projectId, count(distinct pa.id), min(pa.deadline)"
                        + " from PartialAcceptance pa, RequiredMaterial i"
                        + " where pa.projectId in " + ids.list() + " and i.projectId = pa.projectId and i.state = :out"
                        + " and locate(concat(:line, i.material, :line), concat(:line, pa.outstanding, :line)) > 0"
                        + " group by pa.projectId", Object[].class))
                .setParameter("out", MaterialState.OUTSTANDING).setParameter("line", LINE)
                .getResultList().forEach(r -> pledges.merge((Long) r[0], new Pledges((Long) r[1], (LocalDate) r[2]), Pledges::and));
        ids.bind(em.createQuery("select a.projectId, count(pl), min(pl.dueOn) from Pledge pl join pl.acceptance a"
                        + " where a.projectId in " + ids.list() + " and pl.party = :builder and pl.fulfilledOn is null"
                        + " and a.status <> :withdrawn group by a.projectId", Object[].class))
                .setParameter("builder", PledgeParty.BUILDER)
                .setParameter("withdrawn", AcceptanceStatus.WITHDRAWN)
                .getResultList().forEach(r -> pledges.merge((Long) r[0], new Pledges((Long) r[1], (LocalDate) r[2]), Pledges::and));
        Set<Long> rated = new HashSet<>(ids.bind(em.createQuery("select r.projectId from ServiceRating r where r.projectId in "
                + ids.list(), Long.class)).getResultList());
        return new InvestorWork(total, projects.stream().map(r -> {
            Long id = (Long) r[0];
            ProjectStatus status = (ProjectStatus) r[3];
            long[] m = matters.getOrDefault(id, new long[3]);
            long[] uploads = lastUploads.getOrDefault(id, new long[2]);
            long awaitingCheck = uploads[0] - uploads[1];
            Pledges p = pledges.getOrDefault(id, Pledges.NONE);
            ProjectProgress progress = new ProjectProgress(Stage.of(status, preReviewed.contains(id), m[2] > 0),
                    Stage.finished(status), (int) m[0], (int) m[1], null, 0, List.of());
            return new InvestorWork.ProjectLine((String) r[1], (String) r[2], progress,
                    outstanding.getOrDefault(id, new long[1])[0] - awaitingCheck, uploads[1], p.count(), p.due(),
                    ServiceRating.RATEABLE.contains(status) && !rated.contains(id));
        }).toList());
    }

    /** Rows of (project id, figures…) by project id. */
    private static Map<Long, long[]> byProject(List<Object[]> rows) {
        Map<Long, long[]> figures = new HashMap<>();
        for (Object[] row : rows) {
            long[] values = new long[row.length - 1];
            for (int i = 1; i < row.length; i++) {
                values[i - 1] = row[i] == null ? 0 : ((Number) row[i]).longValue();
            }
            figures.put((Long) row[0], values);
        }
        return figures;
    }

    private record Pledges(long count, LocalDate due) {
        static final Pledges NONE = new Pledges(0, null);

        Pledges and(Pledges other) {
            return new Pledges(count + other.count, due == null ? other.due
                    : other.due == null || due.isBefore(other.due) ? due : other.due);
        }
    }
}
