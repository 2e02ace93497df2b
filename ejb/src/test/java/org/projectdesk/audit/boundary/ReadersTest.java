package org.projectdesk.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
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

    /** The migration gave the entries written before it the readers the boundaries declare; they must still agree. */
    @Test
    void theMigrationsBackfillMatchesTheBoundariesDeclarations() throws IOException {
        String migration;
        try (InputStream in = ReadersTest.class.getResourceAsStream("/db/migration/common/V17__history_readers.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Readers source : List.of(Readers.readersOf(Complaints.class, "ofProject"), Readers.readersOf(Ratings.class, "of"),
                Readers.readersOf(MaterialUploads.class, "ofProject"), Readers.readersOf(Problems.class, "forProject"),
                Readers.readersOf(Visits.class, "list"), Readers.readersOf(Meetings.class, "forProject"))) {
            assertTrue(migration.contains("readers = '" + source.storedRoles() + "'"), source.storedRoles());
        }
    }
}
