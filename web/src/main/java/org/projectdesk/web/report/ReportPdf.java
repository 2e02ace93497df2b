package org.projectdesk.web.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.projectdesk.report.control.WeeklyFigures;

/**
 * The report as a print layout a leader hands out: A4 landscape, the title, then each table with a
 * shaded header. Chinese in the Adobe STSong font PDF readers carry, as the one-time notification.
 */
public final class ReportPdf {

    private ReportPdf() {
    }

    public static byte[] of(WeeklyFigures figures, Locale locale) {
        ReportTables tables = new ReportTables(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(song, 16, Font.BOLD);
            Font heading = new Font(song, 11, Font.BOLD);
            Font body = new Font(song, 9);
            PdfWriter.getInstance(document, out);
            document.addTitle(tables.title(figures));
            document.open();
            Paragraph head = new Paragraph(tables.title(figures), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(10);
            document.add(head);
            for (ReportTables.Table table : tables.tables(figures)) {
                Paragraph name = new Paragraph(table.title(), heading);
                name.setSpacingBefore(8);
                name.setSpacingAfter(4);
                document.add(name);
                PdfPTable grid = new PdfPTable(table.header().size());
                grid.setWidthPercentage(100);
                grid.setHeaderRows(1);
                for (String column : table.header()) {
                    PdfPCell cell = new PdfPCell(new Phrase(column, heading));
                    cell.setBackgroundColor(new Color(0xE5, 0xE7, 0xEB));
                    cell.setPadding(3);
                    grid.addCell(cell);
                }
                for (var row : table.rows()) {
                    for (String value : row) {
                        PdfPCell cell = new PdfPCell(new Phrase(value, body));
                        cell.setPadding(3);
                        grid.addCell(cell);
                    }
                }
                if (table.rows().isEmpty()) {
                    PdfPCell none = new PdfPCell(new Phrase("—", body));
                    none.setColspan(table.header().size());
                    grid.addCell(none);
                }
                document.add(grid);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The report " + figures.week() + " could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }
}
