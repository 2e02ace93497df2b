package org.projectdesk.operations.control;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.projectdesk.calendar.boundary.CalendarYears;
import org.projectdesk.supervision.boundary.Notices;

/**
 * The gauges read when Prometheus scrapes rather than kept up to date by events: the outbox backlog
 * (in a cluster only one node runs the outbox job, yet every node's gauge must tell the truth, so it
 * is read from the shared database) and whether an official holiday schedule is missing.
 */
@Startup
@Singleton
public class OperationGauges {

    @Inject
    MeterRegistry meters;

    @EJB
    Notices notices;

    @EJB
    CalendarYears calendar;

    @PostConstruct
    void register() {
        // The registry's own gauge method, not Gauge.builder: WildFly's per-deployment registry exports only
        // what its methods register. It holds this bean weakly; the container holds it while deployed.
        meters.gauge("projectdesk.mail.outbox.pending", Tags.empty(), this, g -> g.notices.outboxBacklog().pending());
        meters.gauge("projectdesk.mail.outbox.oldest.seconds", Tags.empty(), this,
                g -> g.notices.outboxBacklog().oldestAge().toSeconds());
        meters.gauge("projectdesk.calendar.schedule.missing", Tags.empty(), this, g -> g.calendar.outlook().warns() ? 1 : 0);
    }
}
