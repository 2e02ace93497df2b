package org.projectdesk.servicefile.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The words the ledger (台账) uses for codes, the ones the office knows (工业项目, 已受理, 暂停计时), kept in
 * {@code ledger-terms.properties}: the export writes them, the import reads them back, and also the codes
 * themselves (INDUSTRIAL, in any case), so that files written before still import; likewise a special procedure's
 * type, a number in the model (1, 2), as its word (延长时限, 其他).
 */
public final class LedgerTerms {

    private static final Properties TERMS = load();
    private static final String PROCEDURE_TYPE = "ProcedureType.";
    /** The types {@code Matter.suspend} takes. */
    private static final List<Integer> PROCEDURE_TYPES = List.of(1, 2);

    private LedgerTerms() {
    }

    /** The word for the code; null stays null. */
    public static String label(Enum<?> code) {
        return code == null ? null : TERMS.getProperty(code.getDeclaringClass().getSimpleName() + "." + code.name(), code.name());
    }

    /** The code the text names, by its word or by the code (not case-sensitive); empty when it names none. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String given = text == null ? "" : text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(given) || label(e).equals(given)).findFirst();
    }

    /** The words of every code of the type, as a refusal lists what a cell may hold. */
    public static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(LedgerTerms::label).collect(Collectors.joining(", "));
    }

    /** The word for a special procedure's type (GB/T 39046: 1 time extension, 2 other); an unknown type as its number. */
    public static String procedureType(int type) {
        return TERMS.getProperty(PROCEDURE_TYPE + type, String.valueOf(type));
    }

    /** The special procedure's type the text names, by its word or its number; empty when it names none. */
    public static Optional<Integer> parseProcedureType(String text) {
        String given = text == null ? "" : text.strip();
        return PROCEDURE_TYPES.stream().filter(type -> String.valueOf(type).equals(given) || procedureType(type).equals(given))
                .findFirst();
    }

    /** The words of every special procedure's type, as a refusal lists what the cell may hold. */
    public static String procedureTypes() {
        return PROCEDURE_TYPES.stream().map(LedgerTerms::procedureType).collect(Collectors.joining(", "));
    }

    private static Properties load() {
        Properties terms = new Properties();
        try (InputStream in = LedgerTerms.class.getResourceAsStream("ledger-terms.properties")) {
            terms.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

}
