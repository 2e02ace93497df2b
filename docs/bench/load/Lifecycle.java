import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case lifecycle over REST, as a single window drives it (issue 19): CLIENTS clients take in INTAKES projects
 * ({@code POST /api/projects}, 22 planned matters each), then each client takes one service file at a time and
 * accepts all its matters, then approves them in an order their prerequisites allow
 * ({@code POST /api/projects/{fileNo}/matters/{code}/events}). JDK only:
 * <pre>java docs/bench/load/Lifecycle.java http://127.0.0.1:8780/ 200 [8] [officer1:demo123]</pre>
 * One warm-up file (not timed) learns which categories need a higher authority's due date on acceptance and the
 * order of approval; a few more warm the server. Prints one line:
 * {@code lifecycle intakes_per_s=… matters_per_s=… events_per_s=… p95_event_ms=… p95_intake_ms=… …}, where an
 * event is one accept or approve request and a matter counts once both its steps are done.
 */
public final class Lifecycle {

    private static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern CATEGORY = Pattern.compile("\"categoryCode\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;
    private final long runSeed = System.currentTimeMillis() % 100_000;
    private final AtomicInteger serial = new AtomicInteger();
    private final AtomicLong failures = new AtomicLong();
    private final Set<String> forwarded = Collections.synchronizedSet(new LinkedHashSet<>());
    private List<String> approvalOrder;

    private Lifecycle(String base, String credentials) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java Lifecycle.java BASE_URL INTAKES [CLIENTS] [USER:PASSWORD]");
            System.exit(2);
        }
        int intakes = Integer.parseInt(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Lifecycle run = new Lifecycle(args[0], args.length > 3 ? args[3] : "officer1:demo123");
        run.learn();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // Warm-up (not timed): the JIT, the connection pools, the caches.
        List<String[]> warm = run.takeIn(pool, clients, Math.max(clients, Math.min(intakes / 4, 24)), new Latencies());
        run.decide(pool, clients, warm, new Latencies());

        Latencies intakeLatency = new Latencies();
        long t0 = System.nanoTime();
        List<String[]> files = run.takeIn(pool, clients, intakes, intakeLatency);
        double intakeSeconds = (System.nanoTime() - t0) / 1e9;

        Latencies eventLatency = new Latencies();
        long t1 = System.nanoTime();
        long matters = run.decide(pool, clients, files, eventLatency);
        double decideSeconds = (System.nanoTime() - t1) / 1e9;
        pool.shutdown();

        Latencies all = new Latencies();
        all.millis.addAll(intakeLatency.millis);
        all.millis.addAll(eventLatency.millis);
        System.out.printf(Locale.ROOT, "lifecycle intakes_per_s=%.1f matters_per_s=%.1f events_per_s=%.1f "
                        + "p95_event_ms=%.1f p50_event_ms=%.1f p95_intake_ms=%.1f p95_any_ms=%.1f intakes=%d "
                        + "matters=%d clients=%d failures=%d%n",
                files.size() / intakeSeconds, matters / decideSeconds, eventLatency.count() / decideSeconds,
                eventLatency.percentile(95), eventLatency.percentile(50), intakeLatency.percentile(95),
                all.percentile(95), files.size(), matters, clients, run.failures.get());
    }

    /** One file, not timed: which categories need {@code externalDueOn}, and an order of approval that works. */
    private void learn() throws Exception {
        String[] file = intake();
        List<String> categories = file[2].isEmpty() ? List.of() : Arrays.asList(file[2].split(","));
        for (String category : categories) {
            Answer accepted = post(eventPath(file[0], category), accept(file[1], false));
            if (accepted.status == 422 && accepted.body.contains("externalDueOn")) {
                forwarded.add(category);
                accepted = post(eventPath(file[0], category), accept(file[1], true));
            }
            accepted.require(200, "accept " + category);
        }
        List<String> order = new ArrayList<>();
        List<String> waiting = new ArrayList<>(categories);
        while (!waiting.isEmpty()) {
            List<String> approvedNow = new ArrayList<>();
            for (String category : waiting) {
                Answer approved = post(eventPath(file[0], category), approve(file[1], category));
                if (approved.status == 200) {
                    approvedNow.add(category);
                } else if (approved.status != 422) {
                    approved.require(200, "approve " + category);
                }
            }
            if (approvedNow.isEmpty()) {
                throw new IllegalStateException("No order approves " + waiting + " of " + file[0]);
            }
            order.addAll(approvedNow);
            waiting.removeAll(approvedNow);
        }
        approvalOrder = order;
    }

    /** Takes in {@code count} projects with {@code clients} clients; each file as {fileNo, intakeOn, categories}. */
    private List<String[]> takeIn(ExecutorService pool, int clients, int count, Latencies latencies) throws Exception {
        List<String[]> files = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        run(pool, clients, () -> {
            while (next.getAndIncrement() < count) {
                long t = System.nanoTime();
                String[] file = intake();
                latencies.add(t);
                files.add(file);
            }
        });
        return files;
    }

