package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Backup and restore, as the README's "Backup and restore" tells an office. On the embedded H2 default: a
 * backup taken over the API and downloaded, unzipped into a fresh data folder and opened with the H2 driver,
 * holds the same projects, matters and uploads (each file's SHA-256 its row's). On PostgreSQL the application
 * refuses (422) and the README's pg_dump/pg_restore recipe is run into a fresh database instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

    private static final List<String> UPLOAD_TABLES = List.of("material_upload", "finding_evidence", "referral_attachment");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    URI base;
    ApiClient api;

    @BeforeEach
    void client() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
    }

    private static String db(String setting) {
        return System.getProperty("projectdesk.it.db." + setting);
    }

    /** A new project of investor1's enterprise with its plan's matters and one uploaded material; its file number. */
    private String projectWithAnUpload() {
        String fileNo = PortalApiIT.projectWithNotification(api, PortalApiIT.ENTERPRISE_1);
        long item = PortalApiIT.itemId(api, "investor1", fileNo, "用地红线图");
        HttpResponse<String> uploaded = PortalApiIT.upload(base, "investor1", fileNo, item, "用地红线图.pdf", PortalApiIT.PDF);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        return fileNo;
    }

    @Test
    void aBackupRestoredIntoAFreshDataFolderHoldsTheSameProjectsMattersAndUploads() throws Exception {
        assumeTrue("h2".equals(db("kind")), "the application's backup is of the embedded H2 database");
        String fileNo = projectWithAnUpload();
        JsonObject file = api.as("director", "GET", "api/projects/" + fileNo, null).assertStatus(200).json();
        List<List<String>> projects = projects();

        api.as("director", "POST", "api/admin/backups", null).assertProblem(403);
        ApiClient.Answer taken = api.asAdmin("POST", "api/admin/backups", null).assertStatus(201);
        String name = taken.json().getString("name");
        String location = taken.header("Location").orElseThrow();
        assertTrue(location.endsWith("/api/admin/backups/" + name), location);
        assertTrue(api.asAdmin("GET", "api/admin/backups", null).assertStatus(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().anyMatch(b -> b.getString("name").equals(name)));
        api.asAdmin("GET", "api/admin/backups/projectdesk.mv.db", null).assertProblem(404);
        HttpResponse<byte[]> zip = api.bytes("api/admin/backups/" + name, "admin");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());

        Path dataFolder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restored-");
        unzip(zip.body(), dataFolder);
        try (Connection restored = DriverManager.getConnection("jdbc:h2:file:" + dataFolder.resolve("projectdesk")
                + ";IFEXISTS=TRUE", db("user"), db("password"))) {
            assertEquals(projects, rows(restored, "SELECT file_no, name FROM project"));
            assertEquals(mattersOf(file), rows(restored, "SELECT m.category_code, m.status FROM approval_matter m"
                    + " JOIN project p ON p.id = m.project_id WHERE p.file_no = '" + fileNo + "'"));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PortalApiIT.PDF));
            assertEquals(List.of(List.of("用地红线图.pdf", sha)), rows(restored, "SELECT u.file_name, u.sha256 FROM material_upload u"
                    + " JOIN project p ON p.id = u.project_id WHERE p.file_no = '" + fileNo + "'"));
            List<String> wrong = new ArrayList<>();
            for (String table : UPLOAD_TABLES) {
                for (List<String> row : rows(restored, "SELECT stored_name, sha256 FROM " + table)) {
                    Path stored = dataFolder.resolve("uploads").resolve("files").resolve(row.get(0));
                    if (!Files.isRegularFile(stored) || !sha256(stored).equals(row.get(1))) {
                        wrong.add(table + " " + row);
                    }
                }
            }
            assertEquals(List.of(), wrong, "rows whose file is missing or differs in the restored upload folder");
        }
    }

    @Test
    void onPostgresqlTheApplicationRefersToPgDumpAndTheReadmesRecipeRestoresTheSameRows() throws Exception {
        assumeTrue("postgresql".equals(db("kind")), "the pg_dump recipe is for PostgreSQL");
        api.asAdmin("POST", "api/admin/backups", null).assertFieldProblem("database");
        projectWithAnUpload();

        URI url = URI.create(db("url").substring("jdbc:".length()));
        String database = url.getPath().substring(1);
        String fresh = database + "_restored";
        String host = url.getHost();
        String port = String.valueOf(url.getPort() < 0 ? 5432 : url.getPort());
        Path dump = Files.createTempFile("projectdesk", ".dump");
        try {
            run("pg_dump", "-h", host, "-p", port, "-U", db("user"), "-Fc", "-f",
                    dump.toString(), database);
            try (Connection admin = DriverManager.getConnection(db("url"), db("user"), db("password"));
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + fresh);
                statement.execute("CREATE DATABASE " + fresh);
            }
            run("pg_restore", "-h", host, "-p", port, "-U", db("user"), "--no-owner",
                    "-d", fresh, dump.toString());
            try (Connection live = DriverManager.getConnection(db("url"), db("user"), db("password"));
                    Connection restored = DriverManager.getConnection(db("url").replaceFirst("/" + database + "$", "/" + fresh),
                            db("user"), db("password"))) {
                for (String query : List.of("SELECT file_no, project_code FROM project ORDER BY file_no",
                        "SELECT project_id, category_code, status, due_on FROM approval_matter ORDER BY id",
                        "SELECT stored_name, sha256 FROM material_upload ORDER BY id",
                        "SELECT stored_name, sha256 FROM finding_evidence ORDER BY id",
                        "SELECT stored_name, sha256 FROM referral_attachment ORDER BY id")) {
                    assertEquals(rows(live, query), rows(restored, query), query);
                }
            }
        } finally {
            Files.deleteIfExists(dump);
            try (Connection admin = DriverManager.getConnection(db("url"), db("user"), db("password"));
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + fresh);
            }
        }
    }

    /** The matters of the service file as the API shows them: category code and status. */
    private static List<List<String>> mattersOf(JsonObject file) {
        Map<String, String> matters = new TreeMap<>();
        file.getJsonArray("matters").getValuesAs(JsonObject.class)
                .forEach(m -> matters.put(m.getString("categoryCode"), m.getString("status")));
        return matters.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList();
    }

    /** Every project the director's list shows, page by page: file number and name, sorted. */
    private List<List<String>> projects() {
        List<List<String>> projects = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject answer = api.as("director", "GET", "api/projects?size=500&page=" + page, null).assertStatus(200).json();
            answer.getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(p -> projects.add(List.of(p.getString("fileNo"), p.getString("name"))));
            if (projects.size() >= answer.getJsonNumber("total").longValue()) {
                projects.sort(BackupRestoreIT::compareRows);
                return projects;
            }
        }
    }

    private static int compareRows(List<String> a, List<String> b) {
        return String.join("\u0000", a).compareTo(String.join("\u0000", b));
    }

    /** Every row as its columns' text, sorted unless the query orders them. */
    private static List<List<String>> rows(Connection connection, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        if (!query.contains("ORDER BY")) {
            rows.sort(BackupRestoreIT::compareRows);
        }
        return rows;
    }

    private static void unzip(byte[] zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Runs one command of the README's recipe (the password from the test settings), failing on a non-zero exit. */
    private static void run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", db("password"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not end");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }
}
