package org.projectdesk.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.projectdesk.greenchannel.boundary.GreenChannelProposed;
import org.projectdesk.security.entity.Role;
import org.projectdesk.supervision.boundary.Notice;
import org.projectdesk.supervision.boundary.Notices;
import org.projectdesk.supervision.boundary.Recipients;
import org.projectdesk.supervision.entity.NoticeKind;

/** A green-channel proposal waits on the director: every director is told, with the officer's reason. */
@ApplicationScoped
public class GreenChannelNotices {

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    void onProposed(@Observes GreenChannelProposed proposal) {
        // A project refused once may be proposed again: each proposal is its own notice.
        notices.send(Notice.of(NoticeKind.GREEN_PROPOSAL, "green-channel:" + proposal.projectId() + "@" + clock.millis(),
                Recipients.roles(Role.DIRECTOR)).about(proposal.projectId()).saying(proposal.reason()));
    }
}
