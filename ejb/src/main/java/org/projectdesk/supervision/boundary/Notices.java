package org.projectdesk.supervision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.security.entity.Role;
import org.projectdesk.supervision.control.NoticeChannel;
import org.projectdesk.supervision.control.NoticeRows;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.supervision.entity.Notification;

/**
 * Notices: the one way one is written ({@link #send}, for every feature; only the time-limit scan
 * writes its own, set-based, under the same rules, {@link NoticeRows}), the notices the system sends
 * on its own schedule — each officer's morning digest (on working days only, once a day whatever
 * reruns) — and the e-mail of notices still waiting for it.
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

    /**
     * Writes the notice to each of its recipients (enabled accounts only) who has not had it yet: the
     * same kind about the same source key is never written to anybody twice. In the caller's
     * transaction; returns how many were written now.
     */
    public int send(Notice notice) {
        if (notice.to().isEmpty()) {
            return 0;
        }
        Map<String, String> addresses = new LinkedHashMap<>();
        recipients(notice).getResultList().stream().forEach(r -> addresses.put((String) r[0], (String) r[1]));
        Instant now = clock.instant();
        addresses.forEach((username, address) -> em.persist(new Notification(username, notice.kind(), notice.sourceKey(),
                notice.projectId(), notice.body(), now, notice.byMail() && NoticeRows.byMail(mail.enabled(), address))));
        return addresses.size();
    }

    /** The user names and e-mail addresses of the notice's recipients not yet told of it. */
    private TypedQuery<Object[]> recipients(Notice notice) {
        Recipients to = notice.to();
        List<String> groups = new ArrayList<>();
        if (!to.users().isEmpty()) {
            groups.add("a.username in :users");
        }
        if (!to.roles().isEmpty()) {
            groups.add("r in :roles");
        }
        if (!to.departments().isEmpty()) {
            groups.add("(r = :window and a.departmentCode in :departments)");
        }
        if (!to.towns().isEmpty()) {
            groups.add("(r = :townStaff and a.townCode in :towns)");
        }
        TypedQuery<Object[]> query = em.createQuery("select distinct a.username, a.email from Account a left join a.roles r"
                        + " where a.enabled = true and (" + String.join(" or ", groups) + ") and " + NoticeRows.NOT_TOLD
                        + " order by a.username", Object[].class)
                .setParameter("kind", notice.kind()).setParameter("sourceKey", notice.sourceKey());
        if (!to.users().isEmpty()) {
            query.setParameter("users", to.users());
        }
        if (!to.roles().isEmpty()) {
            query.setParameter("roles", to.roles());
        }
        if (!to.departments().isEmpty()) {
            query.setParameter("window", Role.DEPARTMENT).setParameter("departments", to.departments());
        }
        if (!to.towns().isEmpty()) {
            query.setParameter("townStaff", Role.TOWN).setParameter("towns", to.towns());
        }
        return query;
    }

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
                        + " group by p.officer", Object[].class)
                .setParameter("running", MatterStatus.RUNNING)
                .setParameter("simulated", MatterStatus.SIMULATED)
                .setParameter("active", List.of(ProjectStatus.ACCEPTED, ProjectStatus.IN_APPROVAL)).getResultList();
        int sent = 0;
        for (Object[] r : rows) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("projects", r[1]);
            figures.put("yellow", r[2]);
            figures.put("red", r[3]);
            figures.put("conversion", r[4]);
            sent += send(Notice.of(NoticeKind.DIGEST, key, Recipients.users((String) r[0])).saying(NoticeText.body(figures)));
        }
        int total = sent;
        LOG.info(() -> "Daily digests for " + today + ": " + total);
        return sent;
    }

    /** The e-mails waiting for the outbox: how many, and since when the oldest waits. */
    public OutboxBacklog outboxBacklog() {
        Object[] row = em.createNamedQuery(Notification.EMAIL_BACKLOG, Object[].class).getSingleResult();
        return new OutboxBacklog(mail.enabled(), ((Number) row[0]).longValue(), (Instant) row[1], clock.instant());
    }

    /** E-mails up to {@code max} waiting notices; each is marked sent or failed and never sent again. */
    public int deliverPending(int max) {
        if (!mail.enabled()) {
            return 0;
        }
        List<Object[]> pending = em.createQuery("select n, p.fileNo, p.name, a.email, c.name, c.nameEn from Notification n"
                        + " left join Project p on p.id = n.projectId left join CatalogueVersion v on v.number = p.catalogueVersion"
                        + " left join ApprovalCategory c on c.catalogueVersion = v and c.code = n.categoryCode"
                        + " left join Account a on a.username = n.recipient and a.enabled = true"
                        + " where n.emailState = 'PENDING' order by n.id", Object[].class)
                .setMaxResults(max).getResultList();
        int sent = 0;
        for (Object[] row : pending) {
            Notification n = (Notification) row[0];
            String address = (String) row[3];
            NoticeView view = new NoticeView(n.getId(), n.getKind(), (String) row[1], (String) row[2],
                    n.getCategoryCode(), (String) row[4], (String) row[5], n.getDepartmentCode(), n.getLight(), n.getBody(),
                    n.getCreatedAt(), n.getReadAt() != null);
            boolean delivered = address != null && mail.deliver(view, address);
            n.emailed(delivered);
            sent += delivered ? 1 : 0;
        }
        return sent;
    }
}
