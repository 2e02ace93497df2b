package org.projectdesk.supervision.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.projectdesk.shared.control.CommittedChanges;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.supervision.control.KeptUnreadCounts;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.supervision.entity.Notification;

/** Each signed-in user's own notices: read, count the unread, mark read. Another user's notice is "not found". */
@Stateless
@PermitAll
public class Inbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    KeptUnreadCounts unreadCounts;

    @Inject
    CommittedChanges changes;

    public InboxPage page(int page, int size) {
        String me = caller();
        List<NoticeView> items = em.createQuery("select n.id, n.kind, p.fileNo, p.name, n.categoryCode, c.name, c.nameEn,"
                        + " n.departmentCode, n.light, n.body, n.createdAt, n.readAt from Notification n"
                        + " left join Project p on p.id = n.projectId left join CatalogueVersion v on v.number = p.catalogueVersion"
                        + " left join ApprovalCategory c on c.catalogueVersion = v and c.code = n.categoryCode"
                        + " where n.recipient = :recipient order by n.id desc", Object[].class)
                .setParameter("recipient", me).setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> new NoticeView((Long) r[0], (NoticeKind) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], (Light) r[8], (String) r[9], (java.time.Instant) r[10],
                        r[11] != null))
                .toList();
        long total = em.createNamedQuery(Notification.COUNT_FOR_RECIPIENT, Long.class).setParameter("recipient", me)
                .getSingleResult();
        return new InboxPage(items, total, unread(), page, size);
    }

    /** Kept between requests: the header asks on every page (KeptUnreadCounts). */
    public long unread() {
        String me = caller();
        return unreadCounts.of(me, () -> em.createNamedQuery(Notification.UNREAD_COUNT, Long.class)
                .setParameter("recipient", me).getSingleResult());
    }

    public void markRead(long id) {
        Notification notice = em.find(Notification.class, id);
        if (notice == null || !notice.getRecipient().equals(caller())) {
            throw new NotFound("There is no notice " + id);
        }
        notice.markRead(clock.instant());
    }

    public int markAllRead() {
        // A bulk statement passes the entity listener by: said here, or the kept unread counts would not move.
        changes.written();
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
                .setParameter("now", clock.instant()).setParameter("recipient", caller()).executeUpdate();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
