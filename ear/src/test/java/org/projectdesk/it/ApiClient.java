package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A small client for the REST API under /api: HTTP Basic, JSON in and out, no redirects followed. */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;

    ApiClient(URI base) {
        this.base = base;
    }

    /** One request; {@code user} null sends no Authorization header. */
    Answer send(String method, String path, String user, String password, String jsonBody, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        headers.forEach(request::header);
        if (jsonBody != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
            request.method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(method + " " + path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** A CSV file sent as a demo account ({@code text/csv}, UTF-8), for the all-or-nothing imports. */
    Answer postCsv(String path, String user, byte[] csv) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", basic(user, ProjectDeskDeployment.DEMO_PASSWORD))
                .header("Accept", "application/json").header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer("POST " + path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("POST " + path + " interrupted", e);
        }
    }

    /** A GET whose answer is binary (a PDF): the status and the bytes as sent. */
    HttpResponse<byte[]> bytes(String path, String user) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user, ProjectDeskDeployment.DEMO_PASSWORD)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + path + " interrupted", e);
        }
    }

    Answer get(String path, String user, String password) {
        return send("GET", path, user, password, null, Map.of());
    }

    Answer asAdmin(String method, String path, String jsonBody) {
        return send(method, path, "admin", ProjectDeskDeployment.DEMO_PASSWORD, jsonBody, Map.of());
    }

    /** One request as a demo account (password {@link ProjectDeskDeployment#DEMO_PASSWORD}); {@code jsonBody} may be null. */
    Answer as(String user, String method, String path, String jsonBody) {
        return send(method, path, user, ProjectDeskDeployment.DEMO_PASSWORD, jsonBody, Map.of());
    }

    /** Opens an account as admin and checks the 201; returns the account as the API answered it. */
    JsonObject createAccount(String username, String displayName, String password, String role) {
        Answer created = asAdmin("POST", "api/accounts", newAccount(username, displayName, password, role));
        created.assertStatus(201);
        JsonObject account = created.json();
        assertEquals(username, account.getString("username"), created.describe());
        String location = created.header("Location").orElseThrow(() -> new AssertionError("no Location: " + created.describe()));
        assertTrue(location.endsWith("/api/accounts/" + account.getJsonNumber("id").longValue()), location);
        return account;
    }

    static String newAccount(String username, String displayName, String password, String... roles) {
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        for (String role : roles) {
            roleArray.add(role);
        }
        return Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", displayName)
                .add("password", password)
                .add("roles", roleArray)
                .build().toString();
    }

    /** A JSON object of the given fields (values: String, Boolean, Number or null), for PUT bodies. */
    static String json(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        var object = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof Boolean b) {
                object.add(name, b);
            } else if (value instanceof Long l) {
                object.add(name, l);
            } else if (value instanceof Integer n) {
                object.add(name, n);
            } else {
                object.add(name, value.toString());
            }
        });
        return object.build().toString();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An HTTP answer with the assertions the API tests need. */
    record Answer(String request, int status, HttpHeaders headers, String body) {

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON object: " + describe(), e);
            }
        }

        /** The body as a JSON array (e.g. the lists of the reference data). */
        JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON array: " + describe(), e);
            }
        }

        /** For failure messages: the request, the status and the start of the body. */
        String describe() {
            String shown = body.length() > 400 ? body.substring(0, 400) + "…" : body;
            return request + " -> " + status + " " + contentType() + " " + shown;
        }

        /** A 422 problem with exactly one field error, naming {@code field}; returns the problem. */
        JsonObject assertFieldProblem(String field) {
            JsonObject problem = assertProblem(422);
            JsonValue errors = problem.get("errors");
            assertTrue(errors != null && errors.getValueType() == JsonValue.ValueType.ARRAY, () -> "errors of " + describe());
            JsonArray list = errors.asJsonArray();
            assertEquals(1, list.size(), () -> "errors of " + describe());
            assertEquals(field, list.getJsonObject(0).getString("field"), () -> "field of " + describe());
            assertFalse(list.getJsonObject(0).getString("message").isBlank(), () -> "message of " + describe());
            return problem;
        }

        Answer assertStatus(int expected) {
            assertEquals(expected, status, () -> "status of " + describe());
            return this;
        }

        /** A problem document (RFC 9457) of this status, as application/problem+json. */
        JsonObject assertProblem(int expected) {
            assertStatus(expected);
            assertTrue(contentType().startsWith("application/problem+json"), () -> "content type of " + describe());
            JsonObject problem = json();
            assertEquals(expected, problem.getInt("status"), describe());
            assertEquals("about:blank", problem.getString("type"), describe());
            assertFalse(problem.getString("title").isBlank(), describe());
            assertNotNull(problem.get("detail"), describe());
            return problem;
        }
    }

    /** A field that JSON-B leaves out when null, read as null. */
    static String stringOrNull(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : object.getString(field);
    }
}
