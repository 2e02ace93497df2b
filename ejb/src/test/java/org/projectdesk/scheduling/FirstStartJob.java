package org.projectdesk.scheduling;

import jakarta.enterprise.context.Dependent;
import org.projectdesk.scheduling.control.ScheduledJob;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** A test job whose schedule never comes round: it runs only when fired, or at a start that finds it never ran. */
@Dependent
@ScheduledJob(name = FirstStartJob.NAME, cron = "0 0 3 1 1 ? 2099", runsOnFirstStart = true)
public class FirstStartJob implements Job {

    public static final String NAME = "test-first-start";

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult("ran");
    }
}
