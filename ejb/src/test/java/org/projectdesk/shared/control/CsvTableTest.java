package org.projectdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one reader of imported CSV: formula cells read back as exported, and broken quotes reported by line. */
class CsvTableTest {

    private static final List<String> COLUMNS = List.of("code", "name");

    private static CsvTable read(String text) {
        return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), COLUMNS, List.of());
    }

    @Test
    void everyValueTheWriterNeutralisedReadsBackAsItWas() {
        List<String> values = List.of("=HYPERLINK(\"http://x\",\"点\")", "+1+1", "-1+cmd|' /C calc'!A0", "@SUM(A1)",
                "'quoted", "''", "'", "'=1", "-3", "+2", "-0.5", "-", "海门-通州", "a'b");
        byte[] written = CsvWriter.write(COLUMNS, csv -> values.forEach(v -> csv.record("C", v)));

        CsvTable table = CsvTable.read(written, COLUMNS, List.of());

        assertEquals(List.of(), table.problems());
        assertEquals(values, table.rows().stream().map(r -> r.get("name")).toList());
    }

    @Test
    void anApostropheBeforeOrdinaryTextIsKeptAsTyped() {
        CsvTable table = read("code,name\r\nC,'abc\r\nC,'=SUM(A1)\r\n");

        assertEquals(List.of("'abc", "=SUM(A1)"), table.rows().stream().map(r -> r.get("name")).toList());
    }

    @Test
    void aQuoteNeverClosedIsReportedOnTheLineItOpensAndNothingIsRead() {
        CsvTable table = read("code,name\r\nA,一\r\n\r\nB,\"二\r\nC,三\r\nD,四\r\n");

        assertEquals(List.of(), table.rows());
        assertEquals(List.of(ImportProblem.of(4, null, "import.quote")), table.problems());
        assertEquals("第4行：此行开始的一个带引号的值没有闭合，或结束引号后还有其他文字；值中的引号请写成两个引号（\"\"）",
                "第" + table.problems().get(0).line() + "行：" + table.problems().get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void textAfterAClosingQuoteIsReportedOnItsLine() {
        CsvTable table = read("code,name\r\nA,\"一\r\n二\"\r\nB,\"三\"x\r\n");

        assertEquals(List.of(), table.rows());
        assertEquals(List.of(ImportProblem.of(4, null, "import.quote")), table.problems());
    }

    @Test
    void quotesInOrderAreNoProblem() {
        CsvTable table = read("code,name\r\nA,\"他说\"\"好\"\"\" \r\nB,x\"y\r\n");

        assertEquals(List.of(), table.problems());
        assertEquals(List.of("他说\"好\"", "x\"y"), table.rows().stream().map(r -> r.get("name")).toList());
        assertEquals(0, CsvTable.lineOfBadQuote("a,\"b\"\"c\"\r\n\"d\",e"));
    }
}
