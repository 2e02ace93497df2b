package org.projectdesk.calendar.control;

import org.projectdesk.shared.control.RuleViolation;

/** A computation reached a year whose official holiday schedule is not loaded: it names the year and stops. */
public class YearNotLoaded extends RuleViolation {

    private final int year;

    public YearNotLoaded(int year) {
        super(null, "calendar.year.notLoaded", String.valueOf(year));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
