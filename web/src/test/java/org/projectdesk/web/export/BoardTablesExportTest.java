package org.projectdesk.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.projectdesk.supervision.boundary.Board;

/**
 * The board's department and town tables as the reader downloads them: the headings and a row word for word
 * in both languages, numbers as numbers in the workbook, the period in the file's name, the city's total last,
 * and a name that would be a formula written as text in the CSV.
 */
class BoardTablesExportTest {

    private static final Board BOARD = new Board(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-28"), 40, 3, 2, 1,
            List.of(new Board.DepartmentRow("LAND", "国土资源局", "Land Resources Bureau", 5, 2, 1, 8, 7, 0.875, 3,
                            new BigDecimal("4.5"), 1),
                    new Board.DepartmentRow("CAD", "人民防空办公室", "Civil Air Defence Office", 0, 0, 0, 0, 0, null, 0,
                            BigDecimal.ZERO, 0)),
            List.of(new Board.TownRow("HMKFQ", "海门经济技术开发区", "Haimen Economic and Technological Development Zone", 12,
                            new BigDecimal("56.30"), 4, 6, 2, 1),
                    new Board.TownRow("X", "=HYPERLINK(\"http://evil\")", "=HYPERLINK(\"http://evil\")", 1, BigDecimal.ZERO, 0, 0,
                            0, 0)),
            new Board.TownRow(null, null, null, 13, new BigDecimal("56.30"), 4, 6, 2, 1));

    @Test
    void theDepartmentTableInChineseHasTheBoardsHeadingsAndNumbersAsNumbers() throws Exception {
        TableFile.Table table = new ListExports(Locale.SIMPLIFIED_CHINESE).departments(BOARD);

        assertEquals("board-departments-2026-12-01-2026-12-28.xlsx", TableFile.Format.XLSX.fileName(table.baseName()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(table)))) {
            Sheet sheet = workbook.getSheet("各部门效能");
            assertEquals(List.of("部门", "在办", "黄灯", "红灯", "期间办结", "按时办结率（%）", "延时/加班（次）", "延时/加班（小时）", "超期难题"),
                    cells(sheet.getRow(0)));
            assertEquals(List.of("国土资源局", 5.0, 2.0, 1.0, 8.0, 87.5, 3.0, 4.5, 1.0), cells(sheet.getRow(1)));
            assertEquals(List.of("人民防空办公室", 0.0, 0.0, 0.0, 0.0, "", 0.0, 0.0, 0.0), cells(sheet.getRow(2)),
                    "no rate where nothing was decided");
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void theTownTableInEnglishAsCsvEndsWithTheCityAndKeepsAFormulaAsText() throws Exception {
        TableFile.Table table = new ListExports(Locale.ENGLISH).towns(BOARD);

        List<CSVRecord> records = csv(table);
        assertEquals(List.of("Town", "Projects", "Investment (100 million yuan)", "In approval", "Started", "Red", "Referrals"),
                records.get(0).toList());
        assertEquals(List.of("Haimen Economic and Technological Development Zone", "12", "56.30", "4", "6", "2", "1"),
                records.get(1).toList());
        assertEquals("'=HYPERLINK(\"http://evil\")", records.get(2).get(0), "a name that would run as a formula stays text");
        assertEquals(List.of("City total", "13", "56.30", "4", "6", "2", "1"), records.get(3).toList());
        assertEquals(4, records.size());
        assertEquals("board-towns-2026-12-01-2026-12-28.csv", TableFile.Format.CSV.fileName(table.baseName()));
    }

    @Test
    void theTownTableInChineseNamesTheTownsAndTheCity() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(new ListExports(Locale.SIMPLIFIED_CHINESE)
                .towns(BOARD))))) {
            Sheet sheet = workbook.getSheet("各区镇（今日）");
            assertEquals(List.of("区镇", "在册项目", "投资（亿元）", "审批中", "已开工", "红灯", "推荐项目"), cells(sheet.getRow(0)));
            assertEquals(List.of("海门经济技术开发区", 12.0, 56.3, 4.0, 6.0, 2.0, 1.0), cells(sheet.getRow(1)));
            assertEquals(List.of("全市合计", 13.0, 56.3, 4.0, 6.0, 2.0, 1.0), cells(sheet.getRow(3)));
        }
    }

    private static byte[] xlsx(TableFile.Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFile.write(TableFile.Format.XLSX, table.sheetName(), table.header(), table.rows(), out);
        return out.toByteArray();
    }

    private static List<CSVRecord> csv(TableFile.Table table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFile.write(TableFile.Format.CSV, table.sheetName(), table.header(), table.rows(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "a byte-order mark, for Excel");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    /** The row's cells as text or number, an empty cell as "". */
    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                    : cell.getStringCellValue());
        }
        return cells;
    }
}
