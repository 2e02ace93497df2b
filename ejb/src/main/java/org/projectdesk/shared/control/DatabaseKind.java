package org.projectdesk.shared.control;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** The databases Project Desk runs on; each has its own migration folder and Quartz delegate. */
public enum DatabaseKind {
    H2("h2", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate"),
    POSTGRESQL("postgresql", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");

    private final String migrationFolder;
    private final String quartzDelegate;

    DatabaseKind(String migrationFolder, String quartzDelegate) {
        this.migrationFolder = migrationFolder;
        this.quartzDelegate = quartzDelegate;
    }

    public static DatabaseKind of(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Project Desk runs on H2 or PostgreSQL, not on " + metaData.getDatabaseProductName());
    }

    /** Migrations both databases share, then the ones written for this database (only where SQL differs). */
    public String[] migrationLocations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + migrationFolder};
    }

    public String quartzDelegate() {
        return quartzDelegate;
    }
}
