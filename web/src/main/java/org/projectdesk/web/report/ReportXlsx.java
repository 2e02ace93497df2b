package org.projectdesk.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.projectdesk.report.control.WeeklyFigures;

/** The report as an Excel workbook: one sheet per table, numbers as numbers, headers in bold. */
public final class ReportXlsx {

    private ReportXlsx() {
    }

    public static byte[] of(WeeklyFigures figures, Locale locale) {
        ReportTables tables = new ReportTables(locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportTables.Table table : tables.tables(figures)) {
                Sheet sheet = workbook.createSheet(table.title());
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue(tables.title(figures));
                Row header = sheet.createRow(1);
                for (int c = 0; c < table.header().size(); c++) {
                    header.createCell(c).setCellValue(table.header().get(c));
                    header.getCell(c).setCellStyle(bold);
                }
                int r = 2;
                for (var values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        String value = values.get(c);
                        if (value.matches("[+-]?\\d+(\\.\\d+)?") && c > 0) {
                            row.createCell(c).setCellValue(Double.parseDouble(value));
                        } else {
                            row.createCell(c).setCellValue(value);
                        }
                    }
                }
                for (int c = 0; c < table.header().size(); c++) {
                    sheet.setColumnWidth(c, c == 1 || c == 0 ? 40 * 256 : 14 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
