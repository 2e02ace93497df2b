package org.projectdesk.shared.control;

import jakarta.ejb.ApplicationException;

/** Someone else saved the record after the caller read it; the caller must reload and retry. */
@ApplicationException(rollback = true)
public class StaleVersion extends RuntimeException {

    public StaleVersion(String what, long expected, long actual) {
        super(what + " was changed by someone else (version " + actual + ", you edited version " + expected
                + "); reload it and apply your change again");
    }

    public static void check(String what, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersion(what, expected, actual);
        }
    }
}
