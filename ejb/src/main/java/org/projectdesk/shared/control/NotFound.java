package org.projectdesk.shared.control;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist, or the caller may not know that it does. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
