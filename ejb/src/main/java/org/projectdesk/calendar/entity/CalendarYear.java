package org.projectdesk.calendar.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.shared.control.RuleViolation;

/**
 * One year of the official schedule as loaded: its listed days, and where and when they came from.
 * Loading the same year again replaces its days as a whole.
 */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = CalendarYear.ALL, query = "select y from CalendarYear y order by y.year")
@NamedQuery(name = CalendarYear.ALL_WITH_DAYS, query = "select distinct y from CalendarYear y left join fetch y.days order by y.year")
public class CalendarYear {

    public static final String ALL = "CalendarYear.all";
    public static final String ALL_WITH_DAYS = "CalendarYear.allWithDays";

    @Id
    @Column(name = "year_number")
    private int year;

    @Version
    private long version;

    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String source;

    @Size(max = 64)
    @Column(name = "loaded_by", nullable = false, length = 64)
    private String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @ElementCollection
    @CollectionTable(name = "calendar_day", joinColumns = @JoinColumn(name = "year_number"))
    @OrderBy("date")
    @Valid
    private List<ListedDay> days = new ArrayList<>();

    protected CalendarYear() {
    }

    public CalendarYear(int year) {
        this.year = year;
    }

    /** Takes this year's days from a checked schedule, replacing whatever was loaded before. */
    public void load(HolidaySchedule schedule, String fromSource, String by, Instant at) {
        if (!schedule.isValid()) {
            throw new RuleViolation(null, "calendar.import.invalid", schedule.problems().size());
        }
        days.clear();
        schedule.entries().stream().filter(entry -> entry.date().getYear() == year)
                .forEach(entry -> days.add(new ListedDay(entry.date(), entry.kind(), entry.name())));
        this.source = fromSource;
        this.loadedBy = by;
        this.loadedAt = at;
    }

    public int getYear() {
        return year;
    }

    public long getVersion() {
        return version;
    }

    public String getSource() {
        return source;
    }

    public String getLoadedBy() {
        return loadedBy;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public List<ListedDay> getDays() {
        return List.copyOf(days);
    }
}
