package org.projectdesk.web.calendar;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.projectdesk.calendar.boundary.CalendarOutlook;
import org.projectdesk.calendar.boundary.CalendarYears;

/**
 * The banner that asks the administrators and the director to import a year's official holiday
 * schedule (WEB-INF/includes/calendar-banner.xhtml): shown from the warning day while this year, or
 * next year, has none. The page decides who sees it; this bean only says whether and which year.
 */
@Named
@RequestScoped
public class CalendarBanner {

    @EJB
    CalendarYears years;

    private CalendarOutlook outlook;

    public boolean isShown() {
        return outlook().warns();
    }

    /** The year without its official schedule, as text ("2027", not a number formatted as "2,027"). */
    public String getYear() {
        return outlook().warns() ? String.valueOf(outlook().unannouncedYear()) : "";
    }

    private CalendarOutlook outlook() {
        if (outlook == null) {
            outlook = years.outlook();
        }
        return outlook;
    }
}
