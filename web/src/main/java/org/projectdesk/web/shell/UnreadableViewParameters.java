package org.projectdesk.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a view parameter that cannot be read ({@code meeting.xhtml?id=abc}) names no
 * record: it answers the 404 page, as an unknown one does, instead of rendering a page without its
 * record. Only for a page being opened (not a postback, whose failed checks its form shows).
 */
public class UnreadableViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
            RefusedPages.answer(faces, 404);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
