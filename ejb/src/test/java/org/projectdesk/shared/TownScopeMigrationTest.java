package org.projectdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.projectdesk.shared.control.DatabaseKind;
import org.projectdesk.shared.control.Migrations;

/**
 * V27 on a database migrated to V26 with history entries of every kind of reader: problems, visits and
 * meetings gain TOWN; other families, entries for everyone and entries already naming other readers
 * stay as they were; a problem raised by the town can be stored. Runs on H2, and on PostgreSQL with
 * -Ppostgresql (in a schema of its own).
 */
class TownScopeMigrationTest {

    private static final String SCHEMA = "town_scope_check";
    private static final String OLD_ALL = "ADMIN,DEPARTMENT,DIRECTOR,INVESTOR,LEADER,OFFICER";

    @Test
    void historyEntriesOfProblemsVisitsAndMeetingsGainTheTownAsReader() throws Exception {
        DatabaseKind kind = DatabaseKind.valueOf(System.getProperty("test.db.kind", "h2").toUpperCase(Locale.ROOT));
        DataSource dataSource = emptyDatabase(kind);
        Flyway all = Migrations.flyway(dataSource, kind, getClass().getClassLoader());
        Flyway.configure(getClass().getClassLoader()).configuration(all.getConfiguration()).target("26").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO town (code, name, name_en, list_position) VALUES ('CLZ', '常乐镇', 'Changle Town', 1)");
            s.execute("INSERT INTO enterprise (id, version, credit_code, name) VALUES (1, 0, '91320684MA1X00001A', '测试企业')");
            s.execute("INSERT INTO project (id, version, file_no, project_code, name, enterprise_id, investment, project_type,"
                    + " town_code, land_status, status, intake_on, catalogue_version, created_by, created_at)"
                    + " VALUES (1, 0, 'XF-2026-0001', '2026-320684-26-03-000001', '测试项目', 1, 1000, 'INDUSTRIAL', 'CLZ',"
                    + " 'HELD', 'ACCEPTED', DATE '2026-12-01', 1, 'officer1', TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+08:00')");
            entry(s, 1, "PROBLEM_RAISED", OLD_ALL, "LAND");
            entry(s, 2, "PROBLEM_RESOLVE", OLD_ALL, "");
            entry(s, 3, "VISIT_RECORDED", "ADMIN,DEPARTMENT,DIRECTOR,LEADER,OFFICER", "FIRE");
            entry(s, 4, "MEETING_SCHEDULED", OLD_ALL, "LAND,PLAN");
            entry(s, 5, "MATERIAL_UPLOADED", "DEPARTMENT,DIRECTOR,INVESTOR,OFFICER", "LAND");
            entry(s, 6, "COMPLAINT_FILED", "DIRECTOR,INVESTOR,OFFICER", null);
            entry(s, 7, "INTAKE", null, null);
            entry(s, 8, "ACCEPTANCE_APPLIED", OLD_ALL + ",TOWN", "PLAN");
            entry(s, 9, "OPINION", OLD_ALL, null);
        }

        all.migrate();

        Map<Long, String> readers = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id, readers, reader_departments FROM audit_entry ORDER BY id")) {
            while (rows.next()) {
                readers.put(rows.getLong(1), rows.getString(2) + " | " + rows.getString(3));
            }
        }
        assertEquals(Map.of(
                1L, OLD_ALL + ",TOWN | LAND",
                2L, OLD_ALL + ",TOWN | ",
                3L, "ADMIN,DEPARTMENT,DIRECTOR,LEADER,OFFICER,TOWN | FIRE",
                4L, OLD_ALL + ",TOWN | LAND,PLAN",
                5L, "DEPARTMENT,DIRECTOR,INVESTOR,OFFICER | LAND",
                6L, "DIRECTOR,INVESTOR,OFFICER | null",
                7L, "null | null",
                8L, OLD_ALL + ",TOWN | PLAN",
                9L, OLD_ALL + " | null"), readers);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO coordination_problem (id, version, project_id, description, source, raised_on, due_days, due_on,"
                    + " status, raised_by, raised_at) VALUES (1, 0, 1, '施工便道未通', 'TOWN', DATE '2026-12-20', 5,"
                    + " DATE '2026-12-25', 'OPEN', 'town-clz', TIMESTAMP WITH TIME ZONE '2026-12-20 09:00:00+08:00')");
        }
    }

    private static void entry(Statement s, long id, String action, String readers, String departments) throws SQLException {
        s.execute("INSERT INTO audit_entry (id, project_id, happened_at, actor, action, readers, reader_departments) VALUES ("
                + id + ", 1, TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+08:00', 'officer1', '" + action + "', "
                + quoted(readers) + ", " + quoted(departments) + ")");
    }

    private static String quoted(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }

    private static DataSource emptyDatabase(DatabaseKind kind) throws SQLException {
        if (kind == DatabaseKind.H2) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL("jdbc:h2:mem:town-scope-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
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
}
