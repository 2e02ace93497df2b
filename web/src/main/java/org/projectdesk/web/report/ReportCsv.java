package org.projectdesk.web.report;

import java.util.Locale;
import org.projectdesk.report.control.WeeklyFigures;
import org.projectdesk.shared.control.CsvWriter;

/** The report as CSV for a spreadsheet (UTF-8 with a byte-order mark, for Excel): the title, then one block per table. */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static byte[] of(WeeklyFigures figures, Locale locale) {
        ReportTables tables = new ReportTables(locale);
        return CsvWriter.write(csv -> {
            csv.record(tables.title(figures));
            for (ReportTables.Table table : tables.tables(figures)) {
                csv.blankLine();
                csv.record(table.title());
                csv.record(table.header());
                table.rows().forEach(csv::record);
            }
        });
    }
}
