package org.projectdesk.shared.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file the one way every import does: strictly UTF-8 (a GBK file from Excel
 * is refused with the line of its first bad byte, not read as mojibake), a UTF-8 byte-order mark
 * accepted, the header compared with the expected columns (missing and unknown ones named), and
 * every data row kept with its line number for the problems found later. A cell that {@link CsvWriter}
 * wrote with an apostrophe before it to keep a spreadsheet from running it as a formula reads back as it
 * was: one apostrophe is taken off a cell that begins with one followed by {@code = + - @}, a tab, a
 * carriage return or another apostrophe. A quote that is not closed, or a closing quote followed by
 * more text, makes the whole file unreadable, reported on the line where that value begins.
 */
public final class CsvTable {

    /** A data row: its line in the file and its values by column name. */
    public record Row(long line, Map<String, String> values) {

        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    private final List<Row> rows;
    private final List<ImportProblem> problems;

    private CsvTable(List<Row> rows, List<ImportProblem> problems) {
        this.rows = rows;
        this.problems = problems;
    }

    public static CsvTable read(byte[] content, List<String> required, List<String> optional) {
        List<ImportProblem> problems = new ArrayList<>();
        String text = decodeUtf8(content, problems);
        if (text == null) {
            return new CsvTable(List.of(), problems);
        }
        if (text.isBlank()) {
            problems.add(ImportProblem.of(1, null, "import.empty"));
            return new CsvTable(List.of(), problems);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : required) {
                if (!header.contains(column)) {
                    problems.add(ImportProblem.of(1, column, "import.column.missing", column));
                }
            }
            for (String column : header) {
                if (!required.contains(column) && !optional.contains(column)) {
                    problems.add(ImportProblem.of(1, column.isEmpty() ? null : column, "import.column.unknown", column));
                }
            }
            if (!problems.isEmpty()) {
                // With the columns wrong, every row would only repeat the same problem.
                return new CsvTable(List.of(), problems);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    problems.add(ImportProblem.of(line, null, "import.fieldCount", record.size(), header.size()));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : header) {
                    values.put(column, unneutralised(record.get(column)));
                }
                rows.add(new Row(line, values));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            long badQuote = lineOfBadQuote(text);
            problems.add(badQuote > 0 ? ImportProblem.of(badQuote, null, "import.quote")
                    : ImportProblem.of(1, null, "import.unreadable", e.getMessage()));
            return new CsvTable(List.of(), problems);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.of(1, null, "import.noRows"));
        }
        return new CsvTable(rows, problems);
    }

    /** A cell as it was before {@link CsvWriter} put an apostrophe before it. */
    static String unneutralised(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == CsvWriter.APOSTROPHE
                && CsvWriter.startsFormula(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    /**
     * The line on which the first badly quoted value begins (RFC 4180 as Commons CSV reads it: a quote
     * opens a value only as its first character; inside, two quotes stand for one; after the closing
     * quote only spaces may come before the comma or the line's end), or 0 when every quote is in order.
     */
    static long lineOfBadQuote(String text) {
        long line = 1;
        long opened = 0;
        boolean quoted = false;
        boolean valueStarts = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    int next = i + 1;
                    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                        next++;
                    }
                    if (next < text.length() && ",\r\n".indexOf(text.charAt(next)) < 0) {
                        return opened;
                    }
                } else if (c == '\n') {
                    line++;
                }
                continue;
            }
            if (c == '"' && valueStarts) {
                quoted = true;
                opened = line;
            }
            if (c == '\n') {
                line++;
            }
            valueStarts = c == ',' || c == '\n' || c == '\r';
        }
        return quoted ? opened : 0;
    }

    private static String decodeUtf8(byte[] content, List<ImportProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(ImportProblem.of(lineOfFirstBadByte(content), null, "import.notUtf8"));
            return null;
        }
    }

    private static long lineOfFirstBadByte(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        decoder.decode(in, out, true);
        long line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
