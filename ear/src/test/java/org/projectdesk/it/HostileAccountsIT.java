package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ApiClient.json;
import static org.projectdesk.it.ApiClient.newAccount;
import static org.projectdesk.it.ApiClient.stringOrNull;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;
import static org.projectdesk.it.ProjectDeskDeployment.uniqueUsername;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts attacked over REST (issue 14): a stranger guessing passwords slows down only their own
 * address, every refusal reads and takes the same, an administrator sees and lifts the block, and
 * an over-long password costs nothing. The stranger really is another address: their requests
 * leave from 127.0.0.2 (any 127/8 address reaches the loopback listener), while the owner and the
 * administrator use 127.0.0.1 — the server tells them apart by the connection's peer, as it would
 * two hosts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileAccountsIT {

    private static final String STRANGER = "127.0.0.2";
    private static final String SECRET = "secret-1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    private ApiClient api;
    private URI base;

    @BeforeEach
    void client() {
        base = ProjectDeskDeployment.base(injectedBase);
        api = new ApiClient(base);
    }

    @Test
    void twentyWrongPasswordsFromAStrangerDoNotKeepTheOwnerOutAndAnAdministratorLiftsTheBlock() {
        String username = uniqueUsername("owner");
        long id = id(api.createAccount(username, "被猜的人", SECRET, "OFFICER"));
        List<Reply> guesses = new ArrayList<>();
        for (int attempt = 1; attempt <= 20; attempt++) {
            guesses.add(fromStranger(username, "guess-" + attempt, Map.of()));
        }
        guesses.forEach(guess -> assertEquals(401, guess.status(), guess.toString()));
        assertEquals(1, guesses.stream().map(Reply::body).distinct().count(), "every guess is answered alike");

        assertEquals(username, api.get("api/me", username, SECRET).assertStatus(200).json().getString("username"),
                "the owner, from their own address, signs in");
        Reply rightFromStranger = fromStranger(username, SECRET, Map.of("X-Forwarded-For", "198.51.100.23"));
        assertEquals(401, rightFromStranger.status(), "the stranger's address is blocked, whatever header it sends");
        assertEquals(guesses.get(0).body(), rightFromStranger.body());

        JsonObject seen = api.asAdmin("GET", "api/accounts/" + id, null).assertStatus(200).json();
        assertNotNull(stringOrNull(seen, "lockedSince"), seen.toString());
        assertNotNull(stringOrNull(seen, "lockedUntil"), seen.toString());
        JsonArray failures = seen.getJsonArray("signInFailures");
        assertEquals(1, failures.size(), "only the stranger's address, not the owner's: " + seen);
        JsonObject block = failures.getJsonObject(0);
        assertEquals(STRANGER, block.getString("address"));
        assertEquals(5, block.getInt("failures"), "guesses refused while blocked are not even checked");
        assertTrue(block.getBoolean("blocked"), block.toString());
        assertEquals(stringOrNull(seen, "lockedSince"), stringOrNull(block, "blockedSince"));
        JsonObject listed = api.asAdmin("GET", "api/accounts?search=" + username, null).assertStatus(200).json()
                .getJsonArray("rows").getJsonObject(0);
        assertEquals(stringOrNull(seen, "lockedUntil"), stringOrNull(listed, "lockedUntil"), "the list shows the block too");
        assertEquals(List.of("LOCKED"), kinds(api.asAdmin("GET", "api/accounts/" + id + "/lock-history", null)));

        api.as("officer1", "POST", "api/accounts/" + id + "/unlock", null).assertProblem(403);
        JsonObject unlocked = api.asAdmin("POST", "api/accounts/" + id + "/unlock", null).assertStatus(200).json();

        assertEquals(0, unlocked.getJsonArray("signInFailures").size(), unlocked.toString());
        assertEquals(null, stringOrNull(unlocked, "lockedUntil"));
        assertEquals(200, fromStranger(username, SECRET, Map.of()).status(), "unblocked, the right password works");
        JsonArray history = api.asAdmin("GET", "api/accounts/" + id + "/lock-history", null).assertStatus(200).jsonArray();
        assertEquals(List.of("UNLOCKED", "LOCKED"), kinds(history));
        assertEquals(STRANGER, history.getJsonObject(1).getString("address"));
        assertEquals(stringOrNull(block, "blockedUntil"), stringOrNull(history.getJsonObject(1), "blockedUntil"));
    }

    @Test
    void anUnknownNameAWrongPasswordAndABlockedAddressAreAnsweredAlikeInWordsAndTime() {
        String blocked = uniqueUsername("blocked");
        String known = uniqueUsername("known");
        api.createAccount(blocked, "被封的人", SECRET, "OFFICER");
        api.createAccount(known, "知名的人", SECRET, "OFFICER");
        for (int attempt = 0; attempt < 5; attempt++) {
            fromStranger(blocked, "guess-" + attempt, Map.of());
        }

        List<Reply> unknown = new ArrayList<>();
        List<Reply> wrong = new ArrayList<>();
        List<Reply> blockedRight = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            unknown.add(fromStranger(uniqueUsername("nobody"), SECRET, Map.of()));
            wrong.add(fromStranger(known, "guess-" + round, Map.of()));
            blockedRight.add(fromStranger(blocked, SECRET, Map.of()));
        }

        Reply first = wrong.get(0);
        assertEquals(401, first.status(), first.toString());
        JsonObject problem = first.json();
        assertEquals("Unknown user name or wrong password", problem.getString("detail"));
        assertEquals("Basic realm=\"Project Desk\", charset=\"UTF-8\"", first.header("www-authenticate"));
        for (List<Reply> replies : List.of(unknown, wrong, blockedRight)) {
            for (Reply reply : replies) {
                assertEquals(first.status(), reply.status(), reply.toString());
                assertEquals(first.body(), reply.body(), "the same words for every refusal");
                assertEquals(first.header("www-authenticate"), reply.header("www-authenticate"));
                assertEquals(first.header("content-type"), reply.header("content-type"));
            }
        }
        // Every refusal hashes a password once (PBKDF2, 310,000 iterations); answering an unknown
        // name or a blocked address without it would take a fraction of the time. The fastest of
        // three is compared, as load on the machine only ever slows a request down.
        long wrongMillis = fastest(wrong);
        assertTrue(fastest(unknown) * 3 >= wrongMillis,
                "unknown name " + fastest(unknown) + " ms against wrong password " + wrongMillis + " ms");
        assertTrue(fastest(blockedRight) * 3 >= wrongMillis,
                "blocked address " + fastest(blockedRight) + " ms against wrong password " + wrongMillis + " ms");
    }

    @Test
    void tenGuessesReleasedAtOnceAreAllRefusedAndExactlyTheFirstFiveCounted() throws Exception {
        String username = uniqueUsername("burst");
        long id = id(api.createAccount(username, "齐发的人", SECRET, "OFFICER"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Reply>> sent = new ArrayList<>();
        try {
            for (int guess = 0; guess < 10; guess++) {
                String password = "guess-" + guess;
                sent.add(pool.submit(() -> {
                    start.await();
                    return fromStranger(username, password, Map.of());
                }));
            }
            start.countDown();
            for (Future<Reply> reply : sent) {
                Reply answer = reply.get(60, TimeUnit.SECONDS);
                assertEquals(401, answer.status(), answer.toString());
                assertEquals("Unknown user name or wrong password", answer.json().getString("detail"));
            }
        } finally {
            pool.shutdownNow();
        }

        JsonObject block = api.asAdmin("GET", "api/accounts/" + id, null).assertStatus(200).json()
                .getJsonArray("signInFailures").getJsonObject(0);
        assertEquals(5, block.getInt("failures"), "each guess counted once, none after the block: " + block);
        assertTrue(block.getBoolean("blocked"), block.toString());
        assertEquals(List.of("LOCKED"), kinds(api.asAdmin("GET", "api/accounts/" + id + "/lock-history", null)));
        assertEquals(200, api.get("api/me", username, SECRET).status(), "the owner is not kept out");
    }

    @Test
    void aMegabytePasswordIsRefusedAtOnceNamingTheField() {
        String megabyte = "p".repeat(1 << 20);
        String username = uniqueUsername("huge");

        long started = System.nanoTime();
        JsonObject refused = api.asAdmin("POST", "api/accounts", newAccount(username, "长密码", megabyte, "OFFICER"))
                .assertFieldProblem("password");
        assertEquals("A password may have at most 128 characters",
                refused.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(0, api.asAdmin("GET", "api/accounts?search=" + username, null).assertStatus(200).json().getInt("total"),
                "nothing was opened");

        JsonObject account = api.createAccount(username, "长密码", SECRET, "OFFICER");
        api.asAdmin("PUT", "api/accounts/" + id(account), json("version", account.getJsonNumber("version").longValue(),
                "password", "p".repeat(129))).assertFieldProblem("password");
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "refused without hashing");
        assertEquals(200, api.get("api/me", username, SECRET).status(), "the password is unchanged");

        // Signing in with an over-long password is just a failed sign-in, answered like any other.
        Reply overLong = fromStranger(username, "p".repeat(100_000), Map.of());
        assertEquals(401, overLong.status(), overLong.toString());
        assertEquals("Unknown user name or wrong password", overLong.json().getString("detail"));
        JsonObject seen = api.asAdmin("GET", "api/accounts/" + id(account), null).assertStatus(200).json();
        assertEquals(1, seen.getJsonArray("signInFailures").getJsonObject(0).getInt("failures"), seen.toString());
    }

    private static long id(JsonObject account) {
        return account.getJsonNumber("id").longValue();
    }

    private static List<String> kinds(ApiClient.Answer answer) {
        return kinds(answer.assertStatus(200).jsonArray());
    }

    private static List<String> kinds(JsonArray events) {
        return events.stream().map(e -> e.asJsonObject().getString("kind")).toList();
    }

    private static long fastest(List<Reply> replies) {
        return replies.stream().mapToLong(Reply::millis).min().orElseThrow();
    }

    /** {@code GET /api/me} with HTTP Basic, sent from {@link #STRANGER}. */
    private Reply fromStranger(String username, String password, Map<String, String> headers) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        StringBuilder request = new StringBuilder("GET " + base.getPath() + "api/me HTTP/1.0\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Accept: application/json\r\n")
                .append("Authorization: Basic ").append(credentials).append("\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        return timed(() -> exchange(request.toString()));
    }

    private Reply exchange(String request) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(STRANGER), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName(base.getHost()), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Reply.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("a request from " + STRANGER + " failed", e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static Reply timed(Supplier<Reply> send) {
        long started = System.nanoTime();
        Reply reply = send.get();
        return reply.took((System.nanoTime() - started) / 1_000_000);
    }

    /** An HTTP/1.0 answer: status, headers by lower-case name, body. */
    private record Reply(int status, Map<String, String> headers, String body, long millis) {

        static Reply parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new AssertionError("not an HTTP answer: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4), 0);
        }

        Reply took(long elapsedMillis) {
            return new Reply(status, headers, body, elapsedMillis);
        }

        String header(String name) {
            return headers.get(name);
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        @Override
        public String toString() {
            return status + " " + headers.get("content-type") + " " + (body.length() > 300 ? body.substring(0, 300) : body)
                    + " (" + millis + " ms)";
        }
    }
}
