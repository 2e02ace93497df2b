package org.projectdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streamed reader gives what the whole-file reader gives: the same rows, and the same problems on the same
 * lines, for files good and broken in each way {@link CsvTable} knows.
 */
class CsvStreamTest {

    private static final List<String> REQUIRED = List.of("code", "name");
    private static final List<String> OPTIONAL = List.of("note");

    @ParameterizedTest
    @ValueSource(strings = {
        "code,name\r\nA,一\r\nB,二\r\n",
        "\uFEFFcode,name,note\r\nA,一,x\r\n",
        "code,name\r\nA,一\r\n\r\nB,\"二\r\nC,三\r\nD,四\r\n",
        "code,name\r\nA,\"一\r\n二\"\r\nB,\"三\"x\r\n",
        "code,name\r\nA,\"他说\"\"好\"\"\" \r\nB,x\"y\r\n",
        "code,name\r\nA,'=SUM(A1)\r\nB,'abc\r\n",
        "code,name\r\nA\r\nB,二,三,四\r\nC,三\r\n",
        "code\r\nA\r\n",
        "code,name,colour\r\nA,一,red\r\n",
        "code,name\r\n",
        "   \r\n\r\n",
        "",
        "code,name\r\nA,\"一\"\r\nB,\"二\"\"\"",
        "code,name\r\nA,\"一\"   ,\r\n",
    })
    void givesWhatTheWholeFileReaderGives(String text) {
        assertSame(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 70_000, 140_001})
    void aByteThatIsNotUtf8IsReportedOnItsLineWhereverItFalls(int padding) {
        StringBuilder text = new StringBuilder("code,name\r\n");
        for (int i = 0; text.length() < padding; i++) {
            text.append("C").append(i).append(",名称").append(i).append("\r\n");
        }
        byte[] good = text.append("X,").toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 3);
        bad[good.length] = (byte) 0xC4;
        bad[good.length + 1] = (byte) 0xE3;
        bad[good.length + 2] = '\n';
        assertSame(bad);
    }

    private static void assertSame(byte[] content) {
        CsvTable table = CsvTable.read(content, REQUIRED, OPTIONAL);
        List<CsvTable.Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        CsvStream.read(() -> new ByteArrayInputStream(content), REQUIRED, OPTIONAL, new CsvStream.Receiver() {
            @Override
            public void row(CsvTable.Row row) {
                rows.add(row);
            }

            @Override
            public void problem(ImportProblem problem) {
                problems.add(problem);
            }
        });
        assertEquals(table.problems(), problems);
        assertEquals(table.rows(), rows);
    }
}
