package org.projectdesk.operations.control;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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

    private static final String OUTBOX_PENDING = "projectdesk.mail.outbox.pending";
    private static final String OUTBOX_OLDEST = "projectdesk.mail.outbox.oldest.seconds";
    private static final String SCHEDULE_MISSING = "projectdesk.calendar.schedule.missing";

    @PostConstruct
    void register() {
        // The registry's own gauge method, not Gauge.builder: WildFly's per-deployment registry exports only
        // what its methods register. It holds this bean weakly; the container holds it while deployed.
        meters.gauge(OUTBOX_PENDING, Tags.empty(), this, g -> g.notices.outboxBacklog().pending());
        meters.gauge(OUTBOX_OLDEST, Tags.empty(), this,
                g -> g.notices.outboxBacklog().oldestAge().toSeconds());
        meters.gauge(SCHEDULE_MISSING, Tags.empty(), this, g -> g.calendar.outlook().warns() ? 1 : 0);
    }

    /**
     * The registry outlives a deployment: a gauge left behind would answer NaN for the bean it held, and a
     * redeployment registering the same name would get that old gauge back instead of its own.
     */
    @PreDestroy
    void unregister() {
        for (String name : new String[] {OUTBOX_PENDING, OUTBOX_OLDEST, SCHEDULE_MISSING}) {
            meters.find(name).gauges().forEach(meters::remove);
        }
    }
}
