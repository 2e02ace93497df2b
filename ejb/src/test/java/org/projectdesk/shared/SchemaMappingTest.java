package org.projectdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Table;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.projectdesk.shared.control.DatabaseKind;
import org.projectdesk.shared.control.Migrations;

/**
 * Migrates an empty database with the real migrations and asks Hibernate to validate every entity
 * against it: a column the mapping expects but no migration creates fails the build. The reverse is
 * checked too: every application table is mapped by some entity. Building the session factory also
 * translates every named query: the server does not at boot (persistence.xml), so a broken one fails
 * here. Runs on H2, and on PostgreSQL with -Ppostgresql.
 */
class SchemaMappingTest {

    private static final String SCHEMA = "mapping_check";

    @Test
    void theEntitiesMatchTheMigratedSchema() throws Exception {
        DatabaseKind kind = DatabaseKind.valueOf(System.getProperty("test.db.kind", "h2").toUpperCase(Locale.ROOT));
        DataSource dataSource = emptyDatabase(kind);
        Migrations.flyway(dataSource, kind, getClass().getClassLoader()).migrate();

        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", dataSource)
                .applySetting("hibernate.default_schema", kind == DatabaseKind.POSTGRESQL ? SCHEMA : "PUBLIC")
                // Only in this test: Hibernate compares mapping and schema while building, and fails on a mismatch.
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .applySetting("hibernate.query.startup_check", "true")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            List<Class<?>> entities = entityClasses();
            assertFalse(entities.isEmpty(), "no @Entity classes were found in target/classes");
            entities.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();

            metadata.buildSessionFactory().close();

            Set<String> mapped = metadata.collectTableMappings().stream().map(Table::getName)
                    .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(applicationTables(dataSource, kind), mapped, "tables created by migrations but mapped by no entity");
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    static DataSource emptyDatabase(DatabaseKind kind) throws SQLException {
        if (kind == DatabaseKind.H2) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL("jdbc:h2:mem:mapping-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            return h2;
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(System.getProperty("test.db.url"));
        postgres.setUser(System.getProperty("test.db.user"));
        postgres.setPassword(System.getProperty("test.db.password"));
        try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        postgres.setCurrentSchema(SCHEMA);
        return postgres;
    }

    private static Set<String> applicationTables(DataSource dataSource, DatabaseKind kind) throws SQLException {
        String schema = kind == DatabaseKind.H2 ? "PUBLIC" : SCHEMA;
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("qrtz_") && !name.equals("schema_history")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    static List<Class<?>> entityClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(DatabaseKind.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SchemaMappingTest::load)
                    .filter(type -> type.isAnnotationPresent(Entity.class))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SchemaMappingTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
