package org.projectdesk.supervision.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.projectdesk.scheduling.control.Misfire;
import org.projectdesk.scheduling.control.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Each morning: every officer's digest of their projects' lights (working days only). */
@Dependent
@DisallowConcurrentExecution
@ScheduledJob(name = OfficerDigestJob.NAME, cron = "0 0 8 * * ?", misfire = Misfire.SKIP,
        description = "Daily digest for each coordination officer")
public class OfficerDigestJob implements Job {

    public static final String NAME = "officer-digest";

    @Inject
    Notices notices;

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult(notices.sendDailyDigests() + " digests");
    }
}
