package org.projectdesk.supervision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.supervision.control.NoticeChannel;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.supervision.entity.Notification;

/**
 * The notices the system sends on its own schedule: each officer's morning digest (on working days
 * only, once a day whatever reruns), and the e-mail of notices still waiting for it.
 */
@Stateless
@PermitAll
public class Notices {

    private static final Logger LOG = Logger.getLogger(Notices.class.getName());

    @PersistenceContext
    EntityManager em;

    /** E-mail today; the one way out of the inbox, whichever implementation the build has. */
    @Inject
    NoticeChannel mail;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** One digest per officer with projects in approval: how many, and their yellow, red and unconverted matters. */
    public int sendDailyDigests() {
        LocalDate today = LocalDate.now(clock);
        if (!calendar.isWorkingDay(today)) {
            return 0;
        }
        String key = "digest:" + today;
        List<Object[]> rows = em.createQuery("select p.officer, count(distinct p.id),"
                        + " sum(case when m.alertLevel = 1 and m.status in :running then 1 else 0 end),"
                        + " sum(case when m.alertLevel >= 2 and m.status in :running then 1 else 0 end),"
                        + " sum(case when m.status = :simulated and m.conversionOverdue = true then 1 else 0 end)"
                        + " from Project p, Matter m where m.projectId = p.id and p.status in :active and p.officer is not null"
                        + " and not exists (select n.id from Notification n where n.recipient = p.officer"
                        + " and n.kind = :digest and n.sourceKey = :key)"
                        + " group by p.officer", Object[].class)
                .setParameter("running", MatterStatus.RUNNING)
                .setParameter("simulated", MatterStatus.SIMULATED)
                .setParameter("active", List.of(ProjectStatus.ACCEPTED, ProjectStatus.IN_APPROVAL))
                .setParameter("digest", NoticeKind.DIGEST).setParameter("key", key).getResultList();
        for (Object[] r : rows) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("projects", r[1]);
            figures.put("yellow", r[2]);
            figures.put("red", r[3]);
            figures.put("conversion", r[4]);
            em.persist(new Notification((String) r[0], NoticeKind.DIGEST, key, NoticeText.body(figures), clock.instant(),
                    mail.enabled() && hasAddress((String) r[0])));
        }
        LOG.info(() -> "Daily digests for " + today + ": " + rows.size());
        return rows.size();
    }

    /** E-mails up to {@code max} waiting notices; each is marked sent or failed and never sent again. */
    public int deliverPending(int max) {
        if (!mail.enabled()) {
            return 0;
        }
        List<Object[]> pending = em.createQuery("select n, p.fileNo, p.name, a.email from Notification n"
                        + " left join Project p on p.id = n.projectId"
                        + " left join Account a on a.username = n.recipient and a.enabled = true"
                        + " where n.emailState = 'PENDING' order by n.id", Object[].class)
                .setMaxResults(max).getResultList();
        int sent = 0;
        for (Object[] row : pending) {
            Notification n = (Notification) row[0];
            String address = (String) row[3];
            NoticeView view = new NoticeView(n.getId(), n.getKind(), (String) row[1], (String) row[2],
                    n.getCategoryCode(), n.getDepartmentCode(), n.getLight(), n.getBody(), n.getCreatedAt(),
                    n.getReadAt() != null);
            boolean delivered = address != null && mail.deliver(view, address);
            n.emailed(delivered);
            sent += delivered ? 1 : 0;
        }
        return sent;
    }

    private boolean hasAddress(String username) {
        return address(username) != null;
    }

    private String address(String username) {
        return em.createQuery("select a.email from Account a where a.username = :name and a.enabled = true", String.class)
                .setParameter("name", username).getResultStream().findFirst().orElse(null);
    }
}
