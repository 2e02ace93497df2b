package org.projectdesk.shared.control;

import java.io.IOException;
import java.io.StringReader;
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
 * every data row kept with its line number for the problems found later.
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
                    values.put(column, record.get(column));
                }
                rows.add(new Row(line, values));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(ImportProblem.of(1, null, "import.unreadable", e.getMessage()));
            return new CsvTable(List.of(), problems);
        } catch (java.io.UncheckedIOException e) {
            // What reading the records meets (a quote never closed): the parser's own words, without the exception's class.
            problems.add(ImportProblem.of(1, null, "import.unreadable", e.getCause().getMessage()));
            return new CsvTable(List.of(), problems);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.of(1, null, "import.noRows"));
        }
        return new CsvTable(rows, problems);
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
