package org.projectdesk.calendar.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.projectdesk.calendar.boundary.CalendarYears;
import org.projectdesk.shared.control.ShippedFiles;

/**
 * At first start, loads the official schedule shipped in config/calendar. Later years are imported by
 * an administrator when the State Council announces them; nothing is loaded over them here. A
 * database that predates provisional years gets the dates they let the calendar count filled in.
 */
@Startup
@Singleton
@DependsOn("Database")
public class ShippedCalendar {

    static final String SHIPPED = "config/calendar/cn-holidays-2024-2026.csv";

    @Inject
    CalendarYears years;

    @PostConstruct
    void loadWhenEmpty() {
        if (years.years().isEmpty()) {
            years.loadShipped(ShippedFiles.read(SHIPPED), SHIPPED);
        } else {
            years.writeOrdinals();
            years.fillEmptyDates();
        }
    }
}
