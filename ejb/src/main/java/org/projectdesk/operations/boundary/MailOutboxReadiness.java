package org.projectdesk.operations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.projectdesk.shared.control.Settings;
import org.projectdesk.supervision.boundary.Notices;
import org.projectdesk.supervision.boundary.OutboxBacklog;

/**
 * The mail outbox's backlog, reported and never failing readiness: every node shares the one outbox,
 * so a refusing SMTP relay would take every node out of the balancer at once, and users would lose
 * the inbox, which still works, for e-mail that cannot go anyway. A monitor alerts on
 * {@code "stalled": true} here, or on the gauge {@code projectdesk_mail_outbox_oldest_seconds}.
 * Served as the check {@code mail-outbox} by the health deployment (see {@link ReadinessAnswer}).
 */
@Stateless
@Local(Supplier.class)
@PermitAll
public class MailOutboxReadiness implements Supplier<Map.Entry<Boolean, Map<String, Object>>> {

    @EJB
    Notices notices;

    @Override
    public Map.Entry<Boolean, Map<String, Object>> get() {
        OutboxBacklog backlog = notices.outboxBacklog();
        Duration stallAfter = Duration.ofMinutes(Settings.getInt("projectdesk.health.outbox.stall.minutes", 15));
        return ReadinessAnswer.ready(true)
                .with("mailEnabled", backlog.mailEnabled())
                .with("pending", backlog.pending())
                .with("oldestSeconds", backlog.oldestAge().toSeconds())
                .with("stalled", backlog.stalledLongerThan(stallAfter))
                .entry();
    }
}
