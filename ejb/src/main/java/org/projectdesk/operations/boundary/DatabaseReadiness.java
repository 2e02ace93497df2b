package org.projectdesk.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.projectdesk.shared.control.Database;

/** Ready only while the application's connection pool reaches the database. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Database database;

    @Override
    public HealthCheckResponse call() {
        Database.Ping ping = database.ping();
        var response = HealthCheckResponse.named("database").status(ping.answered())
                .withData("kind", database.kind().name().toLowerCase(Locale.ROOT))
                .withData("millis", ping.millis());
        return (ping.failure() == null ? response : response.withData("failure", ping.failure())).build();
    }
}
