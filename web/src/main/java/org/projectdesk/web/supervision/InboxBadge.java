package org.projectdesk.web.supervision;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.projectdesk.supervision.boundary.Inbox;

/** The unread count in the header, read once per request. */
@Named
@RequestScoped
public class InboxBadge {

    @EJB
    Inbox inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread();
        }
        return unread;
    }
}
