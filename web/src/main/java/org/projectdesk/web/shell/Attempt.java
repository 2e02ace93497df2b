package org.projectdesk.web.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;

/**
 * Runs a change for a page: done, it says so; refused, it says why in the user's language, marks
 * the request failed (so a dialog stays open) and changes nothing.
 */
public final class Attempt {

    private Attempt() {
    }

    public static boolean run(FacesContext faces, Messages messages, Runnable change, String doneText) {
        try {
            change.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, doneText, null));
            return true;
        } catch (RuleViolation e) {
            return refused(faces, e.message(faces.getViewRoot().getLocale()));
        } catch (StaleVersion e) {
            return refused(faces, messages.text("record.stale"));
        } catch (NotFound e) {
            return refused(faces, messages.text("record.notFound"));
        } catch (EJBAccessException e) {
            return refused(faces, messages.text("record.notAllowed"));
        }
    }

    private static boolean refused(FacesContext faces, String text) {
        faces.validationFailed();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return false;
    }
}
