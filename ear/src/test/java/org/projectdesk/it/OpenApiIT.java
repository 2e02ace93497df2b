package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API document at /openapi held against the deployed API: every JAX-RS resource method of the WAR
 * (read from its classes) is documented, every documented operation answers (not "no such path", 405 or a
 * server error) when called as an administrator, and the roles each operation lists are the ones the
 * server lets through: every other role is refused with 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    private static final String WAR = "projectdesk-web.war";
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName APPLICATION_PATH = DotName.createSimple("jakarta.ws.rs.ApplicationPath");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    /** ProblemMappers' detail for a path no resource answers (an unknown record's 404 says something else). */
    private static final String NO_SUCH_RESOURCE = "No API resource answers this path";
    /** A demo account of each role (README, Demo accounts). */
    private static final Map<String, String> USER_OF_ROLE = users(
            "ADMIN", "admin", "DIRECTOR", "director", "OFFICER", "officer1", "DEPARTMENT", "dept-drc",
            "INVESTOR", "investor1", "LEADER", "leader", "TOWN", "town-hmkfq");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}:]+)[^}]*}");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    ApiClient api;
    JsonObject document;

    @BeforeEach
    void readDocument() {
        api = new ApiClient(ProjectDeskDeployment.base(injectedBase));
        ApiClient.Answer answer = api.send("GET", "openapi?format=JSON", null, null, null, Map.of()).assertStatus(200);
        document = answer.json();
    }

    @Test
    void everyResourceMethodOfTheWarIsDocumentedAndNothingElse() {
        Set<String> inCode = resourceMethods();
        Set<String> documented = new TreeSet<>(operations().keySet());
        assertTrue(inCode.size() > 100, () -> "resource methods found: " + inCode);
        Set<String> undocumented = new TreeSet<>(inCode);
        undocumented.removeAll(documented);
        assertEquals(Set.of(), undocumented, "resource methods missing from /openapi");
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(inCode);
        assertEquals(Set.of(), unknown, "documented operations no resource method answers");
    }

    @Test
    void everyOperationHasAFeatureTagASummaryProblemAnswersAndRoles() {
        JsonObject components = document.getJsonObject("components");
        assertTrue(components.getJsonObject("schemas").containsKey("Problem"), "the problem-details schema");
        assertEquals("application/problem+json",
                components.getJsonObject("responses").getJsonObject("422").getJsonObject("content").keySet().iterator().next());
        Set<String> tags = new TreeSet<>();
        document.getJsonArray("tags").getValuesAs(JsonObject.class).forEach(tag -> tags.add(tag.getString("name")));
        String version = document.getJsonObject("info").getString("version");
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), "the project's version, filtered in: " + version);
        operations().forEach((operation, description) -> {
            assertTrue(tags.containsAll(strings(description.getJsonArray("tags"))), operation + " tagged with a declared feature");
            assertFalse(description.getString("summary", "").isBlank(), operation + " summary");
            JsonObject responses = description.getJsonObject("responses");
            for (String status : List.of("400", "401", "403", "422")) {
                assertEquals("#/components/responses/" + status, responses.getJsonObject(status).getString("$ref"),
                        operation + " answers " + status + " as a problem");
            }
            assertFalse(roles(operation, description).isEmpty(), operation + " names the roles that may call it");
        });
    }

    @Test
    void everyDocumentedOperationAnswersAsAnAdministrator() {
        List<String> failures = new ArrayList<>();
        operations().forEach((operation, description) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = withParameters(operation.substring(operation.indexOf(' ') + 1), description);
            String body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH") ? "{}" : null;
            ApiClient.Answer answer = api.send(method, path, "admin", ProjectDeskDeployment.DEMO_PASSWORD, body,
                    Map.of("Accept", "*/*"));
            boolean noRoute = answer.status() == 404 && answer.body().contains(NO_SUCH_RESOURCE);
            if (noRoute || answer.status() == 405 || answer.status() >= 500) {
                failures.add(operation + ": " + answer.describe());
            }
        });
        assertEquals(List.of(), failures, "documented operations that do not answer");
    }

    /** Safe to call as everybody: the reads. A role the document lists gets past the roles check; any other gets 403. */
    @Test
    void theRolesOfEachReadAreTheOnesTheServerLetsThrough() {
        List<String> failures = new ArrayList<>();
        operations().forEach((operation, description) -> {
            if (!operation.startsWith("GET ")) {
                return;
            }
            Set<String> allowed = roles(operation, description);
            String path = withParameters(operation.substring(4), description);
            USER_OF_ROLE.forEach((role, user) -> {
                ApiClient.Answer answer = api.send("GET", path, user, ProjectDeskDeployment.DEMO_PASSWORD, null, Map.of("Accept", "*/*"));
                if (allowed.contains(role) == (answer.status() == 403)) {
                    failures.add(operation + " as " + role + (allowed.contains(role) ? " (listed)" : " (not listed)") + ": "
                            + answer.describe());
                }
            });
        });
        assertEquals(List.of(), failures, "roles in /openapi that the server does not enforce that way");
    }

    /** "GET /api/projects/{fileNo}" → its description in the document. */
    private Map<String, JsonObject> operations() {
        Map<String, JsonObject> operations = new LinkedHashMap<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (HTTP_METHODS.contains(method.toUpperCase())) {
                operations.put(method.toUpperCase() + " " + path, operation.asJsonObject());
            }
        }));
        return operations;
    }

    /** The roles an operation lists: the scopes of its security requirements, the same for HTTP Basic and the session. */
    private static Set<String> roles(String operation, JsonObject description) {
        Set<String> roles = new TreeSet<>();
        Set<Set<String>> perScheme = new HashSet<>();
        for (JsonObject requirement : description.getJsonArray("security").getValuesAs(JsonObject.class)) {
            requirement.forEach((scheme, scopes) -> {
                perScheme.add(new TreeSet<>(strings(scopes.asJsonArray())));
                roles.addAll(strings(scopes.asJsonArray()));
            });
        }
        assertEquals(1, perScheme.size(), operation + ": the same roles for each way to sign in");
        return roles;
    }

    /**
     * A plausible value for each path parameter (a number for an id, this week for a week, else a word), and for the
     * query parameters that are checked before the boundary is called: a period, a light, a number of days.
     */
    private static String withParameters(String path, JsonObject description) {
        Map<String, String> query = Map.of("from", TestClock.today().minusDays(27).toString(), "to", TestClock.today().toString(),
                "light", "RED", "days", "1");
        List<String> given = new ArrayList<>();
        for (JsonObject parameter : description.containsKey("parameters")
                ? description.getJsonArray("parameters").getValuesAs(JsonObject.class) : List.<JsonObject>of()) {
            String name = parameter.getString("name");
            if (parameter.getString("in").equals("query") && query.containsKey(name)) {
                given.add(name + "=" + query.get(name));
            }
        }
        return withPathParameters(path) + (given.isEmpty() ? "" : "?" + String.join("&", given));
    }

    private static String withPathParameters(String path) {
        Matcher parameter = PATH_PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            String value = switch (parameter.group(1)) {
                case "week" -> String.format("%d-W%02d", TestClock.today().get(IsoFields.WEEK_BASED_YEAR),
                        TestClock.today().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case "year" -> String.valueOf(TestClock.today().getYear());
                case "code" -> "HMKFQ";
                case "name" -> "time-limit-scan";
                case "fileNo" -> "2026-320684-99-03-999999";
                case "categoryCode" -> "LAND";
                default -> "999999";
            };
            parameter.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(filled);
        return filled.substring(1);
    }

    /** "GET /api/projects/{fileNo}" for each resource method of the WAR's classes, read without loading them. */
    private static Set<String> resourceMethods() {
        Index index = warIndex();
        String application = index.getAnnotations(APPLICATION_PATH).get(0).value().asString();
        Set<String> methods = new TreeSet<>();
        for (AnnotationInstance classPath : index.getAnnotations(PATH)) {
            if (classPath.target().kind() != org.jboss.jandex.AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo resource = classPath.target().asClass();
            for (MethodInfo method : resource.methods()) {
                List<String> verbs = HTTP_METHODS.stream()
                        .filter(verb -> method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + verb))).toList();
                AnnotationInstance methodPath = method.declaredAnnotation(PATH);
                assertFalse(verbs.isEmpty() && methodPath != null, () -> resource + "." + method.name()
                        + " is a sub-resource locator, which this test does not follow");
                for (String verb : verbs) {
                    String path = "/" + application + "/" + classPath.value().asString()
                            + (methodPath == null ? "" : "/" + methodPath.value().asString());
                    methods.add(verb + " " + normalised(path));
                }
            }
        }
        return methods;
    }

    /** One slash between segments, none at the end, a parameter without its regular expression. */
    private static String normalised(String path) {
        String plain = PATH_PARAMETER.matcher(path).replaceAll(match -> Matcher.quoteReplacement("{" + match.group(1).trim() + "}"));
        plain = plain.replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static Index warIndex() {
        String ear = System.getProperty("projectdesk.it.ear", "target/projectdesk.ear");
        Indexer indexer = new Indexer();
        try (ZipFile zip = new ZipFile(ear); InputStream war = zip.getInputStream(warEntry(zip));
                ZipInputStream classes = new ZipInputStream(war)) {
            for (ZipEntry entry = classes.getNextEntry(); entry != null; entry = classes.getNextEntry()) {
                if (entry.getName().startsWith("WEB-INF/classes/") && entry.getName().endsWith(".class")) {
                    indexer.index(new NonClosing(classes));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the WAR in " + ear, e);
        }
        return indexer.complete();
    }

    private static ZipEntry warEntry(ZipFile ear) {
        ZipEntry entry = ear.getEntry(WAR);
        if (entry == null) {
            throw new IllegalStateException(WAR + " is not in " + ear.getName());
        }
        return entry;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Map<String, String> users(String... rolesAndUsers) {
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < rolesAndUsers.length; i += 2) {
            users.put(rolesAndUsers[i], rolesAndUsers[i + 1]);
        }
        return users;
    }

    /** Jandex closes the stream it reads; the next class is in the same stream. */
    private static final class NonClosing extends java.io.FilterInputStream {

        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
