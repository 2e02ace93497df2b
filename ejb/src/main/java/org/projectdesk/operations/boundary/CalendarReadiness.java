package org.projectdesk.operations.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.projectdesk.calendar.boundary.CalendarOutlook;
import org.projectdesk.calendar.boundary.CalendarYears;

/**
 * Whether an official holiday schedule is missing (this year's, or next year's from
 * {@code PROJECTDESK_CALENDAR_WARN_FROM}), reported and never failing readiness: the calendar then
 * counts provisionally and says so, which is the office's task to end, not a broken node, and every
 * node would fail alike. A monitor alerts on {@code "warning": true} or the gauge
 * {@code projectdesk_calendar_schedule_missing}.
 */
@Readiness
@ApplicationScoped
public class CalendarReadiness implements HealthCheck {

    @EJB
    CalendarYears calendar;

    @Override
    public HealthCheckResponse call() {
        CalendarOutlook outlook = calendar.outlook();
        var response = HealthCheckResponse.named("calendar").up()
                .withData("lastOfficialYear", outlook.lastOfficialYear())
                .withData("warning", outlook.warns());
        if (outlook.warns()) {
            response.withData("unannouncedYear", outlook.unannouncedYear());
        }
        return response.build();
    }
}
