package org.projectdesk.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.projectdesk.scheduling.control.JobScheduler;
import org.projectdesk.scheduling.control.SchedulerState;

/**
 * Ready only while this node's Quartz scheduler runs (started, not in standby) and, in a cluster,
 * keeps checking in: a node whose scheduler is stuck would hold its share of the jobs back.
 */
@Readiness
@ApplicationScoped
public class SchedulerReadiness implements HealthCheck {

    @Inject
    JobScheduler scheduler;

    @Override
    public HealthCheckResponse call() {
        SchedulerState state = scheduler.state();
        // The real time, not the application's clock: Quartz stamps its check-ins with the system clock.
        Optional<String> problem = state.problem(Instant.now());
        var response = HealthCheckResponse.named("scheduler").status(problem.isEmpty())
                .withData("instance", state.instanceId())
                .withData("clustered", state.clustered());
        if (state.lastCheckIn() != null) {
            response.withData("lastCheckIn", state.lastCheckIn().toString());
        }
        problem.ifPresent(p -> response.withData("problem", p));
        return response.build();
    }
}
