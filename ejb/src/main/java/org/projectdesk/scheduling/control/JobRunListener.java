package org.projectdesk.scheduling.control;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.logging.Logger;
import org.projectdesk.scheduling.entity.JobRun;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;

/** Records every execution of our jobs (start, end, outcome, the job's result text or error) in job_run. */
class JobRunListener implements JobListener {

    static final String REQUEST_ID = "requestId";
    private static final String RUN_ID = "projectdesk.runId";
    private static final Logger LOG = Logger.getLogger(JobRunListener.class.getName());

    @Override
    public String getName() {
        return "projectdesk-job-runs";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        String requestId = context.getMergedJobDataMap().getString(REQUEST_ID);
        long id = runs().started(context.getJobDetail().getKey().getName(), context.getFireInstanceId(), requestId,
                System.getProperty("jboss.node.name", "local"), Instant.now());
        context.put(RUN_ID, id);
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        Object id = context.get(RUN_ID);
        if (id == null) {
            return;
        }
        Throwable cause = failure == null ? null : failure.getCause() != null ? failure.getCause() : failure;
        if (cause != null) {
            LOG.warning(() -> "Job " + context.getJobDetail().getKey().getName() + " failed: " + cause);
        }
        runs().finished((Long) id, Instant.now(), cause == null ? JobRun.Outcome.SUCCESS : JobRun.Outcome.FAILURE,
                cause == null ? (context.getResult() == null ? null : context.getResult().toString()) : cause.toString());
    }

    private static JobRuns runs() {
        return CDI.current().select(JobRuns.class).get();
    }
}
