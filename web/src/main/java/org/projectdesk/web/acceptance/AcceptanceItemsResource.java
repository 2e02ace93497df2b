package org.projectdesk.web.acceptance;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.projectdesk.acceptance.boundary.AcceptanceItems;
import org.projectdesk.acceptance.entity.ItemDefinition;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.RuleText;
import org.projectdesk.web.api.Problem;

/**
 * The acceptance items as configured, over REST: {@code GET /api/acceptance-items} (JSON),
 * {@code GET /api/acceptance-items.csv} (the layout of config/acceptance/items.csv, UTF-8 with a BOM
 * for Excel) and {@code POST /api/acceptance-items} with such a file as {@code text/csv} (ADMIN): the
 * whole file replaces the items, or nothing does and the answer is 422 with every problem by line and
 * column. Rooted at the API's root because the export's address is a sibling of the list's.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AcceptanceItemsResource {

    /** What an import takes: CSV, which no form of another site can send (other types are 415). */
    private static final String CSV = "text/csv";

    /** Far beyond any real set of items (the shipped file has a dozen, a few kilobytes). */
    static final int MAX_BYTES = 1 << 20;

    private static final String BUNDLE = "org.projectdesk.web.i18n.messages";

    @EJB
    AcceptanceItems items;

    @Context
    HttpHeaders headers;

    @GET
    @Path("acceptance-items")
    public List<ItemDefinition> items() {
        return items.items();
    }

    @GET
    @Path("acceptance-items.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response export() {
        return Response.ok(items.export()).header("Content-Disposition", "attachment; filename=\"acceptance-items.csv\"")
                .build();
    }

    /** Replaces the items by the file's (200 with the items now configured), or 422 listing every problem. */
    @POST
    @Path("acceptance-items")
    @Consumes(CSV)
    public Response importItems(InputStream csv) {
        byte[] content = bounded(csv);
        Locale locale = locale();
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        if (content.length > MAX_BYTES) {
            String message = message(text, "acceptance.import.tooLarge", "1 MiB");
            return Problem.response(Problem.UNPROCESSABLE, message, List.of(new Problem.FieldError("file", message)));
        }
        List<ImportProblem> problems = items.importItems(content);
        if (problems.isEmpty()) {
            return Response.ok(items.items()).build();
        }
        List<Problem.FieldError> errors = problems.stream().map(p -> new Problem.FieldError(
                RuleText.format("import.where", Locale.ROOT, p.line(), p.column() == null ? "-" : p.column()),
                p.message(locale))).toList();
        return Problem.response(Problem.UNPROCESSABLE, message(text, "acceptance.import.invalid", problems.size()),
                errors);
    }

    private static String message(ResourceBundle text, String key, Object... values) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(values);
    }

    /** The body, read no further than one byte past the limit. */
    private static byte[] bounded(InputStream body) {
        try {
            return body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As the problem mappers choose it: the caller's first language, English when none is asked for. */
    private Locale locale() {
        List<Locale> accepted = headers.getAcceptableLanguages();
        return accepted.isEmpty() || accepted.get(0).getLanguage().equals("*") ? Locale.ROOT : accepted.get(0);
    }
}
