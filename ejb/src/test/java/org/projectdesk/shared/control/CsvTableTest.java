package org.projectdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file the CSV reader cannot read is a problem of the file, reported as such, never a failure of the import. */
class CsvTableTest {

    @Test
    void aQuoteNeverClosedIsAnUnreadableFileNotAFailure() {
        CsvTable table = CsvTable.read("code,name\nA-01,\"甲\nA-02,乙\n".getBytes(StandardCharsets.UTF_8), List.of("code", "name"), List.of());

        assertEquals(List.of(), table.rows());
        assertEquals(1, table.problems().size(), table.problems()::toString);
        ImportProblem problem = table.problems().get(0);
        assertEquals("import.unreadable", problem.key());
        assertFalse(problem.toString().contains("java."), problem::toString);
    }
}
