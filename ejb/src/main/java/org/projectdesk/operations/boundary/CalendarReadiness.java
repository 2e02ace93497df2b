package org.projectdesk.operations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.Map;
import java.util.function.Supplier;
import org.projectdesk.calendar.boundary.CalendarOutlook;
import org.projectdesk.calendar.boundary.CalendarYears;

/**
 * Whether an official holiday schedule is missing (this year's, or next year's from
 * {@code PROJECTDESK_CALENDAR_WARN_FROM}), reported and never failing readiness: the calendar then
 * counts provisionally and says so, which is the office's task to end, not a broken node, and every
 * node would fail alike. A monitor alerts on {@code "warning": true} or the gauge
 * {@code projectdesk_calendar_schedule_missing}. Served as the check {@code calendar} by the health
 * deployment (see {@link ReadinessAnswer}).
 */
@Stateless
@Local(Supplier.class)
@PermitAll
public class CalendarReadiness implements Supplier<Map.Entry<Boolean, Map<String, Object>>> {

    @EJB
    CalendarYears calendar;

    @Override
    public Map.Entry<Boolean, Map<String, Object>> get() {
        CalendarOutlook outlook = calendar.outlook();
        return ReadinessAnswer.ready(true)
                .with("lastOfficialYear", outlook.lastOfficialYear())
                .with("warning", outlook.warns())
                .with("unannouncedYear", outlook.warns() ? outlook.unannouncedYear() : null)
                .entry();
    }
}
