package org.projectdesk.scheduling.control;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Builds each firing's job through CDI, so jobs inject boundaries like any bean, and destroys the
 * instance when the firing ends.
 */
class CdiJobFactory implements JobFactory {

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
        Class<? extends Job> jobClass = bundle.getJobDetail().getJobClass();
        return context -> runOnce(jobClass, context);
    }

    private static <T extends Job> void runOnce(Class<T> jobClass, org.quartz.JobExecutionContext context)
            throws org.quartz.JobExecutionException {
        Instance<T> beans = CDI.current().select(jobClass);
        T job = beans.get();
        try {
            job.execute(context);
        } finally {
            beans.destroy(job);
        }
    }
}
