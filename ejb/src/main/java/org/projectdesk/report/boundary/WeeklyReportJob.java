package org.projectdesk.report.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.projectdesk.scheduling.control.Misfire;
import org.projectdesk.scheduling.control.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Monday 08:00: last ISO week's progress report for the leadership, made once (a missed run catches up at start). */
@Dependent
@DisallowConcurrentExecution
@ScheduledJob(name = WeeklyReportJob.NAME, cron = "0 0 8 ? * MON", misfire = Misfire.CATCH_UP_ONCE,
        description = "Weekly progress report for the leadership")
public class WeeklyReportJob implements Job {

    public static final String NAME = "weekly-report";

    @Inject
    WeeklyReports reports;

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult(reports.produceLastWeek());
    }
}
