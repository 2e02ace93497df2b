package org.projectdesk.web.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The sentences pd:date cuts around a date, with the pages' own messages, and the year a mark names. */
class ProvisionalMarksTest {

    private static String message(String key, Locale locale) {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
    }

    @Test
    void aSentenceIsCutWhereItsDateStandsAndFormattedAsOutputFormatWould() {
        assertArrayEquals(new String[] {"应于", "前召开联办预审会议，目前尚未安排。"},
                ProvisionalMarks.cut(message("preReview.NOT_SCHEDULED", Locale.SIMPLIFIED_CHINESE), null, Locale.SIMPLIFIED_CHINESE));
        // {1}, the meeting's day, is filled in; the due date ({0}) is left to the tag.
        assertArrayEquals(new String[] {"联办预审会议定于2027-01-08召开（应于", "前召开）。"},
                ProvisionalMarks.cut(message("preReview.SCHEDULED", Locale.SIMPLIFIED_CHINESE), LocalDate.of(2027, 1, 8),
                        Locale.SIMPLIFIED_CHINESE));
        assertArrayEquals(new String[] {"Expected to finish by ", ""},
                ProvisionalMarks.cut(message("portal.finish", Locale.ENGLISH), null, Locale.ENGLISH));
        // MessageFormat's quotes are read as h:outputFormat reads them.
        assertArrayEquals(new String[] {"Investor's ", " day"}, ProvisionalMarks.cut("Investor''s {0} day", null, Locale.ENGLISH));
    }

    @Test
    void aSentenceWithoutTheDateIsWholeAndAlone() {
        assertArrayEquals(new String[] {"已于2026-06-03经联办预审会议审议。"},
                ProvisionalMarks.cut(message("preReview.HELD", Locale.SIMPLIFIED_CHINESE), LocalDate.of(2026, 6, 3),
                        Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theMarkNamesTheLatestYearWithoutItsScheduleUpToTheDatesOwn() {
        TreeSet<Integer> provisional = new TreeSet<>(java.util.List.of(2027, 2028, 2029));
        assertEquals(2027, ProvisionalMarks.yearOf(LocalDate.of(2027, 1, 6), provisional));
        assertEquals(2028, ProvisionalMarks.yearOf(LocalDate.of(2028, 3, 1), provisional));
        // A year loaded officially after a provisional one: the date waits for the provisional year before it.
        TreeSet<Integer> gap = new TreeSet<>(java.util.List.of(2027, 2029));
        assertEquals(2027, ProvisionalMarks.yearOf(LocalDate.of(2028, 3, 1), gap));
    }
}
