package org.projectdesk.web.report;

import java.util.Locale;
import org.projectdesk.report.control.WeeklyFigures;
import org.projectdesk.shared.control.CsvWriter;

/**
 * The report as CSV for a spreadsheet (UTF-8 with a byte-order mark, for Excel): the title; then, as the page and the
 * PDF open with it, the paragraph a leader reads first ({@link ReportBrief}) under its heading, in one cell; then one
 * block per table. Every cell passes through {@link CsvWriter}, which keeps a cell that would start a formula text.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static byte[] of(WeeklyFigures figures, Locale locale) {
        ReportTables tables = new ReportTables(locale);
        return CsvWriter.write(csv -> {
            csv.record(tables.title(figures));
            csv.blankLine();
            csv.record(tables.briefTitle());
            csv.record(new ReportBrief(locale).of(figures));
            for (ReportTables.Table table : tables.tables(figures)) {
                csv.blankLine();
                csv.record(table.title());
                csv.record(table.header());
                table.rows().forEach(csv::record);
            }
        });
    }
}
