package org.projectdesk.web.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.projectdesk.shared.control.Limits;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.shared.control.WriteConflict;

/**
 * Runs a change for a page: done, it says so; refused, it says why in the user's language, marks
 * the request failed (so a dialog stays open) and changes nothing. A page whose record was changed
 * by someone else meanwhile, or that lost a race to another request ({@link WriteConflict}), reloads it, as
 * the message says ({@link #refreshingOnStale}); a page
 * that can say more than "not allowed" names its own message ({@link #notAllowed}).
 *
 * <p>It also loads what a page shows ({@link #load}): when that is not there, or not the caller's to
 * see, the request answers the 404 page.
 */
public final class Attempt {

    private final FacesContext faces;
    private final Messages messages;
    private Runnable refresh = () -> { };
    private String notAllowedKey = "record.notAllowed";
    private java.util.function.BiPredicate<String, String> besideField = (field, text) -> false;

    private Attempt(FacesContext faces, Messages messages) {
        this.faces = faces;
        this.messages = messages;
    }

    public static Attempt in(FacesContext faces, Messages messages) {
        return new Attempt(faces, messages);
    }

    /** Runs the change with the usual messages; see {@link #run(Runnable, String)}. */
    public static boolean run(FacesContext faces, Messages messages, Runnable change, String doneText) {
        return in(faces, messages).run(change, doneText);
    }

    /** What the page reloads when the change met a record someone else changed meanwhile. */
    public Attempt refreshingOnStale(Runnable refresh) {
        this.refresh = refresh;
        return this;
    }

    /** The message (its key) for a change the caller may not make, in place of "not allowed". */
    public Attempt notAllowed(String key) {
        this.notAllowedKey = key;
        return this;
    }

    /**
     * Where a refusal that names its field is said: {@code show} takes the field and the message and
     * answers whether the page shows it beside that field; otherwise (and for a refusal of the request as
     * a whole) it is a message for the page.
     */
    public Attempt besideFields(java.util.function.BiPredicate<String, String> show) {
        this.besideField = show;
        return this;
    }

    /**
     * Runs the change; {@code doneText} is said when it is done (null: the change says itself what it
     * did). Returns whether it was done.
     */
    public boolean run(Runnable change, String doneText) {
        try {
            change.run();
            if (doneText != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, doneText, null));
            }
            return true;
        } catch (RuleViolation e) {
            return refused(e);
        } catch (StaleVersion e) {
            refused(messages.text("record.stale"));
            refresh.run();
            return false;
        } catch (NotFound e) {
            return refused(messages.text("record.notFound"));
        } catch (EJBAccessException e) {
            return refused(messages.text(notAllowedKey));
        } catch (RuntimeException e) {
            // A value beyond its column's declared limit, refused before the write (see Limits).
            java.util.Optional<RuleViolation> limit = Limits.brokenIn(e);
            if (limit.isPresent()) {
                return refused(limit.get());
            }
            // A race lost to another request (a key taken, a row locked or changed meanwhile) is said like a stale record.
            WriteConflict conflict = WriteConflict.in(e).orElseThrow(() -> e);
            refused(conflict.message(faces.getViewRoot().getLocale()));
            refresh.run();
            return false;
        }
    }

    private boolean refused(RuleViolation violation) {
        String text = violation.message(faces.getViewRoot().getLocale());
        if (violation.field() != null && besideField.test(violation.field(), text)) {
            faces.validationFailed();
            return false;
        }
        return refused(text);
    }

    private boolean refused(String text) {
        faces.validationFailed();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return false;
    }

    /**
     * Loads what the page shows (a page's view action); when it is not found (a missing or unknown
     * key, or another enterprise's record) the response is the 404 page and the rest of the request
     * is skipped. Returns whether it loaded.
     */
    public static boolean load(FacesContext faces, Runnable loading) {
        try {
            loading.run();
            return true;
        } catch (NotFound e) {
            try {
                faces.getExternalContext().responseSendError(404, e.getMessage());
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            faces.responseComplete();
            return false;
        }
    }
}
