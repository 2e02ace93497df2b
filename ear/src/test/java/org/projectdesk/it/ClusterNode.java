package org.projectdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One WildFly node of the test cluster: the provisioned server (target/server) run with a base
 * directory of its own (configuration, deployments with the EAR, log, data) under target/cluster/,
 * its own node name, port offset and transaction node id, on loopback only.
 */
final class ClusterNode {

    /** The scanner's marker files (WildFly's deployment-scanner README). */
    private static final Pattern DEPLOYMENT_MARKER =
            Pattern.compile("\\.(dodeploy|skipdeploy|isdeploying|deployed|failed|isundeploying|undeployed|pending)$");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    final String name;
    final int portOffset;
    private final Path server;
    private final Path baseDir;
    private final Map<String, String> environment;
    private Process process;

    ClusterNode(String name, int portOffset, Path server, Path clusterDir, Map<String, String> environment) {
        this.name = name;
        this.portOffset = portOffset;
        this.server = server;
        this.baseDir = clusterDir.resolve(name);
        this.environment = environment;
    }

    int httpPort() {
        return 8080 + portOffset;
    }

    /** The node itself, past the balancer. */
    URI base() {
        return URI.create("http://127.0.0.1:" + httpPort() + "/");
    }

    /** The management interface: /health, /metrics. */
    URI management() {
        return URI.create("http://127.0.0.1:" + (9990 + portOffset) + "/");
    }

    Path serverLog() {
        return baseDir.resolve("log/server.log");
    }

    /**
     * A fresh base directory: the provisioned configuration and deployments (the health checks' jar) and the
     * EAR, for the deployment scanner.
     */
    void prepare(Path ear) throws IOException {
        deleteTree(baseDir);
        copyTree(server.resolve("standalone/configuration"), baseDir.resolve("configuration"));
        copyTree(server.resolve("standalone/deployments"), baseDir.resolve("deployments"));
        Files.copy(ear, baseDir.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    void start() throws IOException {
        if (isRunning()) {
            throw new IllegalStateException(name + " is running already");
        }
        // Markers of the last run would make the scanner skip or undeploy: the EAR deploys afresh each start.
        try (Stream<Path> markers = Files.list(baseDir.resolve("deployments"))) {
            for (Path marker : markers.filter(p -> DEPLOYMENT_MARKER.matcher(p.getFileName().toString()).find()).toList()) {
                Files.delete(marker);
            }
        }
        List<String> command = new ArrayList<>(List.of(server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.node.name=" + name,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                // A busy machine (CI beside other builds) may take longer than the default 300 s to deploy.
                "-Djboss.as.management.blocking.timeout=900"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PROJECTDESK_NODE_ID", name);
        builder.environment().put("JAVA_OPTS", "-Xms64m -Xmx640m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m"
                + " -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
        process = builder.start();
    }

    /** Waits until the node serves the sign-in page (the application is deployed and started). */
    void awaitUp(Duration timeout) throws InterruptedException {
        // A start-up timeout, elapsed time on the machine's monotonic clock, not the application's date.
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!isRunning()) {
                throw new IllegalStateException(name + " stopped while starting; see " + baseDir.resolve("console.log"));
            }
            if (answers()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not come up within " + timeout + "; see " + baseDir.resolve("log/server.log"));
    }

    boolean answers() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(base().resolve("login.xhtml"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** kill -9 of the server's JVM (and of the script that started it): no shutdown of any kind. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        process = null;
    }

    /** An orderly stop (SIGTERM), forced after 60 seconds. */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> jvms = process.toHandle().descendants().toList();
        jvms.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
        for (ProcessHandle jvm : jvms) {
            jvm.onExit().completeOnTimeout(jvm, 30, TimeUnit.SECONDS).join();
            jvm.destroyForcibly();
        }
        process = null;
    }

    @Override
    public String toString() {
        return name + " (" + base() + ")";
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
