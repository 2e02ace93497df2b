package org.projectdesk.supervision.boundary;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.projectdesk.supervision.control.CalendarNotices;
import org.projectdesk.scheduling.control.Misfire;
import org.projectdesk.scheduling.control.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Every quarter of an hour, once at start-up after downtime, and at the first start of an installation (so the
 * queues and the board show their red matters at once): the time-limit scan. What each committed scan changed
 * is counted on the server's meter registry for Prometheus (the run itself is timed with every job's, by the
 * scheduling feature).
 */
@Dependent
@DisallowConcurrentExecution
@ScheduledJob(name = TimeLimitScanJob.NAME, cron = "0 0/15 * * * ?", misfire = Misfire.CATCH_UP_ONCE, runsOnFirstStart = true,
        description = "Time-limit scan: lights of running matters and projects, escalation notices")
public class TimeLimitScanJob implements Job {

    public static final String NAME = "time-limit-scan";

    @Inject
    Supervision supervision;

    @Inject
    CalendarNotices calendar;

    @Inject
    MeterRegistry meters;

    @Override
    public void execute(JobExecutionContext context) {
        ScanReport report = supervision.scan();
        meters.counter("projectdesk.scan.light.changes").increment(report.changes());
        meters.counter("projectdesk.scan.notices").increment(report.notices());
        // The scan judges with the calendar; whoever must import a missing year is told once a year.
        int told = calendar.remindUnannounced();
        context.setResult(report.running() + " running matters, "
                + (report.baseline() == null ? "" : "baseline " + report.baseline() + ": " + report.baselined()
                        + " first lights without notices, ")
                + report.changes() + " light changes, " + report.notices() + " notices"
                + (told > 0 ? ", " + told + " told to import the holiday schedule" : ""));
    }
}
