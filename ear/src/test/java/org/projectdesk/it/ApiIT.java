package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.it.ApiClient.json;
import static org.projectdesk.it.ApiClient.newAccount;
import static org.projectdesk.it.ApiClient.stringOrNull;
import static org.projectdesk.it.ProjectDeskDeployment.DEMO_PASSWORD;
import static org.projectdesk.it.ProjectDeskDeployment.uniqueUsername;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The REST API of the deployed EAR over HTTP: who am I, HTTP Basic and its throttle, account
 * administration, and the problem documents of each failure. Every test opens its own accounts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String WRONG = "wrong-password";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProjectDeskDeployment.ear();
    }

    @ArquillianResource
    URL injectedBase;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(ProjectDeskDeployment.base(injectedBase));
    }

    @Test
    void theApplicationIsAtTheRootOfTheTestServerOnThePortTheBuildGaveIt() {
        assertNotNull(injectedBase, "Arquillian injects the application's URL");
        assertEquals(Integer.getInteger("projectdesk.it.http.port", 8180), injectedBase.getPort(), injectedBase.toString());
        assertEquals("/", ProjectDeskDeployment.base(injectedBase).getPath(), injectedBase.toString());
    }

    @Test
    void meWithoutCredentialsIsAProblem401WithABasicChallenge() {
        var answer = api.get("api/me", null, null);
        JsonObject problem = answer.assertProblem(401);
        assertAll(
                () -> assertEquals("Unauthorized", problem.getString("title")),
                () -> assertFalse(problem.getString("detail").isBlank()),
                () -> assertTrue(answer.header("WWW-Authenticate").orElse("").startsWith("Basic "),
                        () -> "WWW-Authenticate of " + answer.describe()));
    }

    @ParameterizedTest(name = "{0} holds {1}")
    @CsvSource({
            "admin, ADMIN",
            "director, DIRECTOR",
            "officer1, OFFICER",
            "officer2, OFFICER",
            "leader, LEADER",
            "investor1, INVESTOR",
            "investor2, INVESTOR",
            "town-hmkfq, TOWN",
            "town-SJZ, TOWN"})
    void meNamesTheDemoUserAndTheirRole(String username, String role) {
        var answer = api.get("api/me", username, DEMO_PASSWORD).assertStatus(200);
        assertTrue(answer.contentType().startsWith("application/json"), answer.describe());
        JsonObject me = answer.json();
        assertEquals(username.toLowerCase(Locale.ROOT), me.getString("username"), answer.describe());
        assertEquals(List.of(role), strings(me.getJsonArray("roles")), answer.describe());
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIs401() {
        String username = uniqueUsername("wrongpw");
        api.createAccount(username, "Wrong Password", "secret-1", "OFFICER");

        JsonObject wrong = api.get("api/me", username, WRONG).assertProblem(401);
        assertFalse(wrong.getString("detail").toLowerCase(Locale.ROOT).contains("locked"), wrong.toString());
        api.get("api/me", uniqueUsername("nobody"), "secret-1").assertProblem(401);
        // One failure locks nothing: the right password still works.
        assertEquals(username, api.get("api/me", username, "secret-1").assertStatus(200).json().getString("username"));
    }

    @Test
    void fiveWrongPasswordsBlockTheAddressUntilAnAdministratorEnablesTheAccount() {
        String username = uniqueUsername("lockout");
        long id = api.createAccount(username, "Lock Out", "secret-1", "OFFICER").getJsonNumber("id").longValue();
        api.get("api/me", username, "secret-1").assertStatus(200);

        for (int attempt = 1; attempt <= 4; attempt++) {
            JsonObject refused = api.get("api/me", username, WRONG).assertProblem(401);
            assertFalse(refused.getString("detail").toLowerCase(Locale.ROOT).contains("locked"),
                    "attempt " + attempt + " should not lock yet: " + refused);
        }
        JsonObject fifth = api.get("api/me", username, WRONG).assertProblem(401);

        // Blocked from this address now, and told exactly what a wrong password is told (issue 14):
        // a different answer would tell a stranger that the name exists.
        JsonObject lockedOut = api.get("api/me", username, "secret-1").assertProblem(401);
        assertEquals(fifth.getString("detail"), lockedOut.getString("detail"),
                "the right password after 5 failures: " + lockedOut);

        JsonObject locked = api.asAdmin("GET", "api/accounts/" + id, null).assertStatus(200).json();
        assertNotNull(stringOrNull(locked, "lockedUntil"), locked.toString());
        assertTrue(locked.getBoolean("enabled"), locked.toString());

        var enabled = api.asAdmin("PUT", "api/accounts/" + id, json("version", version(locked), "enabled", true))
                .assertStatus(200);
        assertNull(stringOrNull(enabled.json(), "lockedUntil"), enabled.describe());

        assertEquals(List.of("OFFICER"),
                strings(api.get("api/me", username, "secret-1").assertStatus(200).json().getJsonArray("roles")));
    }

    @Test
    void onlyAnAdministratorMayListAccounts() {
        JsonObject problem = api.get("api/accounts", "officer1", DEMO_PASSWORD).assertProblem(403);
        assertEquals("Forbidden", problem.getString("title"));
        api.get("api/accounts/1", "investor1", DEMO_PASSWORD).assertProblem(403);
        api.send("POST", "api/accounts", "director", DEMO_PASSWORD,
                newAccount(uniqueUsername("refused"), "Refused", "secret-1", "OFFICER"), Map.of()).assertProblem(403);
    }

    @Test
    void anAdministratorOpensFindsAndReadsAnAccount() {
        String username = uniqueUsername("found");
        JsonObject created = api.createAccount(username, "张三丰", "secret-1", "OFFICER");
        long id = created.getJsonNumber("id").longValue();
        assertAll(
                () -> assertEquals("张三丰", created.getString("displayName")),
                () -> assertEquals(List.of("OFFICER"), strings(created.getJsonArray("roles"))),
                () -> assertTrue(created.getBoolean("enabled")),
                () -> assertFalse(created.containsKey("password") || created.containsKey("passwordHash"), created.toString()));

        var page = api.asAdmin("GET", "api/accounts?search=" + username + "&page=0&size=20", null).assertStatus(200);
        JsonObject found = page.json();
        assertEquals(1, found.getJsonNumber("total").longValue(), page.describe());
        assertEquals(username, found.getJsonArray("rows").getJsonObject(0).getString("username"), page.describe());

        var admins = api.asAdmin("GET", "api/accounts?search=admin&page=0&size=20", null).assertStatus(200).json();
        assertTrue(admins.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .anyMatch(row -> row.getString("username").equals("admin")), admins.toString());

        JsonObject read = api.asAdmin("GET", "api/accounts/" + id, null).assertStatus(200).json();
        assertEquals(username, read.getString("username"));
        assertEquals(created.getJsonNumber("version").longValue(), version(read));
    }

    @Test
    void anAdministratorOpensATownAccountNamingItsTownAndAnUnknownTownIs422() {
        String username = uniqueUsername("town");
        var created = api.asAdmin("POST", "api/accounts", Json.createObjectBuilder()
                .add("username", username).add("displayName", "余东镇工作人员").add("password", "secret-1")
                .add("roles", Json.createArrayBuilder().add("TOWN")).add("townCode", "YDZ").build().toString());
        JsonObject account = created.assertStatus(201).json();
        assertEquals("YDZ", account.getString("townCode"), created.describe());
        assertEquals(List.of("TOWN"), strings(api.get("api/me", username, "secret-1").assertStatus(200).json().getJsonArray("roles")));

        JsonObject noTown = api.asAdmin("POST", "api/accounts", newAccount(uniqueUsername("town"), "无区镇", "secret-1", "TOWN"))
                .assertProblem(422).getJsonArray("errors").getJsonObject(0);
        assertEquals("townCode", noTown.getString("field"));
        assertEquals("A TOWN account must name its town", noTown.getString("message"));

        var moved = api.asAdmin("PUT", "api/accounts/" + account.getJsonNumber("id").longValue(),
                json("version", version(account), "townCode", "NOWHERE"));
        JsonObject unknown = moved.assertProblem(422).getJsonArray("errors").getJsonObject(0);
        assertEquals("townCode", unknown.getString("field"), moved.describe());
        assertEquals("There is no town with the code 'NOWHERE'", unknown.getString("message"));
    }

    @Test
    void anUnknownAccountIs404() {
        JsonObject problem = api.asAdmin("GET", "api/accounts/" + Long.MAX_VALUE, null).assertProblem(404);
        assertEquals("Not Found", problem.getString("title"));
    }

    @Test
    void anUnknownApiPathIsAProblem404NotAnHtmlPage() {
        var answer = api.asAdmin("GET", "api/nope", null);
        answer.assertProblem(404);
        assertFalse(answer.body().contains("<html"), answer.describe());
    }

    @Test
    void malformedJsonIs400() {
        api.asAdmin("POST", "api/accounts", "{\"username\": \"broken\", ").assertProblem(400);
        api.asAdmin("POST", "api/accounts", "[1, 2").assertProblem(400);
    }

    @Test
    void aTakenUsernameIs422NamingTheField() {
        String username = uniqueUsername("taken");
        api.createAccount(username, "First", "secret-1", "OFFICER");

        var again = api.asAdmin("POST", "api/accounts", newAccount(username, "Second", "secret-2", "LEADER"));
        JsonObject problem = again.assertProblem(422);
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertAll(
                () -> assertEquals("username", error.getString("field")),
                () -> assertEquals("The user name '" + username + "' is taken", error.getString("message")),
                () -> assertEquals(error.getString("message"), problem.getString("detail")));
    }

    @Test
    void aShortPasswordIs422NamingTheField() {
        var answer = api.asAdmin("POST", "api/accounts", newAccount(uniqueUsername("shortpw"), "Short", "12345", "OFFICER"));
        JsonObject error = answer.assertProblem(422).getJsonArray("errors").getJsonObject(0);
        assertEquals("password", error.getString("field"), answer.describe());
        assertEquals("A password needs at least 6 characters", error.getString("message"), answer.describe());
    }

    @Test
    void ruleMessagesFollowAcceptLanguage() {
        String username = uniqueUsername("zh");
        api.createAccount(username, "中文", "secret-1", "OFFICER");
        Map<String, String> chinese = Map.of("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");

        JsonObject taken = api.send("POST", "api/accounts", "admin", DEMO_PASSWORD,
                newAccount(username, "中文", "secret-1", "OFFICER"), chinese).assertProblem(422);
        assertEquals("用户名“" + username + "”已被使用", taken.getJsonArray("errors").getJsonObject(0).getString("message"));

        JsonObject shortPassword = api.send("POST", "api/accounts", "admin", DEMO_PASSWORD,
                newAccount(uniqueUsername("zh"), "中文", "123", "OFFICER"), chinese).assertProblem(422);
        JsonObject error = shortPassword.getJsonArray("errors").getJsonObject(0);
        assertEquals("password", error.getString("field"));
        assertEquals("密码至少6位", error.getString("message"));
    }

    @Test
    void aStaleVersionIs409AndChangesNothing() {
        String username = uniqueUsername("stale");
        JsonObject created = api.createAccount(username, "Before", "secret-1", "OFFICER");
        long id = created.getJsonNumber("id").longValue();
        long read = version(created);

        JsonObject first = api.asAdmin("PUT", "api/accounts/" + id, json("version", read, "displayName", "After"))
                .assertStatus(200).json();
        assertEquals("After", first.getString("displayName"));
        assertTrue(version(first) > read, first.toString());

        api.asAdmin("PUT", "api/accounts/" + id, json("version", read, "displayName", "Lost update")).assertProblem(409);
        JsonObject now = api.asAdmin("GET", "api/accounts/" + id, null).assertStatus(200).json();
        assertEquals("After", now.getString("displayName"));
        assertEquals(version(first), version(now));
    }

    @Test
    void aDisabledAccountIsRefusedAtItsNextCall() {
        String username = uniqueUsername("disabled");
        JsonObject created = api.createAccount(username, "Soon Disabled", "secret-1", "LEADER");
        long id = created.getJsonNumber("id").longValue();
        api.get("api/me", username, "secret-1").assertStatus(200);

        JsonObject disabled = api.asAdmin("PUT", "api/accounts/" + id, json("version", version(created), "enabled", false))
                .assertStatus(200).json();
        assertFalse(disabled.getBoolean("enabled"), disabled.toString());

        api.get("api/me", username, "secret-1").assertProblem(401);
    }

    private static long version(JsonObject account) {
        return account.getJsonNumber("version").longValue();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
