package org.projectdesk.meeting.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Where a project's joint pre-review stands: due {@code dueOn} (its intake day plus the office's
 * working days); the meeting that reviews it, if any; {@code provisional} holds "dueOn" when the due
 * day is counted through a year without its official holiday schedule.
 */
public record PreReview(LocalDate dueOn, State state, Long meetingId, LocalDateTime meetingStartsAt,
        List<String> provisional) {

    public enum State {
        /** Reviewed at a closed meeting. */
        HELD,
        /** A meeting is scheduled on or before the due day. */
        SCHEDULED,
        /** A meeting is scheduled, but after the due day. */
        SCHEDULED_LATE,
        /** No meeting yet; the due day has not passed. */
        NOT_SCHEDULED,
        /** No meeting and the due day has passed. */
        OVERDUE,
        /** The project is past the stage where a pre-review is due (or stopped) and had none. */
        NOT_REQUIRED;

        public boolean isWarning() {
            return this == SCHEDULED_LATE || this == NOT_SCHEDULED || this == OVERDUE;
        }
    }
}
