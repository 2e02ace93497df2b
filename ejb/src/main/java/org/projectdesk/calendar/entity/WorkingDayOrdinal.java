package org.projectdesk.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A day of a loaded year with the number of working days up to and including it: SQL counts the
 * working days in (a, b] as the difference of two ordinals. Written from the calendar's index.
 */
@Entity
@Table(name = "working_day_ordinal")
public class WorkingDayOrdinal {

    @Id
    @Column(name = "day_on")
    private LocalDate day;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false)
    private boolean working;

    protected WorkingDayOrdinal() {
    }

    public LocalDate getDay() {
        return day;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public boolean isWorking() {
        return working;
    }
}
