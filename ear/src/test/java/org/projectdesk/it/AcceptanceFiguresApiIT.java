package org.projectdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/acceptances/figures?from=&to=}: "figures" is a resource of its own, never read as a
 * case's id; the office and leaders get the total and every department's line, a department window
 * its own line only, a town its town's; an investor is refused; a malformed or missing date is 400
 * naming it, a period backwards or longer than five years 422 naming {@code to}. (The figures
 * themselves are checked on a hand-worked fixture in AcceptanceFiguresIT.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AcceptanceFiguresApiIT {

    private static final List<String> FIGURES = List.of("applied", "passed", "passedFirstVisit", "findingsRaised",
            "findingsClosed", "pledgesOpen", "pledgesOverdue");

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

    private static String period(String from, String to) {
        return "api/acceptances/figures?from=" + from + "&to=" + to;
    }

    @Test
    void aLeaderGetsTheTotalAndEveryDepartmentsLineAndFiguresIsNoId() {
        String from = TestClock.today().withDayOfYear(1).toString();
        String to = TestClock.today().plusDays(10).toString();
        JsonObject figures = api.as("leader", "GET", period(from, to), null).assertStatus(200).json();

        assertEquals(from, figures.getString("from"));
        assertEquals(to, figures.getString("to"));
        assertEquals(TestClock.today().toString(), figures.getString("asOf"), "pledges as they stand today, not in ten days");
        JsonObject total = figures.getJsonObject("total");
        FIGURES.forEach(name -> assertTrue(total.getJsonNumber(name).longValue() >= 0, name + " of " + total));
        List<String> departments = figures.getJsonArray("departments").stream()
                .map(d -> d.asJsonObject().getString("departmentCode")).toList();
        assertTrue(departments.containsAll(List.of("PLAN", "FIRE", "HUD", "POWER")), departments.toString());
        assertEquals("PLAN", departments.get(0), "in the order of the combined form");
        long applied = figures.getJsonArray("departments").stream().mapToLong(d -> d.asJsonObject().getJsonNumber("applied")
                .longValue()).max().orElse(0);
        assertTrue(total.getJsonNumber("applied").longValue() >= applied, "a case counts once in the total");

        api.as("officer1", "GET", "api/acceptances/999999999", null).assertProblem(404);
        api.as("director", "GET", period(from, to), null).assertStatus(200);
        api.as("admin", "GET", period(from, to), null).assertStatus(200);
    }

    @Test
    void aDepartmentWindowGetsItsOwnLineATownItsTownsAndAnInvestorNothing() {
        String from = TestClock.today().minusMonths(6).toString();
        String to = TestClock.today().toString();
        JsonObject fire = api.as("dept-fire", "GET", period(from, to), null).assertStatus(200).json();
        assertFalse(fire.containsKey("total") && !fire.isNull("total"), "no total for a department window: " + fire);
        assertEquals(List.of("FIRE"), fire.getJsonArray("departments").stream()
                .map(d -> d.asJsonObject().getString("departmentCode")).toList());

        JsonObject town = api.as("town-hmkfq", "GET", period(from, to), null).assertStatus(200).json();
        JsonObject office = api.as("leader", "GET", period(from, to), null).assertStatus(200).json();
        assertTrue(town.getJsonObject("total").getJsonNumber("applied").longValue()
                <= office.getJsonObject("total").getJsonNumber("applied").longValue(), "a town's cases among all");

        api.as("investor1", "GET", period(from, to), null).assertProblem(403);
        api.send("GET", period(from, to), null, null, null, java.util.Map.of()).assertStatus(401);
    }

    @Test
    void aBadPeriodIsRefusedNamingItsParameter() {
        assertEquals("from", badParameter(api.as("leader", "GET", period("2026-13-01", "2026-12-31"), null)));
        assertEquals("to", badParameter(api.as("leader", "GET", "api/acceptances/figures?from=2026-01-01", null)));
        assertEquals("from", badParameter(api.as("leader", "GET", "api/acceptances/figures", null)));
        api.as("leader", "GET", period("2026-12-31", "2026-01-01"), null).assertFieldProblem("to");
        api.as("leader", "GET", period("2020-01-01", "2025-01-01"), null).assertFieldProblem("to");
        api.as("leader", "GET", period("2020-01-02", "2025-01-01"), null).assertStatus(200);
    }

    /** The parameter a 400 problem names. */
    private static String badParameter(ApiClient.Answer answer) {
        JsonObject problem = answer.assertProblem(400);
        return problem.getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
