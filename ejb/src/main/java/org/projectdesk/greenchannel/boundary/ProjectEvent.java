package org.projectdesk.greenchannel.boundary;

import java.time.LocalDate;

/**
 * A step on the project as a whole: the green channel proposed, granted or refused (with the
 * reason), or the land recorded as held on a day, which lets simulated approvals be converted.
 */
public record ProjectEvent(Type type, String reason, LocalDate on, Long version) {

    public enum Type {
        PROPOSE_GREEN_CHANNEL, GRANT_GREEN_CHANNEL, REFUSE_GREEN_CHANNEL, RECORD_LAND_HELD;

        boolean isDecision() {
            return this == GRANT_GREEN_CHANNEL || this == REFUSE_GREEN_CHANNEL;
        }
    }
}
