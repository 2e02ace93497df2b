package org.projectdesk.scheduling.control;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.logging.Logger;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.Trigger.CompletedExecutionInstruction;
import org.quartz.TriggerListener;

/**
 * Keeps {@link Misfire}'s promise of never a burst for firings Quartz does not count as misfired. A firing
 * missed by less than the misfire threshold (a minute) is not handled by the misfire instruction but fired
 * late, and the next one is due five seconds or a minute after the missed time, not after now: a job paused,
 * or blocked behind its own long run, then ran once for every firing it missed, back to back (fourteen scans in
 * seven seconds after a pause, in the two-node test). So a regular firing is vetoed when a run of the job,
 * on any server, started at or after the time it was due: that run already did what it was for. Requested
 * runs ("run now") are in another trigger group and always run.
 */
class OneRunForMissedFirings implements TriggerListener {

    private static final Logger LOG = Logger.getLogger(OneRunForMissedFirings.class.getName());

    @Override
    public String getName() {
        return "projectdesk-one-run-for-missed-firings";
    }

    @Override
    public boolean vetoJobExecution(Trigger trigger, JobExecutionContext context) {
        String job = context.getJobDetail().getKey().getName();
        Instant due = context.getScheduledFireTime().toInstant();
        boolean done = CDI.current().select(JobRuns.class).get().startedSince(job, due);
        if (done) {
            LOG.fine(() -> "Job " + job + ": the firing due at " + due + " was covered by a run that started after it");
        }
        return done;
    }

    @Override
    public void triggerFired(Trigger trigger, JobExecutionContext context) {
    }

    @Override
    public void triggerMisfired(Trigger trigger) {
    }

    @Override
    public void triggerComplete(Trigger trigger, JobExecutionContext context, CompletedExecutionInstruction instruction) {
    }
}
