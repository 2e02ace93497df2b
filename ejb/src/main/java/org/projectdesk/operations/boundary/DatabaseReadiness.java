package org.projectdesk.operations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.projectdesk.shared.control.Database;

/**
 * Ready only while the application's connection pool reaches the database. Outside a transaction:
 * the ping takes a connection of its own and must not wait on one. Served as the check
 * {@code database} by the health deployment (see {@link ReadinessAnswer}).
 */
@Stateless
@Local(Supplier.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseReadiness implements Supplier<Map.Entry<Boolean, Map<String, Object>>> {

    @Inject
    Database database;

    @Override
    public Map.Entry<Boolean, Map<String, Object>> get() {
        Database.Ping ping = database.ping();
        return ReadinessAnswer.ready(ping.answered())
                .with("kind", database.kind().name().toLowerCase(Locale.ROOT))
                .with("millis", ping.millis())
                .with("failure", ping.failure())
                .entry();
    }
}
