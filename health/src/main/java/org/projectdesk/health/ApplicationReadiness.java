package org.projectdesk.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Map;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The application's readiness checks on {@code /health/ready}. Each asks the EAR's bean of the same
 * name (org.projectdesk.operations.boundary), found by its global JNDI name at every call: while the
 * EAR is not deployed (starting, being redeployed, failed) each check answers DOWN, which is what a
 * balancer should read then.
 */
@ApplicationScoped
public class ApplicationReadiness {

    static final String EJB_MODULE = "java:global/projectdesk/projectdesk-ejb/";

    @Produces
    @Readiness
    HealthCheck database() {
        return deployed("database", "DatabaseReadiness");
    }

    @Produces
    @Readiness
    HealthCheck scheduler() {
        return deployed("scheduler", "SchedulerReadiness");
    }

    @Produces
    @Readiness
    HealthCheck mailOutbox() {
        return deployed("mail-outbox", "MailOutboxReadiness");
    }

    @Produces
    @Readiness
    HealthCheck calendar() {
        return deployed("calendar", "CalendarReadiness");
    }

    private static HealthCheck deployed(String name, String bean) {
        return () -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named(name);
            Map.Entry<Boolean, Map<String, Object>> answer;
            try {
                answer = lookup(bean).get();
            } catch (NameNotFoundException notDeployed) {
                return response.down().withData("problem", "the application is not deployed").build();
            } catch (NamingException | RuntimeException failed) {
                return response.down().withData("problem", failed.getClass().getSimpleName() + ": " + failed.getMessage()).build();
            }
            answer.getValue().forEach((key, value) -> {
                if (value instanceof Boolean b) {
                    response.withData(key, b);
                } else if (value instanceof Number n) {
                    response.withData(key, n.longValue());
                } else {
                    response.withData(key, String.valueOf(value));
                }
            });
            return response.status(answer.getKey()).build();
        };
    }

    @SuppressWarnings("unchecked")
    private static Supplier<Map.Entry<Boolean, Map<String, Object>>> lookup(String bean) throws NamingException {
        return (Supplier<Map.Entry<Boolean, Map<String, Object>>>) InitialContext.doLookup(
                EJB_MODULE + bean + "!" + Supplier.class.getName());
    }
}