    /** Each client takes one file at a time: accepts every matter, then approves them. Matters decided. */
    private long decide(ExecutorService pool, int clients, List<String[]> files, Latencies latencies) throws Exception {
        ConcurrentLinkedQueue<String[]> queue = new ConcurrentLinkedQueue<>(files);
        AtomicLong decided = new AtomicLong();
        run(pool, clients, () -> {
            for (String[] file = queue.poll(); file != null; file = queue.poll()) {
                Set<String> categories = new LinkedHashSet<>(Arrays.asList(file[2].split(",")));
                for (String category : categories) {
                    long t = System.nanoTime();
                    Answer a = post(eventPath(file[0], category), accept(file[1], forwarded.contains(category)));
                    latencies.add(t);
                    a.count(200);
                }
                for (String category : approvalOrder) {
                    if (categories.contains(category)) {
                        long t = System.nanoTime();
                        Answer a = post(eventPath(file[0], category), approve(file[1], category));
                        latencies.add(t);
                        if (a.count(200)) {
                            decided.incrementAndGet();
                        }
                    }
                }
            }
        });
        return decided.get();
    }

    private String[] intake() {
        int n = serial.incrementAndGet();
        String projectCode = String.format(Locale.ROOT, "2026-320684-%02d-03-%06d", (int) (runSeed % 100),
                (runSeed * 7 + n) % 1_000_000);
        String creditCode = creditCode(n);
        String body = "{\"enterprise\":{\"name\":\"基准负载企业 " + creditCode + "\",\"creditCode\":\"" + creditCode
                + "\",\"contactName\":\"张三\",\"contactPhone\":\"0513-82000000\"},\"name\":\"基准负载项目 " + projectCode
                + "\",\"projectCode\":\"" + projectCode + "\",\"investment\":12345.67,\"industry\":\"装备制造\","
                + "\"type\":\"INDUSTRIAL\",\"town\":\"HMKFQ\",\"landStatus\":\"HELD\",\"targetGroundbreaking\":\"2027-12-31\","
                + "\"notes\":\"负载测试\",\"officer\":\"officer1\"}";
        Answer created = post("api/projects", body);
        created.require(201, "intake " + projectCode);
        Matcher categories = CATEGORY.matcher(created.body);
        List<String> codes = new ArrayList<>();
        while (categories.find()) {
            codes.add(categories.group(1));
        }
        return new String[] {member(created.body, "fileNo"), member(created.body, "intakeOn"), String.join(",", codes)};
    }

    private String creditCode(int n) {
        StringBuilder code = new StringBuilder("91320684MA");
        long value = runSeed * 100_000 + n;
        for (int i = 0; i < 7; i++) {
            code.append(CREDIT_CHARACTERS.charAt((int) (value % CREDIT_CHARACTERS.length())));
            value /= CREDIT_CHARACTERS.length();
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARACTERS.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return code.append(CREDIT_CHARACTERS.charAt((31 - sum % 31) % 31)).toString();
    }

    private static String accept(String on, boolean forwarded) {
        return "{\"type\":\"ACCEPT\",\"on\":\"" + on + "\""
                + (forwarded ? ",\"externalDueOn\":\"" + java.time.LocalDate.parse(on).plusDays(60) + "\"" : "") + "}";
    }

    private static String approve(String on, String category) {
        return "{\"type\":\"APPROVE\",\"on\":\"" + on + "\",\"documentNo\":\"负载〔2026〕" + category + "号\"}";
    }

    private static String eventPath(String fileNo, String category) {
        return "api/projects/" + fileNo + "/matters/" + category + "/events";
    }

    private static String member(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    private Answer post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void run(ExecutorService pool, int clients, Runnable work) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(work));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }

    private final class Answer {
        final int status;
        final String body;

        Answer(int status, String body) {
            this.status = status;
            this.body = body;
        }

        void require(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": " + status + " " + body);
            }
        }

        /** Whether it is the expected answer; a failure is counted and its first few printed. */
        boolean count(int expected) {
            if (status == expected) {
                return true;
            }
            if (failures.incrementAndGet() <= 5) {
                System.err.println("unexpected " + status + ": " + body);
            }
            return false;
        }
    }

    /** Per-call latencies in milliseconds, thread-safe. */
    static final class Latencies {
        final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

        void add(long startedNanos) {
            millis.add((System.nanoTime() - startedNanos) / 1e6);
        }

        int count() {
            return millis.size();
        }

        double percentile(int p) {
            double[] sorted;
            synchronized (millis) {
                sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
            }
            if (sorted.length == 0) {
                return Double.NaN;
            }
            Arrays.sort(sorted);
            return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
        }
    }
}
