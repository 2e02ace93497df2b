package org.projectdesk.web.coordination;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.web.shell.Messages;

/** Runs a change from a coordination page; a refused one says why in the user's language and changes nothing. */
final class Attempts {

    private Attempts() {
    }

    /** True when the change was made (and {@code done} is shown); false when refused (the reason is shown). */
    static boolean attempt(FacesContext faces, Messages messages, Runnable change, String done) {
        String refusal;
        try {
            change.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return true;
        } catch (RuleViolation e) {
            refusal = e.message(faces.getViewRoot().getLocale());
        } catch (StaleVersion e) {
            refusal = messages.text("record.stale");
        } catch (NotFound e) {
            refusal = messages.text("coordination.notFound");
        } catch (jakarta.ejb.EJBAccessException e) {
            refusal = messages.text("coordination.notAllowed");
        }
        faces.validationFailed();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal, null));
        return false;
    }
}
