package org.projectdesk.meeting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingInviteTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static String invite(boolean cancelled, String description) {
        return MeetingInvite.of(new MeetingInvite.Event(42, 3, LocalDateTime.parse("2026-12-03T09:30"),
                LocalDateTime.parse("2026-12-03T11:30"), "联办预审会议 Joint pre-review meeting",
                "行政服务中心三楼会议室; 东侧, 301", description, cancelled), NOW);
    }

    @Test
    void officeTimeIsWrittenInUtcAndTheEventKeepsItsUidAndSequence() {
        List<String> lines = Arrays.asList(invite(false, null).split("\r\n"));

        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertTrue(lines.contains("METHOD:PUBLISH"));
        assertTrue(lines.contains("UID:meeting-42@projectdesk"));
        assertTrue(lines.contains("SEQUENCE:3"));
        assertTrue(lines.contains("DTSTART:20261203T013000Z"), "09:30 in Haimen is 01:30 UTC");
        assertTrue(lines.contains("DTEND:20261203T033000Z"));
        assertTrue(lines.contains("DTSTAMP:20261201T020000Z"));
        assertTrue(lines.contains("STATUS:CONFIRMED"));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedWithinSeventyFiveOctetsWithoutSplittingACharacter() {
        String ics = invite(false, "XF-2026-0001 海门临江新能源电池材料生产基地项目\nXF-2026-0002 中天智能装备产业园二期工程建设项目");

        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("LOCATION:行政服务中心三楼会议室\\; 东侧\\, 301\r\n"));
        assertTrue(unfolded.contains("DESCRIPTION:XF-2026-0001 海门临江新能源电池材料生产基地项目\\nXF-2026-0002 "
                + "中天智能装备产业园二期工程建设项目\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(line));
        }
        assertTrue(ics.contains("\r\n "), "the description is long enough to be folded");
    }

    @Test
    void aCancelledMeetingIsSentAsCancelled() {
        List<String> lines = Arrays.asList(invite(true, null).split("\r\n"));

        assertTrue(lines.contains("METHOD:CANCEL"));
        assertTrue(lines.contains("STATUS:CANCELLED"));
    }
}
