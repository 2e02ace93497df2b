package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.projectdesk.project.boundary.TownImport;
import org.projectdesk.project.boundary.TownView;
import org.projectdesk.project.boundary.Towns;
import org.projectdesk.project.entity.TownKind;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.RuleText;
import org.projectdesk.web.api.InvalidParameter;
import org.projectdesk.web.api.Problem;

/**
 * The towns as reference data over REST: {@code GET /api/towns} (JSON, or with {@code ?format=csv} the
 * layout of config/catalogue/towns.csv, UTF-8 with a BOM for Excel), {@code GET /api/towns/{code}},
 * {@code PUT /api/towns/{code}} (ADMIN, DIRECTOR: names, kind, active, the version as read), and an import
 * of a whole file as {@code text/csv} (ADMIN, DIRECTOR): {@code POST /api/towns/preview} says what it would
 * do (problems by line and column included) and changes nothing; {@code POST /api/towns} takes the whole
 * file, or nothing and answers 422 with every problem.
 */
@Path("towns")
@Produces(MediaType.APPLICATION_JSON)
public class TownsResource {

    /** What an import takes: CSV, which no form of another site can send (other types are 415). */
    private static final String CSV = "text/csv";

    /** Far beyond any real list of towns (the shipped file has a dozen, a kilobyte). */
    static final int MAX_BYTES = 1 << 20;

    private static final String BUNDLE = "org.projectdesk.web.i18n.messages";

    /** A change of one town; {@code version} as read. */
    public record TownChange(String name, String nameEn, TownKind kind, Boolean active, Long version) {
    }

    /** An import's outcome with each problem in the caller's language. */
    public record ImportView(List<String> added, List<String> changed, int unchanged, List<Problem.FieldError> problems,
            boolean applied) {
    }

    @EJB
    Towns towns;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv; charset=UTF-8"})
    public Response list(@QueryParam("format") String format) {
        if (format == null || format.equalsIgnoreCase("json")) {
            return Response.ok(towns.list(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (!format.equalsIgnoreCase("csv")) {
            throw new InvalidParameter("format", "'" + format + "' must be json or csv");
        }
        return Response.ok(towns.export(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"towns.csv\"").build();
    }

    @GET
    @Path("{code}")
    public TownView town(@PathParam("code") String code) {
        return towns.town(code);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TownView change(@PathParam("code") String code, TownChange change) {
        if (change == null || change.version() == null || change.active() == null) {
            throw new BadRequestException("The request needs the town's name, nameEn, kind, active and the version as read");
        }
        return towns.change(code, change.version(), change.name(), change.nameEn(), change.kind(), change.active());
    }

    /** What importing the file would do, every problem listed; changes nothing. */
    @POST
    @Path("preview")
    @Consumes(CSV)
    public Response preview(InputStream csv) {
        byte[] content = bounded(csv);
        if (content.length > MAX_BYTES) {
            return tooLarge();
        }
        return Response.ok(view(towns.preview(content))).build();
    }

    /** Makes the towns the file's (200 with the outcome), or changes nothing and answers 422 listing every problem. */
    @POST
    @Consumes(CSV)
    public Response importTowns(InputStream csv) {
        byte[] content = bounded(csv);
        if (content.length > MAX_BYTES) {
            return tooLarge();
        }
        TownImport outcome = towns.apply(content);
        if (outcome.isValid()) {
            return Response.ok(view(outcome)).build();
        }
        return Problem.response(Problem.UNPROCESSABLE, message("towns.import.invalid", outcome.problems().size()),
                errors(outcome.problems()));
    }

    private ImportView view(TownImport outcome) {
        return new ImportView(outcome.added(), outcome.changed(), outcome.unchanged(), errors(outcome.problems()),
                outcome.applied());
    }

    private List<Problem.FieldError> errors(List<ImportProblem> problems) {
        Locale locale = locale();
        return problems.stream().map(p -> new Problem.FieldError(
                RuleText.format("import.where", Locale.ROOT, p.line(), p.column() == null ? "-" : p.column()),
                p.message(locale))).toList();
    }

    private Response tooLarge() {
        String message = message("towns.import.tooLarge", "1 MiB");
        return Problem.response(Problem.UNPROCESSABLE, message, List.of(new Problem.FieldError("file", message)));
    }

    private String message(String key, Object... values) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE,
                locale().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
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
