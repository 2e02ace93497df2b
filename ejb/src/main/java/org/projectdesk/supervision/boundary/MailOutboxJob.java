package org.projectdesk.supervision.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.projectdesk.scheduling.control.Misfire;
import org.projectdesk.scheduling.control.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Every minute: e-mails the notices waiting for it (nothing while e-mail is off). */
@Dependent
@DisallowConcurrentExecution
@ScheduledJob(name = MailOutboxJob.NAME, cron = "30 * * * * ?", misfire = Misfire.SKIP,
        description = "E-mail of waiting notices, when SMTP is configured")
public class MailOutboxJob implements Job {

    public static final String NAME = "mail-outbox";

    @Inject
    Notices notices;

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult(notices.deliverPending(200) + " e-mails sent");
    }
}
