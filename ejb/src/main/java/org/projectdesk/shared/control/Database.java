package org.projectdesk.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the newest version before anything else runs. Hibernate never creates or
 * changes tables: the versioned SQL under {@code db/migration/<database>} is the only way the schema
 * moves, and start-up fails loudly when a migration does.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = "java:jboss/datasources/ProjectDeskNonJtaDS")
    DataSource dataSource;

    /** The pool the application's transactions use: what the health check must find answering. */
    @Resource(lookup = "java:jboss/datasources/ProjectDeskDS")
    DataSource applicationPool;

    private DatabaseKind kind;

    @PostConstruct
    void migrate() {
        kind = detectKind();
        Flyway flyway = Migrations.flyway(dataSource, kind, getClass().getClassLoader());
        MigrateResult result = flyway.migrate();
        // The version from the result: flyway.info() would scan the migrations and read the history a second time.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database " + kind + " at schema version " + version
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public DatabaseKind kind() {
        return kind;
    }

    /**
     * One round trip to the database on a connection of the application's pool (the driver's
     * validity check, a {@code SELECT 1} or less), with how long it took; for the readiness check.
     */
    public Ping ping() {
        long started = System.nanoTime();
        try (Connection connection = applicationPool.getConnection()) {
            boolean valid = connection.isValid(PING_TIMEOUT_SECONDS);
            return new Ping(valid, (System.nanoTime() - started) / 1_000_000, valid ? null : "connection not valid");
        } catch (SQLException e) {
            return new Ping(false, (System.nanoTime() - started) / 1_000_000, e.getMessage());
        }
    }

    private static final int PING_TIMEOUT_SECONDS = 2;

    /** What {@link #ping()} found: whether the database answered, in how many milliseconds, else why not. */
    public record Ping(boolean answered, long millis, String failure) {
    }

    private DatabaseKind detectKind() {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseKind.of(connection.getMetaData());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the application database: " + e.getMessage(), e);
        }
    }
}
