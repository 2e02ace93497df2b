package org.projectdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two nodes of the provisioned server on one new PostgreSQL database behind HAProxy, and the SMTP
 * server they mail to (GreenMail, in this JVM), for the tests of {@link ClusterIT}. Everything on
 * 127.0.0.1. Ports from {@code test.cluster.port.offset} (O, by default 400): node-a at offset O,
 * node-b at O + 50, HAProxy on 8080 + O + 120, SMTP on 3025 + O. The failsafe execution of the
 * {@code cluster} profile (ear/pom.xml) passes the locations; files under target/cluster/.
 */
final class Cluster implements BeforeAllCallback, AfterAllCallback {

    /** The first node starts alone on the empty database (migrations, demo data: minutes on a busy machine); then the second. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    final int offset = Integer.getInteger("projectdesk.cluster.port.offset", 400);
    final Path dir = Path.of(System.getProperty("projectdesk.cluster.dir", "target/cluster"));
    final Path uploads = dir.resolve("shared-uploads");
    private final String databaseUrl = System.getProperty("projectdesk.cluster.db.url",
            "jdbc:postgresql://127.0.0.1:5432/projectdesk_cluster");
    private final String databaseUser = System.getProperty("projectdesk.cluster.db.user", "postgres");
    private final String databasePassword = System.getProperty("projectdesk.cluster.db.password", "postgres");

    ClusterNode a;
    ClusterNode b;
    private GreenMail smtp;
    private Process balancer;

    /** Through HAProxy. */
    URI base() {
        return URI.create("http://127.0.0.1:" + balancerPort() + "/");
    }

    int balancerPort() {
        return 8080 + offset + 120;
    }

    List<ClusterNode> nodes() {
        return List.of(a, b);
    }

    ClusterNode other(ClusterNode node) {
        return node == a ? b : a;
    }

    ClusterNode named(String name) {
        return nodes().stream().filter(n -> n.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name));
    }

    List<MimeMessage> mails() {
        return List.of(smtp.getReceivedMessages());
    }

    /** A connection to the cluster's database, for what the tests seed and count. */
    Connection database() throws SQLException {
        return DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path server = Path.of(System.getProperty("projectdesk.cluster.server", "target/server"));
        Path ear = Path.of(System.getProperty("projectdesk.it.ear", "target/projectdesk.ear"));
        if (!Files.isExecutable(server.resolve("bin/standalone.sh")) || !Files.isRegularFile(ear)) {
            throw new IllegalStateException("Needs the provisioned " + server + " and " + ear + ": run `./mvnw verify -Pcluster` in ear/");
        }
        recreateDatabase();
        Files.createDirectories(uploads);
        smtp = new GreenMail(new ServerSetup(3025 + offset, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        Map<String, String> environment = environment();
        a = new ClusterNode("node-a", offset, server, dir, environment);
        b = new ClusterNode("node-b", offset + 50, server, dir, environment);
        for (ClusterNode node : nodes()) {
            node.prepare(ear);
        }
        startBalancer();
        a.start();
        a.awaitUp(START_TIMEOUT);
        b.start();
        b.awaitUp(START_TIMEOUT);
    }

    /** Both nodes running again after a test killed one; the balancer's checks have seen them up. */
    void ensureBothUp() throws Exception {
        for (ClusterNode node : nodes()) {
            if (!node.isRunning()) {
                node.start();
                node.awaitUp(START_TIMEOUT);
            }
        }
        Thread.sleep(3_000); // HAProxy takes a node back after two good checks, a second apart.
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        for (ClusterNode node : new ClusterNode[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
        if (balancer != null) {
            balancer.destroy();
            balancer.waitFor(10, TimeUnit.SECONDS);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /**
     * What both nodes share: the database, the clustered scheduler, the upload folder, the SMTP server
     * and the test clock; the jobs fire every five seconds, each in its own second.
     */
    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PROJECTDESK_DB_KIND", "postgresql");
        env.put("PROJECTDESK_DB_URL", databaseUrl);
        env.put("PROJECTDESK_DB_USER", databaseUser);
        env.put("PROJECTDESK_DB_PASSWORD", databasePassword);
        env.put("PROJECTDESK_SCHEDULER_CLUSTERED", "true");
        env.put("PROJECTDESK_UPLOAD_DIR", uploads.toAbsolutePath().toString());
        env.put("PROJECTDESK_CLOCK_START", TestClock.today() + "T09:30:00+08:00");
        env.put("PROJECTDESK_DEMO", "true");
        env.put("PROJECTDESK_MAIL_ENABLED", "true");
        env.put("PROJECTDESK_SMTP_HOST", "127.0.0.1");
        env.put("PROJECTDESK_SMTP_PORT", String.valueOf(3025 + offset));
        env.put("PROJECTDESK_MAIL_FROM", "projectdesk@haimen.example");
        env.put("PROJECTDESK_SCHEDULER_TIME_LIMIT_SCAN_CRON", "0/5 * * * * ?");
        env.put("PROJECTDESK_SCHEDULER_OFFICER_DIGEST_CRON", "1/5 * * * * ?");
        env.put("PROJECTDESK_SCHEDULER_MAIL_OUTBOX_CRON", "2/5 * * * * ?");
        env.put("PROJECTDESK_SCHEDULER_MEETING_REMINDERS_CRON", "3/5 * * * * ?");
        env.put("PROJECTDESK_SCHEDULER_WEEKLY_REPORT_CRON", "4/5 * * * * ?");
        return env;
    }

    private void recreateDatabase() throws SQLException {
        String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("Not a plain database name: " + name);
        }
        String maintenance = databaseUrl.substring(0, databaseUrl.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, databaseUser, databasePassword);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
    }

    /**
     * HAProxy from the distribution: sticky by a cookie it adds (PDNODE), health-checked on the
     * sign-in page every second, a request to a node that refuses the connection sent to the other.
     */
    private void startBalancer() throws IOException {
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, """
                global
                    maxconn 200
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 6m
                    # A run-now waits for its job, up to five minutes.
                    timeout server 6m
                    retries 2
                    option redispatch
                frontend desk
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie PDNODE insert indirect nocache httponly
                    option httpchk GET /login.xhtml
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                    server node-a 127.0.0.1:%d check cookie node-a
                    server node-b 127.0.0.1:%d check cookie node-b
                """.formatted(balancerPort(), 8080 + offset, 8080 + offset + 50));
        balancer = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("haproxy.log").toFile())).start();
    }
}
