package org.projectdesk.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.projectdesk.report.control.WeeklyFigures;

/**
 * The report as an Excel workbook: first a sheet with the title and the paragraph a leader reads first
 * ({@link ReportBrief}), as the page and the PDF open with it; then one sheet per table, numbers as numbers, headers
 * in bold. Every text is a string cell, never a formula.
 */
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
            brief(workbook, bold, tables, figures, locale);
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
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters of the widest kind (a Chinese one takes two) that the paragraph's column holds on a line. */
    private static final int BRIEF_WIDTH = 100;

    /** The first sheet: the title in bold, the paragraph below it in one wrapped cell, its row as high as its lines. */
    private static void brief(XSSFWorkbook workbook, CellStyle bold, ReportTables tables, WeeklyFigures figures, Locale locale) {
        Sheet sheet = workbook.createSheet(tables.briefTitle());
        sheet.setColumnWidth(0, BRIEF_WIDTH * 256);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(tables.title(figures));
        title.getCell(0).setCellStyle(bold);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        String paragraph = new ReportBrief(locale).of(figures);
        Row text = sheet.createRow(2);
        text.createCell(0).setCellValue(paragraph);
        text.getCell(0).setCellStyle(wrapped);
        int width = paragraph.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
        text.setHeightInPoints((width / BRIEF_WIDTH + 1) * sheet.getDefaultRowHeightInPoints());
    }
}
