package org.projectdesk.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.projectdesk.calendar.boundary.CalendarOutlook;
import org.projectdesk.calendar.boundary.CalendarYears;
import org.projectdesk.calendar.boundary.DateMove;
import org.projectdesk.calendar.boundary.DatesMoved;
import org.projectdesk.security.entity.Role;
import org.projectdesk.supervision.boundary.Notice;
import org.projectdesk.supervision.boundary.NoticeText;
import org.projectdesk.supervision.boundary.Notices;
import org.projectdesk.supervision.boundary.Recipients;
import org.projectdesk.supervision.entity.NoticeKind;

/**
 * Who the calendar's changes concern, told in their inbox (these notices are not e-mailed): each
 * officer whose projects' dates an import moved, and the administrators and directors once a year
 * when a year they need still has no official schedule.
 */
@ApplicationScoped
public class CalendarNotices {

    /** Characters of moved dates one officer's notice lists before saying "…" (the body holds 4,000). */
    static final int MOVES_IN_A_NOTICE = 3600;

    @Inject
    Notices notices;

    @Inject
    CalendarYears calendar;

    @Inject
    Clock clock;

    void onDatesMoved(@Observes DatesMoved moved) {
        String key = "calendar:" + moved.years().first() + "-" + moved.years().last() + "@" + clock.millis();
        Map<String, List<DateMove>> byOfficer = new TreeMap<>();
        moved.moves().stream().filter(m -> m.officer() != null)
                .forEach(m -> byOfficer.computeIfAbsent(m.officer(), o -> new ArrayList<>()).add(m));
        byOfficer.forEach((officer, theirs) -> {
            StringBuilder list = new StringBuilder();
            for (DateMove m : theirs) {
                String line = m.fileNo() + " " + m.subject() + " " + m.field() + " " + m.before() + " → " + m.after();
                if (list.length() + line.length() > MOVES_IN_A_NOTICE) {
                    list.append(", …");
                    break;
                }
                list.append(list.isEmpty() ? "" : ", ").append(line);
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("years", moved.years().first().equals(moved.years().last()) ? moved.years().first()
                    : moved.years().first() + "–" + moved.years().last());
            figures.put("count", theirs.size());
            figures.put("dates", list.toString().replace(';', ',').replace('=', ' '));
            notices.send(Notice.of(NoticeKind.DATES_MOVED, key, Recipients.users(officer))
                    .saying(NoticeText.body(figures)).inboxOnly());
        });
    }

    /**
     * Tells every administrator and director, once a year, that a year they need has no official
     * schedule yet; reruns send nothing twice. Returns how many were told now.
     */
    public int remindUnannounced() {
        CalendarOutlook outlook = calendar.outlook();
        if (!outlook.warns()) {
            return 0;
        }
        return notices.send(Notice.of(NoticeKind.CALENDAR_MISSING, "calendar:" + outlook.unannouncedYear(),
                        Recipients.roles(Role.ADMIN, Role.DIRECTOR))
                .saying(NoticeText.body(Map.of("year", outlook.unannouncedYear()))).inboxOnly());
    }
}
