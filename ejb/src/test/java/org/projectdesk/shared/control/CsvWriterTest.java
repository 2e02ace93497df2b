package org.projectdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes every export writes, to the byte: the ledger's, the catalogue's and the weekly report's layouts. */
class CsvWriterTest {

    private static final String BOM = "\uFEFF";

    private static String text(byte[] written) {
        return new String(written, StandardCharsets.UTF_8);
    }

    @Test
    void aHeaderAndRecordsInUtf8WithAByteOrderMarkAndCrlf() {
        byte[] written = CsvWriter.write(List.of("fileNo", "intakeOn", "count"),
                csv -> csv.record("XF-2026-0001", LocalDate.of(2026, 12, 28), 3));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(written, 3));
        assertEquals(BOM + "fileNo,intakeOn,count\r\nXF-2026-0001,2026-12-28,3\r\n", text(written));
    }

    @Test
    void quotesOnlyWhatNeedsQuotesAsRfc4180Says() {
        byte[] written = CsvWriter.write(csv -> csv.record("中天智能装备产业园", "a,b", "他说\"好\"", "两行\n文字", " 空格 "));

        assertEquals(BOM + "中天智能装备产业园,\"a,b\",\"他说\"\"好\"\"\",\"两行\n文字\",\" 空格 \"\r\n", text(written));
    }

    @Test
    void aNullIsAnEmptyCellAndAnEmptyTextOpeningALineIsQuoted() {
        byte[] written = CsvWriter.write(csv -> {
            csv.record("XF-2026-0002", null, "");
            csv.record(null, "x");
            csv.record("", "x");
        });

        assertEquals(BOM + "XF-2026-0002,,\r\n,x\r\n\"\",x\r\n", text(written));
    }

    @Test
    void blocksStandApartByABlankLineAsTheWeeklyReportHasThem() {
        byte[] written = CsvWriter.write(csv -> {
            csv.record("第52周");
            csv.blankLine();
            csv.record("汇总");
            csv.record(List.of("项目", "本周"));
            List.of(List.of("新受理", "2")).forEach(csv::record);
        });

        assertEquals(BOM + "第52周\r\n\r\n汇总\r\n项目,本周\r\n新受理,2\r\n", text(written));
    }

    @Test
    void whatItWritesReadsBackThroughTheOneReader() {
        byte[] written = CsvWriter.write(List.of("code", "name"), csv -> csv.record("LAND-01", "国有建设用地使用权出让, \"挂牌\""));

        CsvTable table = CsvTable.read(written, List.of("code", "name"), List.of());

        assertEquals(List.of(), table.problems());
        assertEquals("国有建设用地使用权出让, \"挂牌\"", table.rows().get(0).get("name"));
    }

    @Test
    void aCellThatWouldStartAFormulaIsWrittenAsTextWithAnApostropheAsOwaspSays() {
        byte[] written = CsvWriter.write(csv -> csv.record("=HYPERLINK(\"http://x\",\"点\")", "+1+1", "-1+cmd|' /C calc'!A0",
                "@SUM(A1)", "\tTAB", "\rCR", "'quoted"));

        // The cells with a quote or a carriage return are quoted as RFC 4180 wants; the apostrophe goes inside the quotes.
        assertEquals(BOM + "\"'=HYPERLINK(\"\"http://x\"\",\"\"点\"\")\",'+1+1,'-1+cmd|' /C calc'!A0,'@SUM(A1),'\tTAB,\"'\rCR\","
                + "''quoted\r\n", text(written));
    }

    @Test
    void plainNumbersDatesAndOrdinaryTextStayAsTheyAre() {
        byte[] written = CsvWriter.write(csv -> csv.record("-3", "+2", "-0.5", "0", LocalDate.of(2026, 12, 28), "海门-通州",
                "a=b", "—", "-", "--"));

        assertEquals(BOM + "-3,+2,-0.5,0,2026-12-28,海门-通州,a=b,—,'-,'--\r\n", text(written));
    }
}
