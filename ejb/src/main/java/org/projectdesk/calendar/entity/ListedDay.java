package org.projectdesk.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.projectdesk.calendar.control.DayKind;
import org.projectdesk.calendar.control.HolidaySchedule;

/** A day the official schedule lists: a holiday or a make-up working day. */
@Embeddable
public class ListedDay {

    @Column(name = "listed_on", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DayKind kind;

    @Size(max = HolidaySchedule.MAX_NAME)
    @Column(nullable = false, length = HolidaySchedule.MAX_NAME)
    private String name;

    protected ListedDay() {
    }

    public ListedDay(LocalDate date, DayKind kind, String name) {
        this.date = date;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
