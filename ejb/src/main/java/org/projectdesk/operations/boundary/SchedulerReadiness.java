package org.projectdesk.operations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.projectdesk.scheduling.control.JobScheduler;
import org.projectdesk.scheduling.control.SchedulerState;

/**
 * Ready only while this node's Quartz scheduler runs (started, not in standby) and, in a cluster,
 * keeps checking in: a node whose scheduler is stuck would hold its share of the jobs back. Served as
 * the check {@code scheduler} by the health deployment (see {@link ReadinessAnswer}).
 */
@Stateless
@Local(Supplier.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchedulerReadiness implements Supplier<Map.Entry<Boolean, Map<String, Object>>> {

    @Inject
    JobScheduler scheduler;

    @Override
    public Map.Entry<Boolean, Map<String, Object>> get() {
        SchedulerState state = scheduler.state();
        // The real time, not the application's clock: Quartz stamps its check-ins with the system clock.
        Optional<String> problem = state.problem(Instant.now());
        return ReadinessAnswer.ready(problem.isEmpty())
                .with("instance", state.instanceId())
                .with("clustered", state.clustered())
                .with("lastCheckIn", state.lastCheckIn() == null ? null : state.lastCheckIn().toString())
                .with("problem", problem.orElse(null))
                .entry();
    }
}
