package org.projectdesk.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.projectdesk.report.control.WeeklyFigures;

/** The report as CSV for a spreadsheet: UTF-8 with a byte-order mark (Excel), one block per table. */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static byte[] of(WeeklyFigures figures, Locale locale) {
        ReportTables tables = new ReportTables(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            csv.printRecord(tables.title(figures));
            for (ReportTables.Table table : tables.tables(figures)) {
                csv.println();
                csv.printRecord(table.title());
                csv.printRecord(table.header());
                for (var row : table.rows()) {
                    csv.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
