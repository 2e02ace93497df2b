package org.projectdesk.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.RuleText;

/**
 * A whole-file CSV import of reference data over REST, one way for every resource that takes one: the
 * body read no further than one byte past {@link #MAX_BYTES}, and a refusal (422) that names every
 * problem by line and column in the caller's language.
 */
public final class CsvImports {

    /** What an import takes: CSV, which no form of another site can send (other types are 415). */
    public static final String CSV = "text/csv";

    /** Far beyond any real set of reference data (the shipped files are a few kilobytes). */
    public static final int MAX_BYTES = 1 << 20;

    private static final String BUNDLE = "org.projectdesk.web.i18n.messages";

    private final Locale locale;
    private final ResourceBundle text;

    private CsvImports(Locale locale) {
        this.locale = locale;
        this.text = ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH);
    }

    /** As the problem mappers choose it: the caller's first language, English when none is asked for. */
    public static CsvImports answering(HttpHeaders headers) {
        List<Locale> accepted = headers.getAcceptableLanguages();
        return new CsvImports(accepted.isEmpty() || accepted.get(0).getLanguage().equals("*") ? Locale.ROOT
                : accepted.get(0));
    }

    /** The body, read no further than one byte past the limit. */
    public static byte[] bounded(InputStream body) {
        try {
            return body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean tooLarge(byte[] content) {
        return content.length > MAX_BYTES;
    }

    /** 422: the file is larger than the limit, said by the bundle's {@code key}. */
    public Response refusedTooLarge(String key) {
        String message = message(key, "1 MiB");
        return Problem.response(Problem.UNPROCESSABLE, message, List.of(new Problem.FieldError("file", message)));
    }

    /** 422: nothing was changed, said by the bundle's {@code key} with the number of problems, each problem by line and column. */
    public Response refused(String key, List<ImportProblem> problems) {
        return Problem.response(Problem.UNPROCESSABLE, message(key, problems.size()), problems.stream()
                .map(p -> new Problem.FieldError(RuleText.format("import.where", Locale.ROOT, p.line(),
                        p.column() == null ? "-" : p.column()), p.message(locale)))
                .toList());
    }

    private String message(String key, Object... values) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(values);
    }
}
