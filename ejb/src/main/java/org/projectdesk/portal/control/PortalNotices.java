package org.projectdesk.portal.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.projectdesk.portal.entity.Complaint;
import org.projectdesk.security.entity.Role;
import org.projectdesk.supervision.boundary.Notice;
import org.projectdesk.supervision.boundary.Notices;
import org.projectdesk.supervision.boundary.Recipients;
import org.projectdesk.supervision.entity.NoticeKind;

/**
 * The in-app notices of complaints, in the caller's transaction: a filed complaint to every
 * director ({@code COMPLAINT_FILED}, body: the complaint), an answer to the investor who filed it
 * ({@code COMPLAINT_ANSWERED}, body: the answer). Source key {@code complaint:<id>}: nobody is told twice.
 */
@Dependent
public class PortalNotices {

    @EJB
    Notices notices;

    /** Tells every director of the complaint; returns how many were told. */
    public int filed(Complaint complaint) {
        return notices.send(notice(NoticeKind.COMPLAINT_FILED, complaint, Recipients.roles(Role.DIRECTOR))
                .saying(complaint.getText()));
    }

    /** Tells the investor who filed the complaint of its answer. */
    public int answered(Complaint complaint) {
        return notices.send(notice(NoticeKind.COMPLAINT_ANSWERED, complaint, Recipients.users(complaint.getFiledBy()))
                .saying(complaint.getAnswer()));
    }

    private static Notice notice(NoticeKind kind, Complaint complaint, Recipients to) {
        return Notice.of(kind, "complaint:" + complaint.getId(), to).about(complaint.getProjectId());
    }
}
