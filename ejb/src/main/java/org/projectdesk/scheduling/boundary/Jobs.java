package org.projectdesk.scheduling.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.projectdesk.scheduling.control.JobSchedule;
import org.projectdesk.scheduling.control.JobScheduler;
import org.projectdesk.scheduling.entity.JobRun;
import org.projectdesk.scheduling.entity.JobSetting;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.RuleViolation;
import org.quartz.CronExpression;
import org.quartz.SchedulerException;

/** The administrators' view of the scheduled jobs: schedules, last runs; pause, resume, run now, reschedule. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());
    static final Duration RUN_NOW_WAIT = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    JobScheduler scheduler;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<JobView> list() {
        Map<String, String> descriptions = scheduler.descriptions();
        return scheduler.schedules().stream().sorted(java.util.Comparator.comparing(JobSchedule::name))
                .map(s -> view(s, descriptions.get(s.name()))).toList();
    }

    public List<JobRunView> runs(String job, int count) {
        return em.createNamedQuery(JobRun.LAST_OF_JOB, JobRun.class).setParameter("job", job).setMaxResults(count)
                .getResultList().stream().map(Jobs::runView).toList();
    }

    public void pause(String job) {
        quartz(() -> scheduler.pause(job));
        LOG.info(() -> "Job " + job + " paused by " + caller());
    }

    public void resume(String job) {
        quartz(() -> scheduler.resume(job));
        LOG.info(() -> "Job " + job + " resumed by " + caller());
    }

    /**
     * Runs the job once now through the scheduler (so it still runs on one node only, never beside
     * itself) and waits for that run to end; outside a transaction, so that the firing is committed
     * for the scheduler to see. Presses while a run-now of the job waits or runs, on any node, share
     * that run. Null when it has not ended within {@link #RUN_NOW_WAIT}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobRunView runNow(String job) {
        String request = UUID.randomUUID().toString();
        // The job store's clock, not the application's: job_run's times are the machine's (JobRunListener).
        Instant pressed = Instant.now();
        String joined = answer(() -> scheduler.runNow(job, request));
        LOG.info(() -> "Job " + job + " run now by " + caller() + (joined.equals(request) ? "" : ", joining the run pressed before"));
        String awaited = joined;
        Instant deadline = clock.instant().plus(RUN_NOW_WAIT);
        while (clock.instant().isBefore(deadline)) {
            JobRun run = em.createNamedQuery(JobRun.BY_REQUEST, JobRun.class).setParameter("request", awaited)
                    .getResultList().stream().findFirst().orElse(null);
            if (run != null && run.getFinishedAt() != null && !awaited.equals(request) && run.getFinishedAt().isBefore(pressed)) {
                // The earlier press's run had ended before this press; its trigger was on its way out.
                awaited = answer(() -> scheduler.runNow(job, request));
                continue;
            }
            if (run != null && run.getFinishedAt() != null) {
                return runView(run);
            }
            em.clear();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** A new schedule (Quartz cron, seconds first), in force at once and kept across restarts. */
    public void reschedule(String job, String cron) {
        if (cron == null || !CronExpression.isValidExpression(cron.strip())) {
            throw new RuleViolation("cron", "job.cron.invalid", cron);
        }
        String expression = cron.strip();
        quartz(() -> scheduler.reschedule(job, expression));
        JobSetting setting = em.find(JobSetting.class, job);
        if (setting == null) {
            em.persist(new JobSetting(job, expression, caller(), clock.instant()));
        } else {
            setting.change(expression, caller(), clock.instant());
        }
    }

    private JobView view(JobSchedule s, String description) {
        JobRun last = em.createNamedQuery(JobRun.LAST_OF_JOB, JobRun.class).setParameter("job", s.name())
                .setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        return new JobView(s.name(), description, s.cron(), s.state(), instant(s.nextFire()), instant(s.previousFire()),
                last == null ? null : last.getStartedAt(),
                last == null || last.duration() == null ? null : last.duration().toMillis(),
                last == null || last.getOutcome() == null ? (last == null ? null : "RUNNING") : last.getOutcome().name(),
                last == null ? null : last.getMessage(), last == null ? null : last.getNode());
    }

    private static JobRunView runView(JobRun r) {
        return new JobRunView(r.getJobName(), r.getStartedAt(), r.getFinishedAt(),
                r.duration() == null ? null : r.duration().toMillis(),
                r.getOutcome() == null ? "RUNNING" : r.getOutcome().name(), r.getMessage(), r.getNode());
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    private interface QuartzCall {
        void run() throws SchedulerException;
    }

    private interface QuartzQuery<T> {
        T get() throws SchedulerException;
    }

    private static void quartz(QuartzCall call) {
        answer(() -> {
            call.run();
            return null;
        });
    }

    private static <T> T answer(QuartzQuery<T> query) {
        try {
            return query.get();
        } catch (SchedulerException e) {
            throw new IllegalStateException("The job store refused: " + e.getMessage(), e);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
