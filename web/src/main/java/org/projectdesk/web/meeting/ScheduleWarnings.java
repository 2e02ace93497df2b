package org.projectdesk.web.meeting;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.projectdesk.meeting.boundary.MeetingSummary;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.web.shell.Messages;

/**
 * What the office should know before it confirms a meeting's time: that the time is already past (a
 * meeting held may be recorded afterwards, so this is a warning, not a refusal), and that the room is
 * booked by another scheduled meeting then.
 */
@RequestScoped
public class ScheduleWarnings {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    Meetings meetings;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    /** The warnings in one text, or empty when there is nothing to confirm; {@code except} is the meeting being moved. */
    public Optional<String> of(LocalDateTime startsAt, LocalDateTime endsAt, String place, Long except) {
        if (startsAt == null) {
            return Optional.empty();
        }
        List<String> warnings = new ArrayList<>();
        if (startsAt.isBefore(LocalDateTime.now(clock))) {
            warnings.add(messages.format("meeting.warning.past", TIME.format(startsAt)));
        }
        for (MeetingSummary other : meetings.clashes(startsAt, endsAt, place, except)) {
            warnings.add(messages.format("meeting.warning.clash", other.place(), TIME.format(other.startsAt()),
                    TIME.format(other.endsAt()).substring(11), String.join("、", other.projectFileNos())));
        }
        return warnings.isEmpty() ? Optional.empty()
                : Optional.of(String.join(" ", warnings) + " " + messages.text("meeting.warning.confirm"));
    }
}
