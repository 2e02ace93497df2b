package org.projectdesk.calendar.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The official 2024–2026 schedule as shipped in config/calendar, read through the real parser. */
final class ShippedSchedule {

    static final String RESOURCE = "/config/calendar/cn-holidays-2024-2026.csv";

    private ShippedSchedule() {
    }

    static HolidaySchedule schedule() {
        try (InputStream in = ShippedSchedule.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return HolidaySchedule.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkingDays workingDays() {
        HolidaySchedule schedule = schedule();
        return WorkingDays.of(schedule.years(), schedule.days());
    }
}
