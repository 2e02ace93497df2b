package org.projectdesk.meeting.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.projectdesk.scheduling.control.Misfire;
import org.projectdesk.scheduling.control.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Every half hour: the reminders of the meetings coming within the configured working days. Each
 * goes out once whatever the reruns, so a missed run is simply made up by the next.
 */
@Dependent
@DisallowConcurrentExecution
@ScheduledJob(name = MeetingReminderJob.NAME, cron = "0 0/30 * * * ?", misfire = Misfire.CATCH_UP_ONCE,
        description = "Reminders of joint pre-review meetings")
public class MeetingReminderJob implements Job {

    public static final String NAME = "meeting-reminders";

    @Inject
    Meetings meetings;

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult(meetings.sendReminders() + " reminders");
    }
}
