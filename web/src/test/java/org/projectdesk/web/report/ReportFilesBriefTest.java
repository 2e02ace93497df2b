package org.projectdesk.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.projectdesk.report.control.WeeklyFigures;

/**
 * The report's CSV and workbook open, as the page and the PDF do, with the paragraph a leader reads first: in
 * the CSV under the title and its heading, in one cell, before the tables; in the workbook on a first sheet of its
 * own, as text; in the reader's language.
 */
class ReportFilesBriefTest {

    private static final WeeklyFigures WEEK = ReportBriefTest.busy();

    @Test
    void theCsvHasTheParagraphUnderTheTitleBeforeTheTables() throws Exception {
        String text = new String(ReportCsv.of(WEEK, Locale.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();

        assertEquals(List.of("重大项目推进周报 2026-W51（2026-12-14至2026-12-20）"), records.get(0).toList());
        assertEquals(List.of("本周概况"), records.get(2).toList());
        assertEquals(List.of(new ReportBrief(Locale.SIMPLIFIED_CHINESE).of(WEEK)), records.get(3).toList());
        assertTrue(records.get(3).get(0).startsWith("本周新受理项目3个，累计受理项目1,041个"), records.get(3).get(0));
        assertEquals(List.of(""), records.get(4).toList(), "a blank line, then the tables");
        assertEquals(new ReportTables(Locale.SIMPLIFIED_CHINESE).tables(WEEK).get(0).title(), records.get(5).get(0));
    }

    @Test
    void theWorkbookOpensOnASheetWithTheTitleAndTheParagraph() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.of(WEEK, Locale.ENGLISH)))) {
            Sheet first = workbook.getSheetAt(0);
            assertEquals("The week in brief", first.getSheetName());
            assertEquals(0, workbook.getActiveSheetIndex());
            assertEquals("Weekly progress report 2026-W51 (2026-12-14 – 2026-12-20)", first.getRow(0).getCell(0).getStringCellValue());
            Cell paragraph = first.getRow(2).getCell(0);
            assertEquals(CellType.STRING, paragraph.getCellType(), "text, never a formula");
            assertEquals("3 new projects taken in this week, 1,041 in all with a total investment of 123.45 billion yuan; "
                    + "41 projects in approval, 12 under construction, 6 in the green channel; 57 matters approved this week; "
                    + "4 red matters (2 fewer than last week), 1 yellow matter (1 more than last week); "
                    + "2 problems raised for coordination, 1 resolved; joint completion acceptance: 2 applied, 1 passed; "
                    + "3 projects referred by the towns.", paragraph.getStringCellValue());
            assertTrue(paragraph.getCellStyle().getWrapText());
            assertEquals(new ReportTables(Locale.ENGLISH).tables(WEEK).size() + 1, workbook.getNumberOfSheets(),
                    "then a sheet per table");
        }
    }
}
