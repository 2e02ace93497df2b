package org.projectdesk.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.projectdesk.shared.control.Limits;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.shared.control.WriteConflict;

/**
 * Turns every failure of a REST call into a problem document with the right status: 400 malformed
 * input (a parameter or JSON member, named), 403 not allowed, 404 unknown, 409 stale version or a
 * race lost to another request ({@link WriteConflict}), 422 broken rule (a value beyond its declared
 * limit among them, named), 500 our fault (logged, never a stack trace to the client).
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    /** The detail of a 404 for a path that no resource answers, told apart from an unknown record's. */
    static final String NO_SUCH_RESOURCE = "No API resource answers this path";

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        InvalidParameter invalid = causeOf(thrown, InvalidParameter.class);
        if (invalid != null) {
            return Problem.response(Status.BAD_REQUEST, invalid.getMessage(),
                    List.of(new Problem.FieldError(invalid.parameter(), invalid.getMessage())));
        }
        if (causeOf(thrown, jakarta.json.JsonException.class) != null) {
            return Problem.response(Status.BAD_REQUEST, "The request body is not valid JSON",
                    List.of(new Problem.FieldError("body", "The request body is not valid JSON")));
        }
        // A value beyond its column's declared limit, refused by JPA's check before the write, at a flush or the commit.
        cause = Limits.brokenIn(thrown).<Throwable>map(RuleViolation.class::cast).orElse(cause);
        if (cause instanceof RuleViolation rule) {
            String message = rule.message(locale());
            return Problem.response(Problem.UNPROCESSABLE, message,
                    rule.field() == null ? null : List.of(new Problem.FieldError(rule.field(), message)));
        }
        if (cause instanceof NotFound notFound) {
            return Problem.response(Status.NOT_FOUND, notFound.getMessage());
        }
        if (cause instanceof StaleVersion || cause instanceof OptimisticLockException) {
            return Problem.response(Status.CONFLICT, cause instanceof StaleVersion ? cause.getMessage()
                    : "The record was changed by someone else; reload it and apply your change again");
        }
        if (cause instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
            return Problem.response(Status.BAD_REQUEST, "The request has invalid fields", errors);
        }
        if (cause instanceof JsonbException) {
            return Problem.response(Status.BAD_REQUEST, "The request body is not valid JSON for this resource");
        }
        if (cause instanceof EJBAccessException || cause instanceof SecurityException) {
            return Problem.response(Status.FORBIDDEN, "Your roles do not allow this");
        }
        if (cause instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            if (status.getStatusCode() == Status.FORBIDDEN.getStatusCode()) {
                return Problem.response(Status.FORBIDDEN, "Your roles do not allow this");
            }
            if (status.getStatusCode() == Status.UNAUTHORIZED.getStatusCode()) {
                return Authentication.unauthorized(web.getMessage());
            }
            if (cause instanceof jakarta.ws.rs.NotFoundException) {
                // No resource matched the path (an unknown record is NotFound, above): said so, without the router's wording.
                return Problem.response(Status.NOT_FOUND, NO_SUCH_RESOURCE);
            }
            return Problem.response(status, web.getMessage());
        }
        Optional<WriteConflict> conflict = WriteConflict.in(thrown);
        if (conflict.isPresent()) {
            // A race lost to another request (a key taken, a row locked or changed meanwhile): nothing was written.
            LOG.log(Level.FINE, "Write conflict", thrown);
            String message = conflict.get().message(locale());
            return Problem.response(Status.CONFLICT, message, conflict.get().field() == null ? null
                    : List.of(new Problem.FieldError(conflict.get().field(), message)));
        }
        LOG.log(Level.SEVERE, "Unexpected failure of a REST call", thrown);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged");
    }

    private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof EJBException || cause instanceof jakarta.ws.rs.ProcessingException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private Locale locale() {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.isEmpty() || accepted.get(0).getLanguage().equals("*") ? Locale.ROOT : accepted.get(0);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
