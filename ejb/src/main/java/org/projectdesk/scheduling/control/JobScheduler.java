package org.projectdesk.scheduling.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.scheduling.entity.JobRun;
import org.projectdesk.scheduling.entity.JobSetting;
import org.projectdesk.shared.control.Database;
import org.projectdesk.shared.control.Settings;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Owns the Quartz scheduler. At start it builds the scheduler on the application database, brings
 * the stored jobs and triggers in line with the jobs this build contains and their configured
 * schedules (adding, changing or removing, never duplicating), commits that, and only then starts
 * firing: starting inside the transaction that scheduled would wait on the job store's row locks.
 */
@Startup
@Singleton
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class JobScheduler {

    public static final String GROUP = "projectdesk";
    /** The request id of a firing made because the job had never run. */
    public static final String FIRST_START = "first-start";
    /** The run-now triggers, one per job at most; apart from the schedules, which {@link #schedules()} lists. */
    static final String RUN_NOW_GROUP = "projectdesk-run-now";
    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Inject
    Database database;

    @Inject
    BeanManager beanManager;

    @Resource
    UserTransaction transaction;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    private Scheduler scheduler;

    private Duration checkInInterval;

    @PostConstruct
    void start() {
        try {
            Properties properties = properties();
            checkInInterval = Duration.ofMillis(Long.parseLong(
                    properties.getProperty("org.quartz.jobStore.clusterCheckinInterval", "7500")));
            scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.setJobFactory(new CdiJobFactory());
            scheduler.getListenerManager().addJobListener(new JobRunListener(), GroupMatcher.jobGroupEquals(GROUP));
            scheduler.getListenerManager().addTriggerListener(new OneRunForMissedFirings(), GroupMatcher.triggerGroupEquals(GROUP));
            List<DesiredJob> jobs = jobs();
            reconcile(jobs);
            scheduler.start();
            LOG.info("Scheduler " + describe());
            fireThoseNeverRun(jobs);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The job scheduler could not start: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        try {
            if (scheduler != null) {
                scheduler.shutdown(true);
            }
        } catch (SchedulerException e) {
            LOG.warning(() -> "The job scheduler did not stop cleanly: " + e.getMessage());
        }
    }

    /** Stops and rebuilds the scheduler exactly as a server restart would; for operators and tests. */
    public void restart() {
        stop();
        start();
    }

    /**
     * Through the job's one run-now trigger: two nodes starting together on a new database share one run
     * while it waits or runs (one that finds the first already ended runs again, which the jobs that ask
     * for this bear: a second scan finds nothing changed).
     */
    private void fireThoseNeverRun(List<DesiredJob> jobs) throws SchedulerException {
        for (DesiredJob job : jobs) {
            if (job.runsOnFirstStart() && em.createNamedQuery(JobRun.LAST_OF_JOB, JobRun.class)
                    .setParameter("job", job.name()).setMaxResults(1).getResultList().isEmpty()) {
                runNow(job.name(), FIRST_START);
                LOG.info(() -> "Job " + job.name() + " has never run here: fired once at start");
            }
        }
    }

    /** The jobs as stored now, with their next firing; read for the administrators' schedule view. */
    public List<JobSchedule> schedules() {
        try {
            List<JobSchedule> schedules = new ArrayList<>();
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
                Trigger trigger = scheduler.getTrigger(key);
                String cron = trigger instanceof CronTrigger c ? c.getCronExpression() : null;
                schedules.add(new JobSchedule(key.getName(), cron, trigger.getNextFireTime(), trigger.getPreviousFireTime(),
                        scheduler.getTriggerState(key).name()));
            }
            return schedules;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot read the job store: " + e.getMessage(), e);
        }
    }

    /** The description each job of this build gives itself, by name. */
    public java.util.Map<String, String> descriptions() {
        java.util.Map<String, String> descriptions = new java.util.TreeMap<>();
        jobs().forEach(job -> descriptions.put(job.name(), job.description()));
        return descriptions;
    }

    public void pause(String name) throws SchedulerException {
        scheduler.pauseJob(JobKey.jobKey(known(name), GROUP));
    }

    public void resume(String name) throws SchedulerException {
        scheduler.resumeJob(JobKey.jobKey(known(name), GROUP));
    }

    /**
     * Fires the job once now, on whichever node takes it, under the job's one run-now trigger: while
     * another press's run waits or runs (pressed on any node), the job store already holds that trigger
     * and this press joins its run instead of queueing a second one. Returns the request id whose run
     * record ({@code job_run.request_id}) to wait for: {@code requestId}, or the earlier press's.
     */
    public String runNow(String name, String requestId) throws SchedulerException {
        TriggerKey key = TriggerKey.triggerKey(known(name), RUN_NOW_GROUP);
        Trigger once = TriggerBuilder.newTrigger().withIdentity(key).forJob(JobKey.jobKey(name, GROUP))
                .usingJobData(JobRunListener.REQUEST_ID, requestId).startNow().build();
        try {
            scheduler.scheduleJob(once);
            return requestId;
        } catch (SchedulerException e) {
            // Already there (ObjectAlreadyExistsException), or inserted by another node between the job
            // store's check and its insert (a key violation): either way, that press's run is the one.
            Trigger pending = scheduler.getTrigger(key);
            if (pending == null) {
                throw e;
            }
            return pending.getJobDataMap().getString(JobRunListener.REQUEST_ID);
        }
    }

    /** Gives the job a new schedule now; the caller stores it so that later starts keep it. */
    public void reschedule(String name, String cron) throws SchedulerException {
        DesiredJob job = jobs().stream().filter(j -> j.name().equals(known(name))).findFirst().orElseThrow();
        DesiredJob changed = new DesiredJob(job.name(), job.type(), cron, job.misfire(), job.description(),
                job.runsOnFirstStart());
        scheduler.rescheduleJob(changed.triggerKey(), changed.trigger());
        LOG.info(() -> "Rescheduled job " + name + " to " + cron);
    }

    private String known(String name) {
        if (jobs().stream().noneMatch(j -> j.name().equals(name))) {
            throw new org.projectdesk.shared.control.NotFound("There is no job " + name);
        }
        return name;
    }

    public boolean isClustered() {
        try {
            return scheduler.getMetaData().isJobStoreClustered();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This node's scheduler as the readiness check reads it; in a cluster with its last check-in. */
    public SchedulerState state() {
        try {
            var meta = scheduler.getMetaData();
            Instant lastCheckIn = meta.isJobStoreClustered()
                    ? lastCheckIn(meta.getSchedulerName(), meta.getSchedulerInstanceId()) : null;
            return new SchedulerState(scheduler.isStarted(), scheduler.isInStandbyMode(), scheduler.isShutdown(),
                    meta.isJobStoreClustered(), meta.getSchedulerInstanceId(), lastCheckIn, checkInInterval);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The job scheduler cannot be read: " + e.getMessage(), e);
        }
    }

    private Instant lastCheckIn(String schedulerName, String instanceId) {
        List<?> found = em.createNativeQuery("select LAST_CHECKIN_TIME from QRTZ_SCHEDULER_STATE"
                        + " where SCHED_NAME = ?1 and INSTANCE_NAME = ?2")
                .setParameter(1, schedulerName).setParameter(2, instanceId).getResultList();
        return found.isEmpty() ? null : Instant.ofEpochMilli(((Number) found.get(0)).longValue());
    }

    private void reconcile(List<DesiredJob> desired) throws SchedulerException {
        try {
            transaction.begin();
            Set<JobKey> stored = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP));
            for (DesiredJob job : desired) {
                Trigger current = scheduler.getTrigger(job.triggerKey());
                if (current == null) {
                    scheduler.scheduleJob(job.detail(), Set.of(job.trigger()), true);
                    LOG.info(() -> "Scheduled job " + job.name() + " at " + job.cron());
                } else if (!job.matches(current) || !job.matches(scheduler.getJobDetail(job.jobKey()))) {
                    scheduler.addJob(job.detail(), true, true);
                    scheduler.rescheduleJob(job.triggerKey(), job.trigger());
                    LOG.info(() -> "Rescheduled job " + job.name() + " to " + job.cron());
                }
            }
            Set<JobKey> wanted = desired.stream().map(DesiredJob::jobKey).collect(Collectors.toSet());
            for (JobKey key : stored) {
                if (!wanted.contains(key)) {
                    scheduler.deleteJob(key);
                    LOG.info(() -> "Removed job " + key.getName() + ", which this build no longer has");
                }
            }
            transaction.commit();
        } catch (SchedulerException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new SchedulerException("Reconciling stored jobs failed: " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception e) {
            LOG.warning(() -> "Rollback after a failed reconciliation failed too: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private List<DesiredJob> jobs() {
        List<DesiredJob> jobs = new ArrayList<>();
        for (Bean<?> bean : beanManager.getBeans(Job.class, Any.Literal.INSTANCE)) {
            ScheduledJob annotation = bean.getBeanClass().getAnnotation(ScheduledJob.class);
            if (annotation != null) {
                JobSetting chosen = em.find(JobSetting.class, annotation.name());
                String cron = chosen != null ? chosen.getCron()
                        : Settings.get("projectdesk.scheduler." + annotation.name() + ".cron", annotation.cron());
                jobs.add(new DesiredJob(annotation.name(), (Class<? extends Job>) bean.getBeanClass(), cron,
                        annotation.misfire(), annotation.description(), annotation.runsOnFirstStart()));
            }
        }
        return jobs;
    }

    private Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/config/quartz.properties")) {
            properties.load(Objects.requireNonNull(in, "config/quartz.properties is missing from the build"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read config/quartz.properties", e);
        }
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", database.kind().quartzDelegate());
        properties.setProperty("org.quartz.jobStore.isClustered",
                String.valueOf(Settings.getBoolean("projectdesk.scheduler.clustered", false)));
        properties.setProperty("org.quartz.threadPool.threadCount",
                String.valueOf(Settings.getInt("projectdesk.scheduler.threads", 4)));
        return properties;
    }

    private String describe() throws SchedulerException {
        var meta = scheduler.getMetaData();
        return meta.getSchedulerName() + "/" + meta.getSchedulerInstanceId() + " started, "
                + (meta.isJobStoreClustered() ? "clustered" : "single node") + ", "
                + meta.getThreadPoolSize() + " threads, jobs " + scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP));
    }

    /** A job as this build and its configuration want it stored. */
    record DesiredJob(String name, Class<? extends Job> type, String cron, Misfire misfire, String description,
            boolean runsOnFirstStart) {

        JobKey jobKey() {
            return JobKey.jobKey(name, GROUP);
        }

        TriggerKey triggerKey() {
            return TriggerKey.triggerKey(name, GROUP);
        }

        JobDetail detail() {
            // Recovery: when a node dies during a run, another node runs that firing again (the runs are
            // transactions, so the dead node's half is rolled back and nothing is done twice).
            return JobBuilder.newJob(type).withIdentity(jobKey()).withDescription(description).storeDurably()
                    .requestRecovery().build();
        }

        /** Whether the stored job is this build's, recovery included (jobs stored before it lack it). */
        boolean matches(JobDetail stored) {
            return stored != null && stored.getJobClass().equals(type) && stored.requestsRecovery();
        }

        Trigger trigger() {
            CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getDefault());
            schedule = misfire == Misfire.CATCH_UP_ONCE
                    ? schedule.withMisfireHandlingInstructionFireAndProceed()
                    : schedule.withMisfireHandlingInstructionDoNothing();
            return TriggerBuilder.newTrigger().withIdentity(triggerKey()).forJob(jobKey()).withSchedule(schedule).build();
        }

        boolean matches(Trigger stored) throws SchedulerException {
            Trigger wanted = trigger();
            return stored instanceof CronTrigger storedCron
                    && storedCron.getCronExpression().equals(cron)
                    && storedCron.getMisfireInstruction() == wanted.getMisfireInstruction()
                    && storedCron.getTimeZone().getID().equals(TimeZone.getDefault().getID())
                    && stored.getJobKey().equals(jobKey());
        }
    }
}
