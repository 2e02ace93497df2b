package org.projectdesk.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.NavigableSet;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;

/**
 * What the page tag {@code <pd:date>} (WEB-INF/tags/date.xhtml) says beside a provisional date: the
 * explanation naming the year whose official holiday schedule is missing, and a sentence cut around
 * the date so that the mark stands right beside it. Whether a date is provisional is not decided
 * here: the view that carries the date names it in its {@code provisional} list.
 */
@Named
@RequestScoped
public class ProvisionalMarks {

    /** Stands for the date while a sentence is formatted, then marks where to cut it. */
    private static final String DATE = "\u0000";

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    /** The mark's explanation: that year's schedule is not published, the date counts the law's holidays only. */
    public String title(LocalDate date) {
        return date == null ? "" : messages.format("date.provisional.title", String.valueOf(yearOf(date)));
    }

    private int yearOf(LocalDate date) {
        return yearOf(date, provisionalYears());
    }

    /** The year a provisional date waits for: the latest year without an official schedule up to its own. */
    static int yearOf(LocalDate date, NavigableSet<Integer> provisionalYears) {
        Integer year = provisionalYears.floor(date.getYear());
        return year != null ? year : date.getYear();
    }

    /** The first year without an official schedule, for a note about every provisional date on a page. */
    public String getFirstYear() {
        NavigableSet<Integer> years = provisionalYears();
        return years.isEmpty() ? "" : String.valueOf(years.first());
    }

    /** Whether a message shows the date at all (some say only their {1}). */
    public boolean hasDate(String pattern) {
        return pattern != null && cut(pattern, null, locale()).length == 2;
    }

    /** The words of a message before its date ({0}), all of it when it has none; {@code other} fills a {1}. */
    public String before(String pattern, Object other) {
        return pattern == null ? "" : cut(pattern, other, locale())[0];
    }

    /** The words of a message after its date ({0}). */
    public String after(String pattern, Object other) {
        String[] parts = pattern == null ? new String[0] : cut(pattern, other, locale());
        return parts.length == 2 ? parts[1] : "";
    }

    /**
     * The message formatted as h:outputFormat would, cut where its {0} stands: the words before and
     * after it, or the whole message alone when it has no {0}.
     */
    static String[] cut(String pattern, Object other, Locale locale) {
        String sentence = new MessageFormat(pattern, locale).format(new Object[] {DATE, other == null ? "" : other});
        int at = sentence.indexOf(DATE);
        return at < 0 ? new String[] {sentence} : new String[] {sentence.substring(0, at), sentence.substring(at + 1)};
    }

    private Locale locale() {
        return faces.getViewRoot().getLocale();
    }

    private NavigableSet<Integer> provisionalYears() {
        return calendar.current().provisionalYears();
    }
}
