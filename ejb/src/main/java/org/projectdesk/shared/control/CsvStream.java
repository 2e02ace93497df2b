package org.projectdesk.shared.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file by the rules of {@link CsvTable}, streamed, for files too large to hold: one
 * pass checks the bytes (UTF-8, quotes, not blank) without keeping them, a second hands each row on as it
 * is parsed. A file the first pass refuses gives only that problem and no rows, as {@link CsvTable} does.
 * The file is read twice, so it comes from a {@link Source} that opens it afresh.
 */
public final class CsvStream {

    private static final int CHUNK = 64 * 1024;

    /** The file, opened afresh for each pass. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** Receives the rows and the problems in the order of the file. */
    public interface Receiver {
        void row(CsvTable.Row row);

        void problem(ImportProblem problem);
    }

    private CsvStream() {
    }

    public static void read(Source source, List<String> required, List<String> optional, Receiver receiver) {
        try {
            parse(source, required, optional, receiver);
        } catch (ReceiverFailed e) {
            throw (RuntimeException) e.getCause();
        }
    }

    /** What the receiver threw, carried past the parser's own failures unchanged. */
    private static final class ReceiverFailed extends RuntimeException {
        ReceiverFailed(RuntimeException cause) {
            super(cause);
        }
    }

    private static void hand(Runnable handing) {
        try {
            handing.run();
        } catch (RuntimeException e) {
            throw new ReceiverFailed(e);
        }
    }

    private static void parse(Source source, List<String> required, List<String> optional, Receiver receiver) {
        ImportProblem refused = checkBytes(source);
        if (refused != null) {
            receiver.problem(refused);
            return;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(true).get();
        long rows = 0;
        long refusedRows = 0;
        try (InputStream in = withoutByteOrderMark(source.open());
                CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            List<String> header = parser.getHeaderNames();
            boolean columnsWrong = false;
            for (String column : required) {
                if (!header.contains(column)) {
                    hand(() -> receiver.problem(ImportProblem.of(1, column, "import.column.missing", column)));
                    columnsWrong = true;
                }
            }
            for (String column : header) {
                if (!required.contains(column) && !optional.contains(column)) {
                    hand(() -> receiver.problem(ImportProblem.of(1, column.isEmpty() ? null : column, "import.column.unknown", column)));
                    columnsWrong = true;
                }
            }
            if (columnsWrong) {
                // With the columns wrong, every row would only repeat the same problem.
                return;
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    refusedRows++;
                    hand(() -> receiver.problem(ImportProblem.of(line, null, "import.fieldCount", record.size(), header.size())));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : header) {
                    values.put(column, CsvTable.unneutralised(record.get(column)));
                }
                rows++;
                hand(() -> receiver.row(new CsvTable.Row(line, values)));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            receiver.problem(ImportProblem.of(1, null, "import.unreadable", e.getMessage()));
            return;
        }
        if (rows == 0 && refusedRows == 0) {
            receiver.problem(ImportProblem.of(1, null, "import.noRows"));
        }
    }

    /**
     * The first pass: the problem that makes the whole file unreadable (not UTF-8, a badly quoted value, nothing in
     * it), on the line {@link CsvTable} names, or null. Quotes are followed as {@link CsvTable#lineOfBadQuote} does.
     */
    static ImportProblem checkBytes(Source source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        QuoteCheck quotes = new QuoteCheck();
        boolean blank = true;
        boolean first = true;
        long bytesLine = 1;
        try (InputStream in = source.open()) {
            byte[] chunk = new byte[CHUNK];
            ByteBuffer bytes = ByteBuffer.allocate(CHUNK + 8);
            CharBuffer chars = CharBuffer.allocate(CHUNK + 8);
            boolean end = false;
            while (!end) {
                int read = in.read(chunk, 0, Math.min(chunk.length, bytes.remaining()));
                end = read < 0;
                if (read > 0) {
                    bytes.put(chunk, 0, read);
                }
                bytes.flip();
                int before = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, end);
                for (int i = before; i < bytes.position(); i++) {
                    if (bytes.get(i) == '\n') {
                        bytesLine++;
                    }
                }
                if (result.isError()) {
                    return ImportProblem.of(bytesLine, null, "import.notUtf8");
                }
                if (end) {
                    decoder.flush(chars);
                }
                bytes.compact();
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (first) {
                        first = false;
                        if (c == '\uFEFF') {
                            continue;
                        }
                    }
                    blank &= Character.isWhitespace(c);
                    quotes.accept(c);
                }
                chars.clear();
            }
        } catch (IOException e) {
            return ImportProblem.of(1, null, "import.unreadable", e.getMessage());
        }
        if (blank) {
            return ImportProblem.of(1, null, "import.empty");
        }
        long badQuote = quotes.end();
        return badQuote > 0 ? ImportProblem.of(badQuote, null, "import.quote") : null;
    }

    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(in, 3);
        byte[] head = stream.readNBytes(3);
        boolean mark = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!mark) {
            stream.unread(head);
        }
        return stream;
    }

    /**
     * {@link CsvTable#lineOfBadQuote} one character at a time: a quote opens a value only as its first character;
     * inside, two quotes stand for one; after the closing quote only spaces and tabs may come before the comma or
     * the line's end.
     */
    static final class QuoteCheck {
        private enum State { OUTSIDE, QUOTED, QUOTE_IN_QUOTED, CLOSED }

        private State state = State.OUTSIDE;
        private long line = 1;
        private long opened;
        private boolean valueStarts = true;
        private long bad;

        void accept(char c) {
            if (bad > 0) {
                return;
            }
            switch (state) {
                case QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    } else if (c == '\n') {
                        line++;
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTED;
                    } else {
                        state = State.CLOSED;
                        afterClose(c);
                    }
                }
                case CLOSED -> afterClose(c);
                case OUTSIDE -> outside(c);
            }
        }

        private void afterClose(char c) {
            if (c == ' ' || c == '\t') {
                valueStarts = false;
                return;
            }
            if (",\r\n".indexOf(c) < 0) {
                bad = opened;
                return;
            }
            state = State.OUTSIDE;
            outside(c);
        }

        private void outside(char c) {
            if (c == '"' && valueStarts) {
                state = State.QUOTED;
                opened = line;
                return;
            }
            if (c == '\n') {
                line++;
            }
            valueStarts = c == ',' || c == '\n' || c == '\r';
        }

        /** The line of the first badly quoted value, or 0. */
        long end() {
            if (bad > 0) {
                return bad;
            }
            return state == State.QUOTED ? opened : 0;
        }
    }
}
