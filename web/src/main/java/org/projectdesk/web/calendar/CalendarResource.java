package org.projectdesk.web.calendar;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.calendar.boundary.CalendarYears;
import org.projectdesk.calendar.boundary.DateMove;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.boundary.YearSummary;
import org.projectdesk.web.api.InvalidParameter;

/**
 * Working-day arithmetic for any signed-in user; a year that is not loaded answers 422 naming it, a
 * due date counted through a provisional year (no official schedule yet) says so.
 */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** Ten years of working days: far beyond any statutory limit, small enough to refuse nonsense. */
    static final int MAX_DAYS = 2500;

    /** {@code provisional} holds "due" when the due date is counted through a year without its official schedule. */
    public record Due(LocalDate from, int days, LocalDate due, List<String> provisional) {
    }

    public record Count(LocalDate from, LocalDate to, int count) {
    }

    @Inject
    WorkingDayCalendar calendar;

    @EJB
    CalendarYears years;

    @GET
    @Path("add-working-days")
    public Due addWorkingDays(@QueryParam("from") String from, @QueryParam("days") String days) {
        LocalDate start = InvalidParameter.date("from", from);
        int count = InvalidParameter.wholeNumber("days", days, 0, MAX_DAYS);
        LocalDate due = calendar.addWorkingDays(start, count);
        return new Due(start, count, due, calendar.provisionalDates().check("due", due).names());
    }

    @GET
    @Path("working-days")
    public Count workingDays(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = InvalidParameter.date("from", from);
        LocalDate end = InvalidParameter.date("to", to);
        if (end.isBefore(start)) {
            throw new InvalidParameter("to", "to (" + end + ") must not be before from (" + start + ")");
        }
        return new Count(start, end, calendar.countWorkingDays(start, end));
    }

    @GET
    @Path("years")
    public List<YearSummary> years() {
        return years.years();
    }

    /**
     * Takes back a year an administrator imported (ADMIN): it is provisional again, and the dates it
     * moved are counted back; the answer lists them. The shipped years cannot be withdrawn (422).
     */
    @DELETE
    @Path("years/{year}")
    public List<DateMove> withdraw(@PathParam("year") String year) {
        return years.withdraw(InvalidParameter.wholeNumber("year", year, 1900, 2200));
    }
}
