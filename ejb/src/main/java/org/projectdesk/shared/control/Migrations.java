package org.projectdesk.shared.control;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The one Flyway set-up, used at start-up and by the test that checks the mapping against the migrated schema. */
public final class Migrations {

    private Migrations() {
    }

    public static Flyway flyway(DataSource dataSource, DatabaseKind kind, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(kind.migrationLocations())
                .table("schema_history")
                .failOnMissingLocations(true)
                .load();
    }
}
