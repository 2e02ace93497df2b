import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop HTTP/1.1 load generator with nothing but the JDK (java 17), for docs/bench:
 * N connections, each a thread that sends the next GET as soon as the last answer has been read,
 * over a kept-alive socket of its own, the URLs taken round-robin. It is written on plain sockets
 * rather than java.net.http.HttpClient so that "32 connections" means 32 TCP connections and the
 * client's own overhead stays small beside the server's on a 2-core machine.
 *
 * <pre>
 * java docs/bench/load/HttpLoad.java --url http://127.0.0.1:10480/api/projects?size=20 [--url ...]
 *      [--urls-file FILE] [--connections 32] [--seconds 10] [--warmup 3] [--timeout-ms 5000]
 *      [--user director --password demo123 | --session-login --user officer1 --password demo123]
 *      [--header 'Accept: application/json'] [--keep-cookies] [--expect 200-299]
 * </pre>
 *
 * Prints one line of key=value pairs over the measured seconds only: rps counts the good answers,
 * the latency percentiles (milliseconds) every request, errors and timeouts included, so that a
 * timeout shows in p99 rather than vanishing from it:
 * {@code RESULT rps=4627.3 p50_ms=5.81 p95_ms=14.2 p99_ms=58.0 max_ms=190 requests=46273 errors=0 timeouts=0
 * connections=32 seconds=10.00 statuses=200:46273}. A timeout (no answer within --timeout-ms), a
 * broken connection or a status outside --expect is an error; the connection is then opened afresh.
 * Exit status 0 even with errors: the caller decides what a count of errors means.
 */
