package org.projectdesk.web.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.projectdesk.report.control.WeeklyFigures;
import org.projectdesk.web.shell.PdfDocuments;

/**
 * The report as a print layout a leader hands out: A4 landscape, the title, the paragraph a leader reads
 * first ({@link ReportBrief}), the page's two charts side by side drawn as vector graphics ({@link PdfBarChart}),
 * then each table with a shaded header; printed as every office document is ({@link PdfDocuments}), each page
 * numbered ({@link PdfDocuments#numberPages}).
 */
public final class ReportPdf {

    private ReportPdf() {
    }

    public static byte[] of(WeeklyFigures figures, Locale locale) {
        ReportTables tables = new ReportTables(locale);
        ReportCharts charts = new ReportCharts(locale);
        byte[] pdf = PdfDocuments.write(PageSize.A4.rotate(), 36, tables.title(figures), (document, fonts) -> {
            Font title = fonts.bold(16);
            Font heading = fonts.bold(11);
            Font body = fonts.regular(9);
            Paragraph head = new Paragraph(tables.title(figures), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(10);
            document.add(head);
            Paragraph brief = new Paragraph(16, PdfDocuments.text(new ReportBrief(locale).of(figures)), fonts.regular(10.5f));
            brief.setFirstLineIndent(locale.getLanguage().equals("zh") ? 21 : 0);
            brief.setSpacingAfter(6);
            document.add(brief);
            document.add(charts(List.of(charts.lights(figures), charts.compression(figures)), heading,
                    body.getBaseFont(), locale));
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
        return PdfDocuments.numberPages(pdf, ResourceBundle.getBundle(ReportTables.BUNDLE, locale));
    }

    /** The charts side by side, each under its title, all as tall as the tallest. */
    private static PdfPTable charts(List<ReportCharts.Chart> charts, Font heading, BaseFont font, Locale locale) {
        PdfPTable row = new PdfPTable(charts.size());
        row.setWidthPercentage(100);
        row.setSpacingBefore(4);
        List<PdfBarChart> drawn = charts.stream().map(c -> chart(c, font, locale)).toList();
        float height = (float) drawn.stream().mapToDouble(PdfBarChart::height).max().orElse(0);
        for (ReportCharts.Chart chart : charts) {
            PdfPCell title = PdfDocuments.cell(chart.title(), heading, 3);
            title.setBorder(Rectangle.NO_BORDER);
            row.addCell(title);
        }
        for (PdfBarChart chart : drawn) {
            row.addCell(chart.cell(height));
        }
        return row;
    }

    /** A chart's bars: each label's value of every series stacked, a value the report has none of written as a dash. */
    private static PdfBarChart chart(ReportCharts.Chart chart, BaseFont font, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        List<PdfBarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < chart.labels().size(); i++) {
            List<PdfBarChart.Segment> segments = new ArrayList<>();
            for (ReportCharts.Series series : chart.series()) {
                Double value = series.values().get(i);
                segments.add(new PdfBarChart.Segment(value == null ? 0 : value, value == null ? "—" : number.format(value),
                        Color.decode(series.color(i))));
            }
            bars.add(new PdfBarChart.Bar(chart.labels().get(i), segments));
        }
        List<PdfBarChart.Key> legend = chart.series().size() < 2 ? List.of()
                : chart.series().stream().map(s -> new PdfBarChart.Key(s.name(), Color.decode(s.color(0)))).toList();
        return new PdfBarChart(font, bars, legend, chart.unit());
    }
}
