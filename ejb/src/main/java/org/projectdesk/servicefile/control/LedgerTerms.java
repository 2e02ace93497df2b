package org.projectdesk.servicefile.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The words the ledger (台账) uses for codes, the ones the office knows (工业项目, 已受理, 暂停计时), kept in
 * {@code ledger-terms.properties}: the export writes them, the import reads them back, and also the codes
 * themselves (INDUSTRIAL, in any case), so that files written before still import.
 */
public final class LedgerTerms {

    private static final Properties TERMS = load();

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
