package org.projectdesk.scheduling;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.projectdesk.scheduling.control.Misfire;
import org.projectdesk.scheduling.control.ScheduledJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** A test job firing every second; it proves a firing has the application's EE context. */
@Dependent
@DisallowConcurrentExecution
@ScheduledJob(name = HeartbeatJob.NAME, cron = "* * * * * ?", misfire = Misfire.CATCH_UP_ONCE)
public class HeartbeatJob implements Job {

    public static final String NAME = "test-heartbeat";

    @Inject
    Firings firings;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            // java:module exists only on a thread that carries the application's context.
            String module = (String) new InitialContext().lookup("java:module/ModuleName");
            firings.record(module);
        } catch (NamingException e) {
            throw new JobExecutionException("No EE context on " + Thread.currentThread().getName(), e);
        }
    }
}
