import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed-loop HTTP/1.1 load generator, JDK only: {@code --connections} keep-alive connections, each
 * sending its next request as soon as the last answer has been read whole, over {@code --url}s taken
 * round-robin. It first runs {@code --warmup} seconds unrecorded, then {@code --seconds} recorded, and
 * prints the rate and the latency percentiles. Plain sockets rather than java.net.http: at thousands of
 * requests a second on two cores the generator must cost less than the server it measures.
 *
 * <pre>
 * java docs/bench/load/HttpLoad.java --url http://127.0.0.1:8080/api/projects?size=20 [--url ...]
 *      [--connections 32] [--seconds 10] [--warmup 3] [--user director --password demo123]
 *      [--header 'Cookie: JSESSIONID=…'] [--timeout-ms 5000] [--expect 200]
 * </pre>
 *
 * The last line is for scripts: {@code RESULT requests=… errors=… rps=… p50_ms=… p95_ms=… p99_ms=… max_ms=…}.
 * A response with another status than {@code --expect}, a broken connection and a timeout each count as an
 * error (the timed-out connection is opened afresh); an error's time is recorded too, so timeouts raise p99.
 */
public class HttpLoad {

    record Target(String host, int port, byte[] request) {
    }

    public static void main(String[] args) throws Exception {
        List<String> urls = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        int connections = 32;
        double seconds = 10;
        double warmup = 3;
        int timeoutMs = 5000;
        int expect = 200;
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--url" -> urls.add(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--seconds" -> seconds = Double.parseDouble(value);
                case "--warmup" -> warmup = Double.parseDouble(value);
                case "--timeout-ms" -> timeoutMs = Integer.parseInt(value);
                case "--expect" -> expect = Integer.parseInt(value);
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--header" -> headers.add(value);
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    System.exit(2);
                }
            }
            i++;
        }
        if (urls.isEmpty()) {
            System.err.println("Usage: java HttpLoad.java --url URL [--url URL ...] [--connections N] [--seconds S]"
                    + " [--warmup S] [--user U --password P] [--header 'Name: value'] [--timeout-ms MS] [--expect STATUS]");
            System.exit(2);
        }
        if (user != null) {
            headers.add("Authorization: Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8)));
        }
        Target[] targets = urls.stream().map(u -> target(u, headers)).toArray(Target[]::new);

        long warmupNanos = (long) (warmup * 1e9);
        long runNanos = (long) (seconds * 1e9);
        long start = System.nanoTime();
        long recordFrom = start + warmupNanos;
        long end = recordFrom + runNanos;
        Worker[] workers = new Worker[connections];
        CountDownLatch done = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            workers[c] = new Worker(targets, c, timeoutMs, expect, recordFrom, end, done);
            Thread thread = new Thread(workers[c], "load-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        long requests = 0;
        long errors = 0;
        long timeouts = 0;
        int samples = 0;
        for (Worker w : workers) {
            samples += w.count;
            errors += w.errors;
            timeouts += w.timeouts;
        }
        long[] all = new long[samples];
        int at = 0;
        for (Worker w : workers) {
            System.arraycopy(w.micros, 0, all, at, w.count);
            at += w.count;
        }
        requests = samples;
        Arrays.sort(all);
        double rps = requests / seconds;
        System.out.printf(Locale.ROOT, "urls: %s%n", String.join(" ", urls));
        System.out.printf(Locale.ROOT, "connections %d, %.1f s recorded after %.1f s warm-up%n", connections, seconds, warmup);
        System.out.printf(Locale.ROOT, "requests %d, errors %d (timeouts %d), %.1f req/s%n", requests, errors, timeouts, rps);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                pct(all, 50), pct(all, 95), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1000.0);
        for (Worker w : workers) {
            if (w.firstError != null) {
                System.out.println("first error: " + w.firstError);
                break;
            }
        }
        System.out.printf(Locale.ROOT, "RESULT requests=%d errors=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                requests, errors, rps, pct(all, 50), pct(all, 95), pct(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }

    private static Target target(String url, List<String> headers) {
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("Only http:// URLs: " + url);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(port).append("\r\n")
                .append("Accept: */*\r\n");
        headers.forEach(h -> request.append(h).append("\r\n"));
        request.append("\r\n");
        return new Target(uri.getHost(), port, request.toString().getBytes(StandardCharsets.UTF_8));
    }

    static final class Worker implements Runnable {
        private final Target[] targets;
        private final int timeoutMs;
        private final int expect;
        private final long recordFrom;
        private final long end;
        private final CountDownLatch done;
        private int next;
        long[] micros = new long[1 << 14];
        int count;
        long errors;
        long timeouts;
        String firstError;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private final byte[] line = new byte[8192];

        Worker(Target[] targets, int offset, int timeoutMs, int expect, long recordFrom, long end, CountDownLatch done) {
            this.targets = targets;
            this.next = offset % targets.length;
            this.timeoutMs = timeoutMs;
            this.expect = expect;
            this.recordFrom = recordFrom;
            this.end = end;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                long now;
                while ((now = System.nanoTime()) < end) {
                    Target target = targets[next];
                    next = (next + 1) % targets.length;
                    boolean ok;
                    String error = null;
                    try {
                        int status = exchange(target);
                        ok = status == expect;
                        if (!ok) {
                            error = "status " + status + " from " + new String(target.request(), StandardCharsets.UTF_8).split("\r\n")[0];
                        }
                    } catch (SocketTimeoutException e) {
                        ok = false;
                        timeouts++;
                        error = "timeout after " + timeoutMs + " ms";
                        close();
                    } catch (IOException e) {
                        ok = false;
                        error = e.toString();
                        close();
                    }
                    long finished = System.nanoTime();
                    if (now >= recordFrom && finished <= end) {
                        record((finished - now) / 1000);
                        if (!ok) {
                            errors++;
                            if (firstError == null) {
                                firstError = error;
                            }
                        }
                    }
                }
            } finally {
                close();
                done.countDown();
            }
        }

        private void record(long value) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = value;
        }

        private int exchange(Target target) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(target.host(), target.port()), timeoutMs);
                socket.setSoTimeout(timeoutMs);
                in = new BufferedInputStream(socket.getInputStream(), 65536);
                out = socket.getOutputStream();
            }
            out.write(target.request());
            out.flush();
            String status = readLine();
            if (status == null || !status.startsWith("HTTP/1.")) {
                throw new IOException("no HTTP answer: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = status.startsWith("HTTP/1.0");
            String header;
            while ((header = readLine()) != null && !header.isEmpty()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            if (header == null) {
                throw new IOException("connection closed in the headers");
            }
            if (chunked) {
                while (true) {
                    String size = readLine();
                    if (size == null) {
                        throw new IOException("connection closed in a chunked body");
                    }
                    int semicolon = size.indexOf(';');
                    long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                    if (chunk == 0) {
                        String trailer;
                        while ((trailer = readLine()) != null && !trailer.isEmpty()) {
                            // trailers are not used
                        }
                        break;
                    }
                    skip(chunk);
                    readLine();
                }
            } else if (length >= 0) {
                skip(length);
            } else if (code != 204 && code != 304) {
                in.transferTo(OutputStream.nullOutputStream());
                closeAfter = true;
            }
            if (closeAfter) {
                close();
            }
            return code;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed in the body");
                    }
                    skipped = 1;
                }
                n -= skipped;
            }
        }

        private String readLine() throws IOException {
            int length = 0;
            int b;
            ByteArrayOutputStream overflow = null;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    break;
                }
                if (length == line.length) {
                    if (overflow == null) {
                        overflow = new ByteArrayOutputStream();
                    }
                    overflow.write(line, 0, length);
                    length = 0;
                }
                line[length++] = (byte) b;
            }
            if (b < 0 && length == 0 && overflow == null) {
                return null;
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            String text = new String(line, 0, length, StandardCharsets.ISO_8859_1);
            return overflow == null ? text : overflow.toString(StandardCharsets.ISO_8859_1) + text;
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
