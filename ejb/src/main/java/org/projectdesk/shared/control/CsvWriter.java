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
 *
 * <p>Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula, so a stored name such as
 * {@code =HYPERLINK(...)} would run in the office's Excel. Such a cell is written with a leading
 * apostrophe, which makes it text ({@code '=HYPERLINK(...)}); so is a cell that itself begins with an
 * apostrophe, so that {@link CsvTable} can take exactly one apostrophe off again and every value reads
 * back as written. A plain number ({@code -3}, {@code +2}, {@code -0.5}: the weekly report's changes, a
 * negative count) is not a formula and is written as it is, so the spreadsheet still counts with it.
 * Commons CSV quotes a cell holding a comma, quote or line break, so no value can open a cell of its own.
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
        write(out, content);
        return out.toByteArray();
    }

    /** Streams what {@code content} writes to {@code out} (which it closes), for a file too large to hold whole. */
    public static void write(java.io.OutputStream out, Consumer<CsvWriter> content) {
        try (Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            content.accept(new CsvWriter(printer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
     * The text a value stands as in the file: its {@code toString()}, neutralised as the class says; null
     * stays null, which Commons CSV writes as nothing (where an empty text at the start of a line is
     * written {@code ""}).
     */
    static String cell(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return needsApostrophe(text) ? APOSTROPHE + text : text;
    }

    /** The apostrophe that makes a spreadsheet read the rest of a cell as text. */
    static final char APOSTROPHE = '\'';

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    /** Whether a cell's text would start a formula, or starts with the apostrophe that {@link CsvTable} takes off. */
    static boolean needsApostrophe(String text) {
        return !text.isEmpty() && startsFormula(text.charAt(0)) && !NUMBER.matcher(text).matches();
    }

    static boolean startsFormula(char first) {
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', APOSTROPHE -> true;
            default -> false;
        };
    }
}
