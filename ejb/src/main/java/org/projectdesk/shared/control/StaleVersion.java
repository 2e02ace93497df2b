package org.projectdesk.shared.control;

import jakarta.ejb.ApplicationException;

/** Someone else saved the record after the caller read it; the caller must reload and retry. */
@ApplicationException(rollback = true)
public class StaleVersion extends RuntimeException {

    public StaleVersion(String what, long expected, long actual) {
        super(what + " was changed by someone else (version " + actual + ", you edited version " + expected
                + "); reload it and apply your change again");
    }

    /** For a record without a version number (e.g. the plan rules, compared as a whole). */
    public StaleVersion(String what) {
        super(what + " was changed by someone else after you read it; reload it and apply your change again");
    }

    public static void check(String what, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersion(what, expected, actual);
        }
    }
}
