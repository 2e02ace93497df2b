package org.projectdesk.web.shell;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Set;

/**
 * The pages that only read and link, whose one form is the header's (language, sign-out): their views are
 * transient, so nothing of them is saved or kept in the session, and a click in the header builds the view
 * anew before its action runs. Other sites' posts do not carry the session cookie (SameSite=Lax), so the
 * missing state token costs no CSRF protection.
 * <p>
 * Marked as soon as the view exists, not by {@code f:view transient} when it is built: PrimeFaces' CSP
 * listener asks for the script nonce before the view is built and keeps it in the view map of any view not
 * yet transient, and Faces then keeps that map in the session, 25 of them, one for each of the last visits.
 */
public class StatelessViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Every role's home: the page every user opens first (docs/benchmarks.md, homes section). */
    private static final Set<String> VIEW_IDS = Set.of("/index.xhtml");

    /** Also the layout's {@code f:view transient} (pd:stateless): a stateless postback rebuilds the view and must find it transient. */
    public static boolean isStateless(String viewId) {
        return VIEW_IDS.contains(viewId);
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && isStateless(view.getViewId())) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
