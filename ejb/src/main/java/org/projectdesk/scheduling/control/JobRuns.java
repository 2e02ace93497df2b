package org.projectdesk.scheduling.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.projectdesk.scheduling.entity.JobRun;

/** Writes the record of each job execution in its own transaction, so a failing job still leaves its record. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    @PersistenceContext
    EntityManager em;

    public long started(String job, String fireId, String requestId, String node, Instant at) {
        JobRun run = new JobRun(job, fireId, requestId, node, at);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public void finished(long id, Instant at, JobRun.Outcome outcome, String message) {
        JobRun run = em.find(JobRun.class, id);
        if (run != null) {
            run.finish(at, outcome, message);
        }
    }
}
