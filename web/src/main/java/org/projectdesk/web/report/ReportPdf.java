package org.projectdesk.web.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.Locale;
import org.projectdesk.report.control.WeeklyFigures;
import org.projectdesk.web.shell.PdfDocuments;

/**
 * The report as a print layout a leader hands out: A4 landscape, the title, then each table with a
 * shaded header; printed as every office document is ({@link PdfDocuments}).
 */
public final class ReportPdf {

    private ReportPdf() {
    }

    public static byte[] of(WeeklyFigures figures, Locale locale) {
        ReportTables tables = new ReportTables(locale);
        return PdfDocuments.write(PageSize.A4.rotate(), 36, tables.title(figures), (document, fonts) -> {
            Font title = fonts.bold(16);
            Font heading = fonts.bold(11);
            Font body = fonts.regular(9);
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
                    PdfPCell cell = PdfDocuments.cell(column, heading, 3);
                    cell.setBackgroundColor(new Color(0xE5, 0xE7, 0xEB));
                    grid.addCell(cell);
                }
                for (var row : table.rows()) {
                    for (String value : row) {
                        grid.addCell(PdfDocuments.cell(value, body, 3));
                    }
                }
                if (table.rows().isEmpty()) {
                    PdfPCell none = PdfDocuments.cell("—", body, 3);
                    none.setColspan(table.header().size());
                    grid.addCell(none);
                }
                document.add(grid);
            }
        });
    }
}
