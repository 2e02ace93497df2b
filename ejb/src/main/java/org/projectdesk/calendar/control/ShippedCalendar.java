package org.projectdesk.calendar.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.projectdesk.calendar.boundary.CalendarYears;
import org.projectdesk.calendar.boundary.FilledDates;
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

    private static final Logger LOG = Logger.getLogger(ShippedCalendar.class.getName());

    static final String SHIPPED = "config/calendar/cn-holidays-2024-2026.csv";

    @Inject
    CalendarYears years;

    /** Not in a transaction of its own: each call below is one (the fill one per share of projects). */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadWhenEmpty() {
        if (years.years().isEmpty()) {
            years.loadShipped(ShippedFiles.read(SHIPPED), SHIPPED);
        } else {
            years.writeOrdinals();
            fillEmptyDates();
        }
    }

    private void fillEmptyDates() {
        long filled = 0;
        Long after = null;
        do {
            FilledDates share = years.fillEmptyDates(after);
            filled += share.moves().size();
            after = share.nextAfterProject();
        } while (after != null);
        if (filled > 0) {
            long total = filled;
            LOG.info(() -> "Filled in " + total + " working-day dates the calendar could not count before");
        }
    }
}
