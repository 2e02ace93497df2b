package org.projectdesk.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.projectdesk.coordination.boundary.Problems;
import org.projectdesk.coordination.boundary.Visits;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.portal.boundary.Complaints;
import org.projectdesk.portal.boundary.MaterialUploads;
import org.projectdesk.portal.boundary.Ratings;
import org.projectdesk.security.entity.Role;

class ReadersTest {

    @Test
    void theReadersAreTheRolesTheSourcesReadMethodAllows() {
        assertEquals(EnumSet.of(Role.DIRECTOR, Role.OFFICER, Role.INVESTOR), Readers.readersOf(Complaints.class, "ofProject").roles());
        assertEquals(EnumSet.of(Role.OFFICER, Role.DIRECTOR), Readers.readersOf(Meetings.class, "schedule").roles(),
                "the method's own declaration before the class's");
        assertEquals(EnumSet.of(Role.OFFICER, Role.DIRECTOR, Role.DEPARTMENT, Role.LEADER),
                Readers.readersOf(Meetings.class, "meeting").roles(), "else the class's");
        assertThrows(IllegalArgumentException.class, () -> Readers.readersOf(Complaints.class, "noSuchMethod"));
    }

    @Test
    void readersAreStoredAndReadBackAsTheyWere() {
        Readers readers = Readers.readersOf(Problems.class, "forProject").forDepartments(List.of("LAND", "FIRE"));
        Readers back = Readers.stored(readers.storedRoles(), readers.storedDepartments());
        assertEquals(readers, back);
        assertEquals("FIRE,LAND", readers.storedDepartments());
        assertNull(Readers.EVERYONE.storedRoles());
        assertEquals(Set.of(), Readers.stored("OFFICER", "").departments(), "no department's work");
    }

    /**
     * The migrations gave the entries written before them the readers the boundaries declared (V17,
     * then V27 when TOWN joined the readers of problems, visits and meetings): the last migration that
     * sets a family's readers must still agree with its source's declaration.
     */
    @Test
    void theMigrationsBackfillMatchesTheBoundariesDeclarations() throws IOException {
        List<String> statements = new java.util.ArrayList<>();
        for (String migration : List.of("V17__history_readers.sql", "V27__town_scope.sql")) {
            try (InputStream in = ReadersTest.class.getResourceAsStream("/db/migration/common/" + migration)) {
                statements.addAll(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";")));
            }
        }
        Map<String, Readers> families = new LinkedHashMap<>();
        families.put("'COMPLAINT_FILED'", Readers.readersOf(Complaints.class, "ofProject"));
        families.put("'RATED'", Readers.readersOf(Ratings.class, "of"));
        families.put("'MATERIAL_UPLOADED'", Readers.readersOf(MaterialUploads.class, "ofProject"));
        families.put("'PROBLEM\\_%'", Readers.readersOf(Problems.class, "forProject"));
        families.put("'VISIT\\_%'", Readers.readersOf(Visits.class, "list"));
        families.put("'MEETING\\_%'", Readers.readersOf(Meetings.class, "forProject"));
        families.forEach((family, source) -> {
            String last = statements.stream().filter(s -> s.contains(family) && s.contains("SET readers = '"))
                    .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no migration sets " + family));
            String set = last.substring(last.indexOf("SET readers = '") + "SET readers = '".length());
            assertEquals(source.storedRoles(), set.substring(0, set.indexOf('\'')), family);
        });
        assertTrue(Readers.readersOf(Problems.class, "forProject").roles().contains(Role.TOWN), "not vacuous: TOWN reads problems");
    }
}
