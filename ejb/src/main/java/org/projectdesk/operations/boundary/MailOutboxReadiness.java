package org.projectdesk.operations.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.projectdesk.shared.control.Settings;
import org.projectdesk.supervision.boundary.Notices;
import org.projectdesk.supervision.boundary.OutboxBacklog;

/**
 * The mail outbox's backlog, reported and never failing readiness: every node shares the one outbox,
 * so a refusing SMTP relay would take every node out of the balancer at once, and users would lose
 * the inbox, which still works, for e-mail that cannot go anyway. A monitor alerts on
 * {@code "stalled": true} here, or on the gauge {@code projectdesk_mail_outbox_oldest_seconds}.
 */
@Readiness
@ApplicationScoped
public class MailOutboxReadiness implements HealthCheck {

    @EJB
    Notices notices;

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog backlog = notices.outboxBacklog();
        Duration stallAfter = Duration.ofMinutes(Settings.getInt("projectdesk.health.outbox.stall.minutes", 15));
        return HealthCheckResponse.named("mail-outbox").up()
                .withData("mailEnabled", backlog.mailEnabled())
                .withData("pending", backlog.pending())
                .withData("oldestSeconds", backlog.oldestAge().toSeconds())
                .withData("stalled", backlog.stalledLongerThan(stallAfter))
                .build();
    }
}
