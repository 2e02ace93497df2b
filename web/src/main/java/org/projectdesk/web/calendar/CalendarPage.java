package org.projectdesk.web.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.projectdesk.calendar.boundary.CalendarImport;
import org.projectdesk.calendar.boundary.CalendarYears;
import org.projectdesk.calendar.boundary.DateMove;
import org.projectdesk.calendar.boundary.YearSummary;
import org.projectdesk.calendar.control.DayKind;
import org.projectdesk.calendar.entity.ListedDay;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.web.shell.Messages;

/**
 * The working-day calendar: the years counted with (official, and provisional ones made from the law's
 * holidays), one year's months with holidays and make-up days, and import.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A day in a month grid; day 0 fills the week before the first and after the last of the month. */
    public record Cell(int day, String styleClass, String title) implements Serializable {
    }

    public record Month(String title, List<List<Cell>> weeks) implements Serializable {
    }

    @EJB
    CalendarYears years;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private List<YearSummary> loaded;
    private Integer year;
    private List<Month> months;
    private transient UploadedFile file;
    private byte[] uploaded;
    private String uploadedName;
    private CalendarImport preview;
    /** What the last import moved, listed after it is applied. */
    private List<DateMove> moved = List.of();

    @PostConstruct
    void load() {
        loaded = years.years();
        if (year == null && !loaded.isEmpty()) {
            int thisYear = LocalDate.now(clock).getYear();
            year = loaded.stream().anyMatch(y -> y.year() == thisYear) ? thisYear : loaded.get(loaded.size() - 1).year();
        }
        months = year == null ? List.of() : months(year);
    }

    public void showYear() {
        load();
    }

    public void previewUpload() {
        if (file == null || file.getContent() == null || file.getContent().length == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    org.projectdesk.shared.control.RuleText.format("calendar.import.nothing", locale()), null));
            return;
        }
        uploaded = file.getContent();
        uploadedName = file.getFileName();
        preview = years.preview(uploaded);
    }

    public void apply() {
        try {
            CalendarImport applied = years.apply(uploaded, uploadedName);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.format("calendar.imported", years(applied.years()), applied.entries().size()), null));
            moved = applied.moves();
            year = applied.years().last();
            cancel();
            load();
        } catch (RuleViolation e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(locale()), null));
        }
    }

    public void cancel() {
        preview = null;
        uploaded = null;
        uploadedName = null;
    }

    /** Years for a sentence: "2036" or "2035、2036". */
    public String years(java.util.Collection<Integer> years) {
        return String.join("、", years.stream().map(String::valueOf).toList());
    }

    public String problemText(ImportProblem problem) {
        return problem.message(locale());
    }

    private Locale locale() {
        return faces.getViewRoot().getLocale();
    }

    private List<Month> months(int shownYear) {
        Map<LocalDate, ListedDay> listed = new HashMap<>();
        years.listedDays(shownYear).forEach(day -> listed.put(day.getDate(), day));
        Locale locale = locale();
        List<Month> result = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(shownYear, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
                week.add(new Cell(0, "pd-cal-blank", ""));
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                week.add(cell(date, listed.get(date)));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            while (!week.isEmpty() && week.size() < 7) {
                week.add(new Cell(0, "pd-cal-blank", ""));
            }
            if (!week.isEmpty()) {
                weeks.add(week);
            }
            result.add(new Month(month.getMonth().getDisplayName(TextStyle.FULL, locale), weeks));
        }
        return result;
    }

    private Cell cell(LocalDate date, ListedDay listed) {
        if (listed != null && isShownProvisional()) {
            return new Cell(date.getDayOfMonth(), "pd-cal-holiday pd-cal-statutory",
                    listed.getName() + " · " + messages.text("calendar.statutory"));
        }
        if (listed != null) {
            boolean holiday = listed.getKind() == DayKind.HOLIDAY;
            return new Cell(date.getDayOfMonth(), holiday ? "pd-cal-holiday" : "pd-cal-makeup",
                    listed.getName() + " · " + messages.text(holiday ? "calendar.holiday" : "calendar.makeUp"));
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new Cell(date.getDayOfMonth(), weekend ? "pd-cal-weekend" : "pd-cal-working", "");
    }

    public List<String> getWeekdays() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.add(day.getDisplayName(TextStyle.SHORT, locale()));
        }
        return names;
    }

    /** Whether the year shown has no official schedule: its days are the law's holidays, computed. */
    public boolean isShownProvisional() {
        return year != null && loaded.stream().anyMatch(y -> y.year() == year && y.isProvisional());
    }

    public List<YearSummary> getLoaded() {
        return loaded;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Month> getMonths() {
        return months;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<DateMove> getMoved() {
        return moved;
    }

    /** A move's subject as the reader says it: the category code, or the problem and its number. */
    public String subject(DateMove move) {
        return move.subject().startsWith("problem ")
                ? messages.format("calendar.move.problem", move.subject().substring("problem ".length()))
                : move.subject();
    }

    public String field(DateMove move) {
        return messages.text("calendar.field." + move.field());
    }

    public CalendarImport getPreview() {
        return preview;
    }

    public String getUploadedName() {
        return uploadedName;
    }
}
