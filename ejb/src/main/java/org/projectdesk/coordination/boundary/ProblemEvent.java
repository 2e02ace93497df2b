package org.projectdesk.coordination.boundary;

import java.time.LocalDate;

/**
 * A step in a problem's life: START, RESOLVE (with the resolution), ESCALATE (with the reason) or
 * REOPEN (with the reason); {@code on} defaults to today; {@code version} as read, for the
 * stale-edit check.
 */
public record ProblemEvent(Type type, String resolution, String reason, LocalDate on, Long version) {

    public enum Type {
        START,
        RESOLVE,
        ESCALATE,
        REOPEN;

        /** The steps a department window may take on its own department's problems. */
        public boolean isDepartments() {
            return this == START || this == RESOLVE;
        }
    }
}
