package org.projectdesk.project.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.projectdesk.project.entity.Town;
import org.projectdesk.project.entity.TownKind;
import org.projectdesk.shared.control.ImportProblem;

class TownFileTest {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyProblemIsReportedByLineAndColumnAndNothingIsTaken() {
        TownFile file = TownFile.read(csv("""
                code,name,name_en,kind,active
                CLZ,常乐镇,Changle Town,TOWN,true
                clz,常乐镇,Changle,TOWN,true
                1AB,某镇,Some Town,TOWN,
                YLZ,,Yuelai Town,VILLAGE,maybe
                """), Set.of("CLZ", "HMKFQ"));

        assertFalse(file.isValid());
        assertEquals(List.of(), file.entries(), "a file with a problem gives no town");
        assertEquals(List.of(
                        ImportProblem.of(1, "code", "town.import.missing", "HMKFQ"),
                        ImportProblem.of(3, "code", "import.duplicate", "CLZ", 2L),
                        ImportProblem.of(4, "code", "town.code.format", "1AB"),
                        ImportProblem.of(5, "name", "import.required"),
                        ImportProblem.of(5, "kind", "import.oneOf", "VILLAGE", "TOWN, STREET, DEVELOPMENT_ZONE"),
                        ImportProblem.of(5, "active", "import.notBoolean", "maybe")),
                file.problems());
    }

    @Test
    void aNameLongerThanItsColumnIsAProblemOfItsLine() {
        TownFile file = TownFile.read(csv("code,name,name_en,kind\nCLZ," + "镇".repeat(61) + ",Changle,TOWN\n"), Set.of());
        assertEquals(1, file.problems().size());
        assertEquals(2, file.problems().get(0).line());
        assertEquals("name", file.problems().get(0).column());
    }

    @Test
    void whatIsWrittenReadsBackTheSameFormulaSafe() {
        Town zone = new Town("HMKFQ", "海门经济技术开发区", "=HYPERLINK(\"x\")", TownKind.DEVELOPMENT_ZONE, 1);
        Town old = new Town("OLDZ", "旧镇", "Old Town", TownKind.TOWN, 2);
        old.deactivate();
        byte[] written = TownFile.write(List.of(zone, old));

        assertTrue(new String(written, StandardCharsets.UTF_8).contains("'=HYPERLINK"), "a formula is not run by a spreadsheet");
        TownFile read = TownFile.read(written, Set.of("HMKFQ", "OLDZ"));
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(new TownFile.Entry(2, "HMKFQ", "海门经济技术开发区", "=HYPERLINK(\"x\")", TownKind.DEVELOPMENT_ZONE, true),
                new TownFile.Entry(3, "OLDZ", "旧镇", "Old Town", TownKind.TOWN, false)), read.entries());
    }

    @Test
    void theShippedFileIsValidAndKindsTheTwelveTowns() {
        TownFile shipped = TownFile.read(org.projectdesk.shared.control.ShippedFiles.read("config/catalogue/towns.csv"), Set.of());
        assertEquals(List.of(), shipped.problems());
        assertEquals(12, shipped.entries().size());
        assertEquals(3, shipped.entries().stream().filter(e -> e.kind() == TownKind.DEVELOPMENT_ZONE).count());
        assertEquals(3, shipped.entries().stream().filter(e -> e.kind() == TownKind.STREET).count());
        assertEquals(6, shipped.entries().stream().filter(e -> e.kind() == TownKind.TOWN).count());
    }
}
