package org.projectdesk.calendar.control;

import java.time.LocalDate;
import java.util.Objects;

/** Days from {@code first} to {@code last}, both included: a suspension whose days do not count. */
public record Period(LocalDate first, LocalDate last) {

    public Period {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A period cannot end (" + last + ") before it starts (" + first + ")");
        }
    }
}
