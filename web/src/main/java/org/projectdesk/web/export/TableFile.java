package org.projectdesk.web.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.projectdesk.shared.control.CsvWriter;
import org.projectdesk.web.api.InvalidParameter;

/**
 * A list downloaded as a spreadsheet, the one way the project list, the board and the caseload export:
 * CSV through {@link CsvWriter} (formula-safe cells, a byte-order mark for Excel) or XLSX written by
 * POI's streaming workbook, which keeps a hundred rows in memory however long the list. XLSX cells are
 * numbers (a {@link Number}) or text, never formulas: a name such as {@code =HYPERLINK(...)} is a string
 * cell and stays text. Both are written straight to the response; at most {@link #MAX_ROWS} rows.
 */
public final class TableFile {

    /** The most rows an export holds; the lists page through their rows up to it. */
    public static final int MAX_ROWS = 100_000;

    private TableFile() {
    }

    /** CSV or XLSX, as {@code format=csv|xlsx} asks. */
    public enum Format {
        CSV("text/csv; charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String fileName(String base) {
            return base + "." + name().toLowerCase(Locale.ROOT);
        }

        /** The format named (not case-sensitive); another name is a bad parameter (400). */
        public static Format of(String name) {
            if (name == null || name.isBlank()) {
                return CSV;
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameter("format", "'" + name + "' must be csv or xlsx");
            }
        }
    }

    /** A table to download: the file's name without its extension, the sheet's, the header and the rows. */
    public record Table(String baseName, String sheetName, List<String> header, Rows rows) {
    }

    /** Writes the rows, each handed to the consumer as its cells (null: an empty cell). */
    @FunctionalInterface
    public interface Rows extends Serializable {
        void write(Consumer<List<?>> row);
    }

    /** The table: the header row, then the rows, as the format writes them; closes {@code out}. */
    public static void write(Format format, String sheetName, List<String> header, Rows rows, OutputStream out) {
        if (format == Format.CSV) {
            CsvWriter.write(out, csv -> {
                csv.record(header);
                rows.write(limited(csv::record));
            });
            return;
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (out) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(sheetName);
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
                top.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, 18 * 256);
            }
            int[] next = {1};
            rows.write(limited(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof BigDecimal number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** The table as a page's download. */
    public static StreamedContent download(Format format, Table table) {
        return DefaultStreamedContent.builder().name(format.fileName(table.baseName())).contentType(format.contentType())
                .writer(out -> write(format, table.sheetName(), table.header(), table.rows(), out)).build();
    }

    /** The table as an API's answer, streamed. */
    public static Response response(Format format, Table table) {
        StreamingOutput body = out -> write(format, table.sheetName(), table.header(), table.rows(), out);
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + format.fileName(table.baseName()) + "\"").build();
    }

    /** The consumer, taking no more than {@link #MAX_ROWS} rows. */
    private static Consumer<List<?>> limited(Consumer<List<?>> row) {
        int[] written = {0};
        return values -> {
            if (written[0]++ < MAX_ROWS) {
                row.accept(values);
            }
        };
    }
}
