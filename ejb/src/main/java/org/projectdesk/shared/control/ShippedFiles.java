package org.projectdesk.shared.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The reference data shipped in config/ and packaged on the class path, read at first start. */
public final class ShippedFiles {

    private ShippedFiles() {
    }

    public static byte[] read(String resource) {
        try (InputStream in = ShippedFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A shipped CSV file that must be valid: a broken one stops the start with its problems. */
    public static CsvTable table(String resource, List<String> columns) {
        CsvTable table = CsvTable.read(read(resource), columns, List.of());
        if (!table.problems().isEmpty()) {
            throw new IllegalStateException("The shipped file " + resource + " is invalid: " + table.problems());
        }
        return table;
    }
}
