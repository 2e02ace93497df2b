package org.projectdesk.meeting.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A meeting as an iCalendar (RFC 5545) event, for the invited to put in their own calendars. Times
 * are written in UTC, converted from office time; a moved meeting keeps its UID with a higher
 * SEQUENCE, a cancelled one is sent as cancelled, so calendars update the entry they have.
 */
public final class MeetingInvite {

    public static final ZoneId OFFICE_TIME = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    /** What the event says; {@code sequence} grows with every change of the meeting. */
    public record Event(long meetingId, long sequence, LocalDateTime startsAt, LocalDateTime endsAt, String summary,
            String location, String description, boolean cancelled) {
    }

    private MeetingInvite() {
    }

    public static String of(Event event, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Project Desk//Joint pre-review meetings//ZH");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + (event.cancelled() ? "CANCEL" : "PUBLISH"));
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:meeting-" + event.meetingId() + "@projectdesk");
        line(ics, "SEQUENCE:" + event.sequence());
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "DTSTART:" + UTC.format(event.startsAt().atZone(OFFICE_TIME)));
        line(ics, "DTEND:" + UTC.format(event.endsAt().atZone(OFFICE_TIME)));
        line(ics, "SUMMARY:" + text(event.summary()));
        line(ics, "LOCATION:" + text(event.location()));
        if (event.description() != null && !event.description().isBlank()) {
            line(ics, "DESCRIPTION:" + text(event.description()));
        }
        line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
    static String text(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Lines longer than 75 octets are folded, never inside a UTF-8 character (RFC 5545 §3.1). */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                ics.append(current).append(CRLF);
                current.setLength(0);
                current.append(' ');
                octets = 1;
            }
            current.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(current).append(CRLF);
    }
}
