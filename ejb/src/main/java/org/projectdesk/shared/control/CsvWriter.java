package org.projectdesk.shared.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV file the one way every export does (the ledger, the catalogue, the weekly report):
 * UTF-8 with a byte-order mark, so that Excel shows the Chinese text, and RFC 4180 (CRLF, quotes only
 * where a value needs them). What {@link CsvTable} reads back. Every cell passes through one place,
 * {@code cell}, on its way into the file.
 */
public final class CsvWriter {

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A file of a header line and the records {@code records} writes. */
    public static byte[] write(List<String> header, Consumer<CsvWriter> records) {
        return write(csv -> {
            csv.record(header);
            records.accept(csv);
        });
    }

    /** A file of what {@code content} writes: records, and blank lines between blocks. */
    public static byte[] write(Consumer<CsvWriter> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            content.accept(new CsvWriter(printer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One record; a null value is an empty cell. */
    public void record(Object... values) {
        record(Arrays.asList(values));
    }

    /** One record; a null value is an empty cell. */
    public void record(Iterable<?> values) {
        List<Object> cells = new ArrayList<>();
        values.forEach(v -> cells.add(cell(v)));
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty line, between two blocks of records. */
    public void blankLine() {
        try {
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text a value stands as in the file: its {@code toString()}; null stays null, which
     * Commons CSV writes as nothing (where an empty text at the start of a line is written {@code ""}).
     */
    private static String cell(Object value) {
        return value == null ? null : value.toString();
    }
}
