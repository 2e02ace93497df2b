package org.projectdesk.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.scheduling.control.JobSchedule;
import org.projectdesk.scheduling.control.JobScheduler;
import org.projectdesk.scheduling.entity.JobRun;
import org.projectdesk.supervision.boundary.TimeLimitScanJob;
import org.projectdesk.testing.Deployments;
import org.quartz.CronTrigger;

@ExtendWith(ArquillianExtension.class)
class JobSchedulerIT {

    private static final String MODULE = "scheduler-test";
    private static final String CRON_SETTING = "projectdesk.scheduler." + HeartbeatJob.NAME + ".cron";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(MODULE, HeartbeatJob.class, Firings.class, FirstStartJob.class);
    }

    @Inject
    JobScheduler scheduler;

    @Inject
    Firings firings;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @AfterEach
    void backToTheDefaultSchedule() {
        if (System.getProperty(CRON_SETTING) != null) {
            System.clearProperty(CRON_SETTING);
            scheduler.restart();
        }
    }

    @Test
    void aJobFiresThroughCdiWithTheApplicationsContext() {
        // Nothing in this deployment opens or removes accounts (no demo accounts either): the job must count what the test counts.
        long accounts = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        int before = firings.all().size();

        awaitTrue(() -> firings.all().size() > before, "the heartbeat job did not fire within 10 s");

        Firings.Firing last = firings.all().get(firings.all().size() - 1);
        assertEquals(MODULE, last.module());
        assertEquals(accounts, last.accounts(), "the job reads the application's database, as the test does");
    }

    @Test
    void aRestartNeitherDuplicatesTheJobNorStopsIt() {
        scheduler.restart();
        scheduler.restart();

        assertEquals(1L, count("select count(*) from QRTZ_JOB_DETAILS where JOB_NAME = ?1"));
        assertEquals(1L, count("select count(*) from QRTZ_TRIGGERS where TRIGGER_NAME = ?1"));
        assertEquals(1L, count("select count(*) from QRTZ_CRON_TRIGGERS where TRIGGER_NAME = ?1"));
        int before = firings.all().size();
        awaitTrue(() -> firings.all().size() > before, "the job did not fire again after the restart");
    }

    @Test
    void missedFiringsAreCaughtUpOnceNotInABurst() {
        Number instruction = (Number) em.createNativeQuery("select MISFIRE_INSTR from QRTZ_TRIGGERS where TRIGGER_NAME = ?1")
                .setParameter(1, HeartbeatJob.NAME).getSingleResult();

        assertEquals(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW, instruction.intValue());
    }

    @Test
    void aChangedScheduleInConfigurationReplacesTheStoredTriggerAtStart() {
        System.setProperty(CRON_SETTING, "0/2 * * * * ?");

        scheduler.restart();

        List<JobSchedule> heartbeat = scheduler.schedules().stream()
                .filter(s -> s.name().equals(HeartbeatJob.NAME)).toList();
        assertEquals(1, heartbeat.size());
        assertEquals("0/2 * * * * ?", heartbeat.get(0).cron());
        assertEquals(1L, count("select count(*) from QRTZ_TRIGGERS where TRIGGER_NAME = ?1"));
        assertFalse(scheduler.isClustered(), "clustering is off unless PROJECTDESK_SCHEDULER_CLUSTERED=true");
    }

    @Test
    void aJobThatHasNeverRunFiresOnceAtStartAndNotAtLaterStarts() throws Exception {
        transaction.begin();
        em.createQuery("delete from JobRun r where r.jobName = :job").setParameter("job", FirstStartJob.NAME).executeUpdate();
        transaction.commit();

        scheduler.restart();
        awaitTrue(() -> !firstStartRuns().isEmpty() && firstStartRuns().get(0).getFinishedAt() != null,
                "a job that had never run did not fire at start");
        scheduler.restart();
        // Had this start fired the job again, a press now would join that run (the job has one run-now
        // trigger) or queue behind it; either way the runs below would show it, without waiting on a guess.
        String probe = "probe-after-restart";
        assertEquals(probe, scheduler.runNow(FirstStartJob.NAME, probe), "no run of the start's was pending");
        awaitTrue(() -> firstStartRuns().stream().anyMatch(r -> probe.equals(r.getRequestId()) && r.getFinishedAt() != null),
                "the pressed run did not end");

        List<JobRun> runs = firstStartRuns();
        assertEquals(List.of(probe, JobScheduler.FIRST_START), runs.stream().map(JobRun::getRequestId).toList(),
                "fired at the first start only, then when pressed");
        JobRun first = runs.get(1);
        assertEquals(JobRun.Outcome.SUCCESS, first.getOutcome());
        assertEquals("ran", first.getMessage());
    }

    /**
     * The time-limit scan asks to run at a first start (runsOnFirstStart): on a deployment whose database had
     * never seen a scan, the queues and the board must not wait a quarter of an hour for their lights. Nobody
     * presses run-now here; the one run the start asked for is in the job's history, and it succeeded.
     */
    @Test
    void theTimeLimitScanRanOnceAtTheFirstStartWithoutAPress() {
        awaitTrue(() -> firstStartRunsOf(TimeLimitScanJob.NAME).stream().anyMatch(r -> r.getFinishedAt() != null),
                "the time-limit scan did not run at the first start");

        List<JobRun> atStart = firstStartRunsOf(TimeLimitScanJob.NAME);
        assertEquals(1, atStart.size(), "one run asked for by the first start, whatever was restarted since");
        assertEquals(JobRun.Outcome.SUCCESS, atStart.get(0).getOutcome(), atStart.get(0).getMessage());
    }

    private List<JobRun> firstStartRunsOf(String job) {
        em.clear();
        return em.createNamedQuery(JobRun.LAST_OF_JOB, JobRun.class).setParameter("job", job).getResultList().stream()
                .filter(r -> JobScheduler.FIRST_START.equals(r.getRequestId())).toList();
    }

    private List<JobRun> firstStartRuns() {
        em.clear();
        return em.createNamedQuery(JobRun.LAST_OF_JOB, JobRun.class).setParameter("job", FirstStartJob.NAME).getResultList();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, HeartbeatJob.NAME).getSingleResult()).longValue();
    }

    private static void awaitTrue(BooleanSupplier condition, String failure) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(failure);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(failure, e);
            }
        }
    }
}
