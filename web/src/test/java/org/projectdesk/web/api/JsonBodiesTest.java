package org.projectdesk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;

/** Request bodies read strictly: each wrong value is a 400 naming its JSON field, never a Java class. */
class JsonBodiesTest {

    record Rating(Integer stars, String comment) {
    }

    record Visit(String on, List<Action> actions, Set<Role> roles, long version) {
    }

    record Action(String action, LocalDate dueOn) {
    }

    private static Object read(Class<?> type, String json) {
        try {
            @SuppressWarnings("unchecked")
            Class<Object> target = (Class<Object>) type;
            return new JsonBodies().readFrom(target, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null,
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InvalidParameter refused(Class<?> type, String json) {
        InvalidParameter refused = assertThrows(InvalidParameter.class, () -> read(type, json), json);
        assertFalse(refused.getMessage().contains("org."), refused::getMessage);
        assertFalse(refused.getMessage().contains("java."), refused::getMessage);
        return refused;
    }

    @Test
    void aWellFormedBodyIsReadAsJsonBWouldReadIt() {
        IntakeRequest intake = (IntakeRequest) read(IntakeRequest.class, """
                {"enterprise": {"name": "江海", "creditCode": "91320684MA1N7Q2K5Q"}, "name": "码头", "investment": 1000.5,
                 "type": "INDUSTRIAL", "landStatus": "HELD", "intakeOn": "2026-03-02", "unknown": [1, 2]}""");

        assertEquals("江海", intake.enterprise().name());
        assertEquals(new BigDecimal("1000.5"), intake.investment());
        assertEquals(LocalDate.parse("2026-03-02"), intake.intakeOn());
        assertNull(intake.officer());
        MatterEvent.Accept accept = (MatterEvent.Accept) read(MatterEvent.class,
                "{\"type\":\"ACCEPT\",\"on\":\"2026-06-02\",\"byAgent\":false,\"version\":3}");
        assertEquals(new MatterEvent.Accept(LocalDate.parse("2026-06-02"), 3L, null, false, null), accept);
        Visit visit = (Visit) read(Visit.class, "{\"actions\":[{\"action\":\"a\",\"dueOn\":\"2026-07-01\"}],\"roles\":[\"ADMIN\"],\"version\":7}");
        assertEquals(Set.of(Role.ADMIN), visit.roles());
        assertEquals(7L, visit.version());
    }

    @Test
    void aDateThatDoesNotExistIsNamedByItsField() {
        InvalidParameter refused = refused(IntakeRequest.class, "{\"intakeOn\": \"2026-02-30\"}");

        assertEquals("intakeOn", refused.parameter());
        assertEquals("intakeOn must be a date of the form YYYY-MM-DD that exists, not '2026-02-30'", refused.getMessage());
        assertEquals("actions[1].dueOn", refused(Visit.class,
                "{\"actions\":[{\"dueOn\":\"2026-07-01\"},{\"dueOn\":\"tomorrow\"}]}").parameter());
    }

    @Test
    void anUnknownNameOfAnEnumerationListsTheAllowedOnesWithoutTheClass() {
        InvalidParameter refused = refused(IntakeRequest.class, "{\"type\": \"SPACESHIP\"}");

        assertEquals("type", refused.parameter());
        assertEquals("type must be one of [INDUSTRIAL, PUBLIC_BUILDING, COMMERCIAL_RESIDENTIAL, INFRASTRUCTURE],"
                + " not 'SPACESHIP'", refused.getMessage());
        assertEquals("roles[0]", refused(Visit.class, "{\"roles\":[\"KING\"]}").parameter());
        InvalidParameter step = refused(MatterEvent.class, "{\"type\":\"LAUNCH\",\"on\":\"2026-06-02\"}");
        assertEquals("type", step.parameter());
        assertEquals(true, step.getMessage().contains("ACCEPT, START_REVIEW"), step::getMessage);
    }

    @Test
    void aFractionOrAnOverflowWhereAWholeNumberBelongsIsRefusedNotRounded() {
        assertEquals("stars must be a whole number, not 2.5", refused(Rating.class, "{\"stars\": 2.5}").getMessage());
        assertEquals("stars", refused(Rating.class, "{\"stars\": 99999999999}").parameter());
        assertEquals("stars", refused(Rating.class, "{\"stars\": 1e300}").parameter());
        assertEquals("version", refused(Visit.class, "{\"version\": 1e300}").parameter());
        assertEquals(3, ((Rating) read(Rating.class, "{\"stars\": 3}")).stars());
    }

    @Test
    void aValueOfTheWrongKindIsNamed() {
        assertEquals("stars must be a number", refused(Rating.class, "{\"stars\": \"abc\"}").getMessage());
        assertEquals("enterprise", refused(IntakeRequest.class, "{\"enterprise\": 5}").parameter());
        assertEquals("actions", refused(Visit.class, "{\"actions\": \"x\"}").parameter());
        assertEquals("type", refused(IntakeRequest.class, "{\"type\": 3}").parameter());
        assertEquals("body", refused(Rating.class, "{bad").parameter());
        assertEquals("body", refused(Rating.class, "[1]").parameter());
    }
}
