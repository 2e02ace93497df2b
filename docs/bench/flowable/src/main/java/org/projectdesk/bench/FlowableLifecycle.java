package org.projectdesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * The floor of the case-lifecycle benchmark: Flowable 8 embedded (in-process, no HTTP) on PostgreSQL, doing what
 * docs/bench/load/Lifecycle.java does to Project Desk over REST. 8 threads start N intakes (each a process
 * instance planning 22 parallel matters), then complete every matter's two user tasks, accept and approve, each
 * with a boundary timer for its time limit:
 * <ul>
 * <li>in order: a thread takes one intake at a time and accepts, then approves its 22 matters, as a Project Desk
 * client works through one service file (the same shape as our driver);</li>
 * <li>spread: the threads take the tasks of another N intakes round-robin over the instances, so two threads seldom
 * touch one instance at once (Flowable's best case; a lost optimistic lock is retried and counted).</li>
 * </ul>
 * Prints one line: {@code flowable starts_per_s=… completions_per_s=… completions_spread_per_s=… …}.
 */
public final class FlowableLifecycle {

    private static final List<String> CATEGORIES = IntStream.rangeClosed(1, 22).mapToObj(i -> "CAT-" + i).toList();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/" + options.getOrDefault("db",
                "projectdesk_lifecycle_flowable"));
        int intakes = Integer.parseInt(options.getOrDefault("intakes", "200"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        resetSchema(url, options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""));

        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(url).setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername(options.getOrDefault("user", "postgres"))
                .setJdbcPassword(options.getOrDefault("password", ""))
                .setJdbcMaxActiveConnections(threads + 4).setJdbcMaxIdleConnections(threads + 4)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                // The timers are written and removed with their tasks; none falls due during a run, so no executor.
                .setAsyncExecutorActivate(false)
                .buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().addClasspathResource("lifecycle.bpmn20.xml").deploy();
            ExecutorService pool = Executors.newFixedThreadPool(threads);

            // Warm-up (not timed): the JIT, the statement caches, the process definition cache.
            List<String> warm = start(engine, pool, Math.min(intakes, 16), "warm", new Latencies());
            completeInOrder(engine, pool, warm, new Latencies());

            Latencies startLatency = new Latencies();
            long t0 = System.nanoTime();
            List<String> instances = start(engine, pool, intakes, "file", startLatency);
            double startSeconds = seconds(t0);

            Latencies completionLatency = new Latencies();
            long t1 = System.nanoTime();
            long completed = completeInOrder(engine, pool, instances, completionLatency);
            double completeSeconds = seconds(t1);
            long running = engine.getRuntimeService().createProcessInstanceQuery().count();

            List<String> more = start(engine, pool, intakes, "spread", new Latencies());
            AtomicLong retries = new AtomicLong();
            long t2 = System.nanoTime();
            long spread = completeSpread(engine, pool, more, retries);
            double spreadSeconds = seconds(t2);
            pool.shutdown();

            System.out.printf(java.util.Locale.ROOT, "flowable starts_per_s=%.1f completions_per_s=%.1f "
                            + "completions_spread_per_s=%.1f p95_start_ms=%.1f p95_completion_ms=%.1f intakes=%d "
                            + "matters_per_intake=%d threads=%d completed=%d spread_completed=%d spread_retries=%d "
                            + "unfinished_instances=%d%n",
                    intakes / startSeconds, completed / completeSeconds, spread / spreadSeconds,
                    startLatency.p95(), completionLatency.p95(), intakes, CATEGORIES.size(), threads, completed, spread,
                    retries.get(), running);
        } finally {
            engine.close();
        }
    }

    /** Starts {@code count} intakes, the threads sharing the work; their instance ids. */
    private static List<String> start(ProcessEngine engine, ExecutorService pool, int count, String prefix,
            Latencies latencies) throws Exception {
        RuntimeService runtime = engine.getRuntimeService();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        AtomicLong next = new AtomicLong();
        run(pool, () -> {
            for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                long t = System.nanoTime();
                String id = runtime.startProcessInstanceByKey("lifecycle", prefix + "-" + i,
                        Map.of("categories", CATEGORIES)).getId();
                latencies.add(t);
                ids.add(id);
            }
        });
        return ids;
    }

    /** Each thread takes one intake at a time: accepts its matters, then approves them. Tasks completed. */
    private static long completeInOrder(ProcessEngine engine, ExecutorService pool, List<String> instances,
            Latencies latencies) throws Exception {
        TaskService tasks = engine.getTaskService();
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(instances);
        AtomicLong completed = new AtomicLong();
        run(pool, () -> {
            for (String instance = queue.poll(); instance != null; instance = queue.poll()) {
                for (String step : List.of("accept", "approve")) {
                    for (Task task : tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step).list()) {
                        long t = System.nanoTime();
                        tasks.complete(task.getId());
                        latencies.add(t);
                        completed.incrementAndGet();
                    }
                }
            }
        });
        return completed.get();
    }

    /**
     * The accept tasks of every instance, then the approve tasks, dealt round-robin over the instances so that
     * concurrent threads mostly work on different instances. Tasks completed; lost optimistic locks retried.
     */
    private static long completeSpread(ProcessEngine engine, ExecutorService pool, List<String> instances,
            AtomicLong retries) throws Exception {
        TaskService tasks = engine.getTaskService();
        AtomicLong completed = new AtomicLong();
        for (String step : List.of("accept", "approve")) {
            List<List<String>> perInstance = new ArrayList<>();
            for (String instance : instances) {
                perInstance.add(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step).list()
                        .stream().map(Task::getId).toList());
            }
            ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
            for (int k = 0; k < CATEGORIES.size(); k++) {
                for (List<String> ids : perInstance) {
                    if (k < ids.size()) {
                        queue.add(ids.get(k));
                    }
                }
            }
            run(pool, () -> {
                for (String id = queue.poll(); id != null; id = queue.poll()) {
                    while (true) {
                        try {
                            tasks.complete(id);
                            completed.incrementAndGet();
                            break;
                        } catch (FlowableOptimisticLockingException lost) {
                            retries.incrementAndGet();
                        }
                    }
                }
            });
        }
        return completed.get();
    }

    private static void run(ExecutorService pool, Runnable work) throws Exception {
        int threads = ((java.util.concurrent.ThreadPoolExecutor) pool).getCorePoolSize();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            running.add(pool.submit(work));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }

    /** A fresh database each run: the tables of an earlier run would make the figures depend on its leftovers. */
    private static void resetSchema(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("drop schema public cascade");
            c.createStatement().execute("create schema public");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]); // "--db x" or "db x"
        }
        return options;
    }

    /** Per-call latencies in milliseconds, thread-safe. */
    static final class Latencies {
        private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

        void add(long startedNanos) {
            millis.add((System.nanoTime() - startedNanos) / 1e6);
        }

        double p95() {
            double[] sorted;
            synchronized (millis) {
                sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
            }
            if (sorted.length == 0) {
                return Double.NaN;
            }
            Arrays.sort(sorted);
            return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        }
    }

    private FlowableLifecycle() {
    }
}