public final class HttpLoad {

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("HttpLoad: " + e.getMessage());
            System.err.println("usage: java HttpLoad.java --url URL [--url URL ...] [--urls-file FILE] [--connections 32]"
                    + " [--seconds 10] [--warmup 3] [--timeout-ms 5000] [--user U --password P] [--session-login]"
                    + " [--header 'Name: value'] [--keep-cookies] [--expect 200-299]");
            System.exit(2);
            return;
        }
        System.out.println(new HttpLoad(options).run());
    }

    private final Options options;

    private HttpLoad(Options options) {
        this.options = options;
    }

    private String run() throws InterruptedException {
        Worker[] workers = new Worker[options.connections];
        CountDownLatch ready = new CountDownLatch(workers.length);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(workers.length);
        Window window = new Window();
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker(i, window, ready, go, done);
            Thread thread = new Thread(workers[i], "load-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        // Connections are opened (and signed in) before the clock starts: a sign-in is not a request.
        ready.await();
        for (Worker worker : workers) {
            if (worker.refused != null) {
                // Wrong account or password: every request would fail, and each try counts towards a lock-out.
                System.err.println("HttpLoad: " + worker.refused);
                System.exit(1);
            }
        }
        long start = System.nanoTime();
        window.measureFrom = start + (long) (options.warmupSeconds * 1e9);
        window.measureUntil = window.measureFrom + (long) (options.seconds * 1e9);
        go.countDown();
        done.await();
        long measureFrom = window.measureFrom;
        long measureUntil = window.measureUntil;

        long count = 0;
        long lastEnd = measureFrom;
        long errors = 0;
        long timeouts = 0;
        Map<Integer, Long> statuses = new TreeMap<>();
        for (Worker worker : workers) {
            count += worker.latencyCount;
            lastEnd = Math.max(lastEnd, worker.lastEnd);
            errors += worker.errors;
            timeouts += worker.timeouts;
            worker.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum));
        }
        long[] latencies = new long[(int) count];
        int at = 0;
        for (Worker worker : workers) {
            System.arraycopy(worker.latencies, 0, latencies, at, worker.latencyCount);
            at += worker.latencyCount;
        }
        Arrays.sort(latencies);
        double measured = Math.max(lastEnd, measureUntil) - measureFrom;
        StringBuilder statusList = new StringBuilder();
        statuses.forEach((status, n) -> statusList.append(statusList.length() == 0 ? "" : ",")
                .append(status == 0 ? "io" : status).append(':').append(n));
        String firstError = null;
        for (Worker worker : workers) {
            if (worker.firstError != null) {
                firstError = worker.firstError;
                break;
            }
        }
        if (firstError != null) {
            System.err.println("HttpLoad: first error: " + firstError);
        }
        return String.format(Locale.ROOT,
                "RESULT rps=%.1f p50_ms=%s p95_ms=%s p99_ms=%s max_ms=%s requests=%d errors=%d timeouts=%d connections=%d seconds=%.2f statuses=%s",
                (count - errors) / (measured / 1e9), millis(percentile(latencies, 50)), millis(percentile(latencies, 95)),
                millis(percentile(latencies, 99)), millis(latencies.length == 0 ? -1 : latencies[latencies.length - 1]),
                count, errors, timeouts, options.connections, measured / 1e9,
                statusList.length() == 0 ? "-" : statusList);
    }

    /** Nearest-rank percentile of sorted nanoseconds, or -1 without samples. */
    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String millis(long nanos) {
        if (nanos < 0) {
            return "-";
        }
        double ms = nanos / 1e6;
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : "%.2f", ms);
    }

    /** The warm-up's end and the measurement's end, set before the workers are let go (the latch publishes them). */
    private static final class Window {
        long measureFrom;
        long measureUntil;
    }

    /** One connection, one thread, closed loop; no new request after the window, the last one is awaited. */
    private final class Worker implements Runnable {
        private final int index;
        private final Window window;
        private final CountDownLatch ready;
        private final CountDownLatch go;
        private final CountDownLatch done;
        long[] latencies = new long[4096];
        int latencyCount;
        long lastEnd;
        long errors;
        long timeouts;
        final Map<Integer, Long> statuses = new TreeMap<>();
        String firstError;
        volatile String refused;
        private Connection connection;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private boolean signedIn;

        Worker(int index, Window window, CountDownLatch ready, CountDownLatch go, CountDownLatch done) {
            this.index = index;
            this.window = window;
            this.ready = ready;
            this.go = go;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                int next = index % options.urls.size();
                try {
                    ensureConnected(options.urls.get(next));
                } catch (SignInRefused e) {
                    refused = e.getMessage();
                } catch (IOException | RuntimeException e) {
                    // Tried again (and counted) in the loop.
                    firstError = e + " while connecting" + (options.sessionLogin ? " and signing in" : "");
                    close();
                } finally {
                    ready.countDown();
                }
                go.await();
                long measureFrom = window.measureFrom;
                long measureUntil = window.measureUntil;
                while (System.nanoTime() < measureUntil) {
                    URI url = options.urls.get(next);
                    next = (next + 1) % options.urls.size();
                    long t0 = System.nanoTime();
                    int status = 0;
                    boolean timedOut = false;
                    String error = null;
                    try {
                        ensureConnected(url);
                        Response response = connection.exchange(request("GET", url, null, null), false);
                        afterResponse(response);
                        status = response.status;
                        if (!options.expects(status)) {
                            error = "status " + status + " from " + url;
                        }
                    } catch (SocketTimeoutException e) {
                        timedOut = true;
                        error = "timeout after " + options.timeoutMillis + " ms on " + url;
                    } catch (IOException | RuntimeException e) {
                        error = e + " on " + url;
                    }
                    long t1 = System.nanoTime();
                    // Every answer (or failure) after the warm-up counts, even of a request begun in it:
                    // a request slower than the whole window still shows, as a timeout.
                    boolean measured = t1 >= measureFrom;
                    if (error != null) {
                        close();
                        if (firstError == null) {
                            firstError = error;
                        }
                    }
                    if (measured) {
                        record(t1 - t0);
                        lastEnd = Math.max(lastEnd, t1);
                        statuses.merge(status, 1L, Long::sum);
                        if (error != null) {
                            errors++;
                        }
                        if (timedOut) {
                            timeouts++;
                        }
                    }
                    if (error != null && status == 0 && !timedOut) {
                        // A refused or broken connection fails at once: do not spin on a dead server.
                        Thread.sleep(10);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                close();
                done.countDown();
            }
        }

        private void record(long nanos) {
            if (latencyCount == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[latencyCount++] = nanos;
        }

        private void ensureConnected(URI url) throws IOException {
            if (connection != null && connection.reusable && connection.serves(url)) {
                return;
            }
            close();
            connection = new Connection(url, options.timeoutMillis);
            if (options.sessionLogin && !signedIn) {
                signIn(url);
                signedIn = true;
            }
        }

        /**
         * Signs in through the application's Faces form (GET the page for its session and view state,
         * POST the fields with the button) and keeps the session cookie for this connection.
         */
        private void signIn(URI url) throws IOException {
            URI page = url.resolve(options.loginPath);
            // Hashing the password is slow on purpose (PBKDF2): a sign-in may take longer than a request.
            int signInTimeout = Math.max(options.timeoutMillis, 60_000);
            connection.timeout(signInTimeout);
            Response form = connection.exchange(request("GET", page, null, null), true);
            remember(form);
            String html = new String(form.body, StandardCharsets.UTF_8);
            int from = html.indexOf("<form id=\"" + options.loginForm + "\"");
            int to = from < 0 ? -1 : html.indexOf("</form>", from);
            if (form.status != 200 || to < 0) {
                throw new IOException("no sign-in form '" + options.loginForm + "' at " + page + " (status " + form.status + ")");
            }
            String body = html.substring(from, to);
            Matcher action = FORM_ACTION.matcher(body);
            URI post = action.find() ? page.resolve(unescape(action.group(1))) : page;
            String f = options.loginForm;
            // The form's hidden fields (its name, the view state), the credentials and the button, as a
            // browser sends them; with PrimeFaces' CSP on, its script adds the page's nonce to every post.
            StringBuilder fields = new StringBuilder();
            Matcher hidden = HIDDEN_INPUT.matcher(body);
            while (hidden.find()) {
                Matcher name = NAME.matcher(hidden.group());
                Matcher value = VALUE.matcher(hidden.group());
                if (name.find()) {
                    fields.append(encode(unescape(name.group(1)))).append('=')
                            .append(value.find() ? encode(unescape(value.group(1))) : "").append('&');
                }
            }
            Matcher nonce = NONCE.matcher(html);
            if (nonce.find()) {
                fields.append("primefaces.nonce=").append(encode(nonce.group(1))).append('&');
            }
            fields.append(encode(f + ":username")).append('=').append(encode(options.user))
                    .append('&').append(encode(f + ":password")).append('=').append(encode(options.password))
                    .append('&').append(encode(f + ":signIn")).append('=');
            ensureOpen(post, signInTimeout);
            Response signedIn = connection.exchange(request("POST", post, "application/x-www-form-urlencoded",
                    fields.toString().getBytes(StandardCharsets.UTF_8)), true);
            remember(signedIn);
            String location = signedIn.header("location");
            if (signedIn.status / 100 != 3 || location == null || location.contains(options.loginPath.replaceFirst("^/", ""))) {
                throw new SignInRefused("sign-in as " + options.user + " refused (status " + signedIn.status
                        + (location == null ? "" : ", to " + location) + ")");
            }
            ensureOpen(url, options.timeoutMillis);
        }

        private void ensureOpen(URI url, int timeoutMillis) throws IOException {
            if (!connection.reusable || !connection.serves(url)) {
                connection.close();
                connection = new Connection(url, timeoutMillis);
            }
            connection.timeout(timeoutMillis);
        }

        private void remember(Response response) {
            for (String cookie : response.headers.getOrDefault("set-cookie", List.of())) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
        }

        private byte[] request(String method, URI url, String contentType, byte[] body) {
            StringBuilder head = new StringBuilder(256);
            String target = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
            if (url.getRawQuery() != null) {
                target += "?" + url.getRawQuery();
            }
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(url.getHost()).append(url.getPort() > 0 ? ":" + url.getPort() : "").append("\r\n")
                    .append("User-Agent: projectdesk-bench\r\n");
            if (options.authorization != null && !options.sessionLogin) {
                head.append("Authorization: ").append(options.authorization).append("\r\n");
            }
            if (!cookies.isEmpty()) {
                head.append("Cookie: ");
                cookies.forEach((name, value) -> head.append(name).append('=').append(value).append("; "));
                head.setLength(head.length() - 2);
                head.append("\r\n");
            }
            for (String header : options.headers) {
                head.append(header).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n")
                        .append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
            if (body == null) {
                return headBytes;
            }
            byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, all, headBytes.length, body.length);
            return all;
        }

        private void close() {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }

        /** Keeps cookies only when asked to (a session), as curl and most load tools do. */
        private void afterResponse(Response response) {
            if (options.keepCookies || options.sessionLogin) {
                remember(response);
            }
        }
    }

    private static final Pattern FORM_ACTION = Pattern.compile("^<form [^>]*action=\"([^\"]*)\"");
    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input [^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile(" name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile(" value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile(" nonce=\"([^\"]+)\"");

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&#58;", ":").replace("&#43;", "+").replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
    }

    /** The application answered the sign-in with the form again: wrong account or password. */
    private static final class SignInRefused extends IOException {
        SignInRefused(String message) {
            super(message);
        }
    }

    record Response(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** One kept-alive HTTP/1.1 connection; reads Content-Length, chunked and read-to-close bodies. */
    private static final class Connection {
        private final String host;
        private final int port;
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] skip = new byte[16384];
        boolean reusable = true;

        Connection(URI url, int timeoutMillis) throws IOException {
            if (!"http".equals(url.getScheme())) {
                throw new IllegalArgumentException("only http:// URLs: " + url);
            }
            host = url.getHost();
            port = url.getPort() > 0 ? url.getPort() : 80;
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMillis);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
            out = socket.getOutputStream();
        }

        void timeout(int millis) throws IOException {
            socket.setSoTimeout(millis);
        }

        boolean serves(URI url) {
            return host.equals(url.getHost()) && port == (url.getPort() > 0 ? url.getPort() : 80);
        }

        Response exchange(byte[] request, boolean keepBody) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP response: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(header.substring(colon + 1).strip());
                }
            }
            String connectionHeader = first(headers, "connection");
            if (statusLine.startsWith("HTTP/1.0") || "close".equalsIgnoreCase(connectionHeader)) {
                reusable = false;
            }
            ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream() : null;
            String length = first(headers, "content-length");
            String encoding = first(headers, "transfer-encoding");
            if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                for (long size = Long.parseLong(line().split(";", 2)[0].strip(), 16); size > 0;
                     size = Long.parseLong(line().split(";", 2)[0].strip(), 16)) {
                    read(size, body);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length != null) {
                read(Long.parseLong(length), body);
            } else if (status != 204 && status != 304 && status / 100 != 1) {
                reusable = false;
                read(Long.MAX_VALUE, body);
            }
            return new Response(status, headers, body == null ? new byte[0] : body.toByteArray());
        }

        private static String first(Map<String, List<String>> headers, String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }

        private void read(long count, ByteArrayOutputStream keep) throws IOException {
            long left = count;
            while (left > 0) {
                int n = in.read(skip, 0, (int) Math.min(skip.length, left));
                if (n < 0) {
                    if (count == Long.MAX_VALUE) {
                        return;
                    }
                    throw new EOFException("connection closed inside a body");
                }
                if (keep != null) {
                    keep.write(skip, 0, n);
                }
                left -= n;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing to keep
            }
        }
    }

    private static final class Options {
        final List<URI> urls = new ArrayList<>();
        final List<String> headers = new ArrayList<>();
        int connections = 32;
        double seconds = 10;
        double warmupSeconds = 3;
        int timeoutMillis = 5000;
        String user;
        String password;
        String authorization;
        boolean sessionLogin;
        boolean keepCookies;
        String loginPath = "/login.xhtml";
        String loginForm = "login";
        int expectFrom = 200;
        int expectTo = 299;

        boolean expects(int status) {
            return status >= expectFrom && status <= expectTo;
        }

        static Options parse(String[] args) throws IOException {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--session-login" -> o.sessionLogin = true;
                    case "--keep-cookies" -> o.keepCookies = true;
                    default -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value after " + arg);
                        }
                        String value = args[++i];
                        switch (arg) {
                            case "--url" -> o.urls.add(URI.create(value));
                            case "--urls-file" -> {
                                for (String line : Files.readAllLines(Path.of(value))) {
                                    if (!line.isBlank() && !line.startsWith("#")) {
                                        o.urls.add(URI.create(line.strip()));
                                    }
                                }
                            }
                            case "--connections" -> o.connections = Integer.parseInt(value);
                            case "--seconds" -> o.seconds = Double.parseDouble(value);
                            case "--warmup" -> o.warmupSeconds = Double.parseDouble(value);
                            case "--timeout-ms" -> o.timeoutMillis = Integer.parseInt(value);
                            case "--user" -> o.user = value;
                            case "--password" -> o.password = value;
                            case "--header" -> o.headers.add(value);
                            case "--login-path" -> o.loginPath = value;
                            case "--login-form" -> o.loginForm = value;
                            case "--expect" -> {
                                String[] range = value.split("-", 2);
                                o.expectFrom = Integer.parseInt(range[0]);
                                o.expectTo = Integer.parseInt(range.length == 2 ? range[1] : range[0]);
                            }
                            default -> throw new IllegalArgumentException("unknown option " + arg);
                        }
                    }
                }
            }
            if (o.urls.isEmpty()) {
                throw new IllegalArgumentException("give at least one --url (or --urls-file)");
            }
            if (o.connections < 1 || o.seconds <= 0 || o.warmupSeconds < 0 || o.timeoutMillis < 1) {
                throw new IllegalArgumentException("connections >= 1, seconds > 0, warmup >= 0, timeout-ms >= 1");
            }
            if ((o.user == null) != (o.password == null)) {
                throw new IllegalArgumentException("--user and --password go together");
            }
            if (o.sessionLogin && o.user == null) {
                throw new IllegalArgumentException("--session-login needs --user and --password");
            }
            if (o.user != null) {
                o.authorization = "Basic " + Base64.getEncoder().encodeToString(
                        (o.user + ":" + o.password).getBytes(StandardCharsets.UTF_8));
            }
            return o;
        }
    }
}
