package org.projectdesk.web.api;

import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.projectdesk.security.entity.Role;

/**
 * Completes the OpenAPI document that the server derives from the resources (served at /openapi):
 * a tag per feature, a summary where a resource gives none (its resource and method said as words: "Projects: take in"), the problem-details answers
 * (RFC 9457) of every operation, the two ways to sign in, and the roles that may call each operation,
 * taken from the {@code @RolesAllowed} of the boundary methods it calls ({@link BoundaryCalls}).
 * The server names each operation by its Java method (operationIdStrategy, META-INF/microprofile-config.properties),
 * which is how an operation is traced to its code; the filter then gives it the shorter "Resource.method".
 */
public class ApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocument.class.getName());

    static final String BASIC = "basic";
    static final String SESSION = "session";
    static final String PROBLEM = "Problem";

    /** The features of the API (the resources' packages under org.projectdesk.web) and what each covers. */
    private static final Map<String, String> FEATURES = pairs(
            "project", "Service files: intake, lists, matters and their steps, tracking, ledgers, towns",
            "notification", "The one-time notification of the materials an investor hands in",
            "meeting", "Joint pre-review meetings, invitations, attendance and departments' opinions",
            "acceptance", "Joint completion acceptance: cases, inspections, verdicts, findings, items and figures",
            "coordination", "Coordination problems, on-site visits and the coordination figures",
            "supervision", "Time-limit supervision: warnings, the board, its matters, supervision orders, one's notices",
            "portal", "The investor portal: status, uploads, evidence, ratings and complaints",
            "referral", "Referrals of projects by the towns (项目推荐)",
            "report", "The weekly report and its exports",
            "calendar", "The working-day calendar and the official holiday schedules",
            "catalogue", "The approval catalogue, the departments and the public disclosure",
            "scheduling", "Scheduled jobs: runs, pause, resume, run now",
            "backup", "Backups of the embedded database with the uploaded files",
            "security", "Who one is, and accounts");

    private static final Map<String, String> ERRORS = pairs(
            "400", "Malformed input: a parameter or JSON member that cannot be read, named in errors",
            "401", "No credentials, or refused ones",
            "403", "The caller's roles do not allow this, or a change sent from another site",
            "404", "Unknown, or not the caller's to see (another enterprise's or town's)",
            "409", "A stale version, or a race lost to another request; nothing was written",
            "415", "A body type this operation does not take",
            "422", "A broken rule or a value beyond its declared limit, the field named in errors");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        document.info(OASFactory.createInfo().title("Project Desk API").version(version()).description("""
                The REST API of Project Desk. JSON in and out unless an operation says otherwise. Every call needs a \
                signed-in caller: HTTP Basic on each request, or the session of a sign-in on the pages. Each \
                operation lists the roles that may call it (its security requirements' scopes); a role may be \
                narrowed further to its own department, enterprise or town, where another's is "not found". \
                Errors are problem details (RFC 9457, application/problem+json) whose errors name each field."""));
        addComponents(document);
        FEATURES.forEach((feature, description) -> document.addTag(OASFactory.createTag().name(tag(feature)).description(description)));
        BoundaryCalls boundaryCalls = new BoundaryCalls(ApiDocument.class.getClassLoader());
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            try {
                describe(operation, method, path, boundaryCalls);
            } catch (RuntimeException e) {
                // The document must never stop the application from deploying; OpenApiIT finds the operation left bare.
                LOG.log(Level.WARNING, "Cannot describe " + method + " " + path, e);
            }
        }));
    }

    /** The project's version, filtered into api-document.properties by the build. */
    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = ApiDocument.class.getResourceAsStream("api-document.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            LOG.log(Level.WARNING, "No api-document.properties", e);
        }
        return properties.getProperty("version", "unknown");
    }

    private static void describe(Operation operation, PathItem.HttpMethod method, String path, BoundaryCalls boundaryCalls) {
        Method java = javaMethod(operation.getOperationId());
        Class<?> resource = java.getDeclaringClass();
        operation.setOperationId(resource.getSimpleName() + "." + java.getName());
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.addTag(tag(feature(resource)));
        }
        if (operation.getSummary() == null) {
            operation.setSummary(words(resource.getSimpleName().replaceFirst("Resource$", "")) + ": "
                    + words(java.getName()).toLowerCase(Locale.ROOT));
        }
        BoundaryCalls.Reach reach = boundaryCalls.of(resource, java);
        List<String> roles = reach.roles().stream().map(Role::name).toList();
        String allowed = "Roles: " + (roles.isEmpty() ? "none" : String.join(", ", roles))
                + (reach.calls().isEmpty() ? " (any signed-in caller)."
                        : " (the @RolesAllowed of " + reach.calls().stream().map(Object::toString).collect(Collectors.joining(", ")) + ").");
        operation.setDescription(operation.getDescription() == null ? allowed : operation.getDescription() + "\n\n" + allowed);
        operation.setSecurity(List.of(
                OASFactory.createSecurityRequirement().addScheme(BASIC, roles),
                OASFactory.createSecurityRequirement().addScheme(SESSION, roles)));
        boolean takesBody = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        ERRORS.keySet().forEach(status -> {
            boolean applies = switch (status) {
                case "404" -> path.contains("{");
                case "409", "415" -> takesBody;
                default -> true;
            };
            if (applies && !operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status,
                        OASFactory.createAPIResponse().ref("#/components/responses/" + status));
            }
        });
    }

    private static void addComponents(OpenAPI document) {
        if (document.getComponents() == null) {
            document.components(OASFactory.createComponents());
        }
        Schema fieldError = object("A field that broke a rule or could not be read, and why")
                .addProperty("field", string("The field, parameter or line and column, as the request named it"))
                .addProperty("message", string("What is wrong, in the language of Accept-Language (zh-CN or English)"));
        Schema problem = object("An error answer: RFC 9457 problem details, as application/problem+json")
                .addProperty("type", string("about:blank: the status says what kind of problem it is"))
                .addProperty("title", string("The status's reason phrase"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).description("The HTTP status"))
                .addProperty("detail", string("What went wrong, for a person"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Each offending field, when a field is to blame")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addRequired("type").addRequired("title").addRequired("status");
        document.getComponents().addSchema("FieldError", fieldError).addSchema(PROBLEM, problem);
        ERRORS.forEach((status, description) -> document.getComponents().addResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))))));
        document.getComponents()
                .addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("HTTP Basic on each request; no session is opened. Refused or missing credentials: 401."))
                .addSecurityScheme(SESSION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                        .description("The session of a sign-in on the login page (form). A change through it must come "
                                + "from the application's own site, else 403."));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    /** The resource method behind an operation id of the PACKAGE_CLASS_METHOD strategy ("org.….ProjectsResource_list"). */
    private static Method javaMethod(String operationId) {
        int separator = operationId.lastIndexOf('_');
        String className = operationId.substring(0, separator);
        String methodName = operationId.substring(separator + 1);
        try {
            Class<?> resource = Class.forName(className, false, ApiDocument.class.getClassLoader());
            return Arrays.stream(resource.getMethods())
                    .filter(m -> m.getName().equals(methodName))
                    .filter(m -> Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No resource method " + operationId));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No resource class for " + operationId, e);
        }
    }

    private static String feature(Class<?> resource) {
        String name = resource.getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String tag(String feature) {
        return feature.substring(0, 1).toUpperCase(Locale.ROOT) + feature.substring(1);
    }

    /** "ProjectAcceptances" → "Project acceptances", "takeIn" → "Take in": a Java name said as words. */
    private static String words(String javaName) {
        String words = javaName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static Map<String, String> pairs(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
