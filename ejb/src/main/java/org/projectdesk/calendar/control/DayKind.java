package org.projectdesk.calendar.control;

/** How the official schedule lists a day: a day off (even on a weekday) or a make-up working day on a weekend. */
public enum DayKind {
    HOLIDAY,
    WORKDAY
}
