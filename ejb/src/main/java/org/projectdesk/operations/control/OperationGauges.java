package org.projectdesk.operations.control;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
 * is read from the shared database) and whether an official holiday schedule is missing. The gauges
 * hold this bean strongly: Micrometer would otherwise let go of a state object nobody else references.
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
        Gauge.builder("projectdesk.mail.outbox.pending", this, g -> g.notices.outboxBacklog().pending())
                .description("E-mails of notices waiting for the outbox").strongReference(true).register(meters);
        Gauge.builder("projectdesk.mail.outbox.oldest", this, g -> g.notices.outboxBacklog().oldestAge().toSeconds())
                .baseUnit("seconds").description("How long the oldest waiting e-mail has waited")
                .strongReference(true).register(meters);
        Gauge.builder("projectdesk.calendar.schedule.missing", this, g -> g.calendar.outlook().warns() ? 1 : 0)
                .description("1 while this year's, or from the warning day next year's, official holiday schedule is missing")
                .strongReference(true).register(meters);
    }
}
