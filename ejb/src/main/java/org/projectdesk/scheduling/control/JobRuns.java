package org.projectdesk.scheduling.control;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.projectdesk.scheduling.entity.JobRun;

/**
 * Writes the record of each job execution in its own transaction, so a failing job still leaves its
 * record; records older than {@value #KEPT_DAYS} days go (a job every minute would otherwise leave
 * half a million a year). Each finished run is also timed on the server's meter registry
 * ({@value #RUN_TIMER}, by job and outcome) for Prometheus.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    static final int KEPT_DAYS = 30;
    static final String RUN_TIMER = "projectdesk.job.runs";

    @PersistenceContext
    EntityManager em;

    @Inject
    MeterRegistry meters;

    public long started(String job, String fireId, String requestId, String node, Instant at) {
        JobRun run = new JobRun(job, fireId, requestId, node, at);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /** Whether a run of the job started at {@code at} or later, on any server. */
    public boolean startedSince(String job, Instant at) {
        return !em.createQuery("select r.id from JobRun r where r.jobName = :job and r.startedAt >= :at", Long.class)
                .setParameter("job", job).setParameter("at", at).setMaxResults(1).getResultList().isEmpty();
    }

    public void finished(long id, Instant at, JobRun.Outcome outcome, String message) {
        JobRun run = em.find(JobRun.class, id);
        if (run != null) {
            run.finish(at, outcome, message);
            // The registry's own methods, not Timer.builder: WildFly's per-deployment registry exports only what they register.
            meters.timer(RUN_TIMER, "job", run.getJobName(), "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                    .record(Duration.between(run.getStartedAt(), at));
            em.createQuery("delete from JobRun r where r.jobName = :job and r.startedAt < :cutoff")
                    .setParameter("job", run.getJobName()).setParameter("cutoff", at.minus(Duration.ofDays(KEPT_DAYS)))
                    .executeUpdate();
        }
    }
}
