package org.projectdesk.web.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.projectdesk.shared.control.NotFound;

/**
 * A page the caller's roles do not allow answers the 403 page, and a page whose record is not there
 * (or not the caller's to see) the 404 page, whichever bean found it out and in whatever phase:
 * loading a page bean for a role its boundary refuses throws {@link EJBAccessException} while the
 * page renders, which would otherwise be the 500 page. Everything else goes on to PrimeFaces' handler.
 */
public class RefusedPages extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RefusedPages.class.getName());

    public RefusedPages(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            int status = statusFor(thrown);
            if (status != 0 && faces != null && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                LOG.fine(() -> "Answered " + status + " for " + faces.getExternalContext().getRequestServletPath() + ": " + thrown);
                answer(faces, status);
                return;
            }
        }
        super.handle();
    }

    /** 403 for a role refused, 404 for a record not found, 0 for anything else. */
    static int statusFor(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return 403;
            }
            if (cause instanceof NotFound) {
                return 404;
            }
        }
        return 0;
    }

    static void answer(FacesContext faces, int status) {
        try {
            faces.getExternalContext().responseReset();
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Puts {@link RefusedPages} in front of the handler configured before it (PrimeFaces'). */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusedPages(getWrapped().getExceptionHandler());
        }
    }
}
