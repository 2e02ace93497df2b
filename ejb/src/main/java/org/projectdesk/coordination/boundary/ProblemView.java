package org.projectdesk.coordination.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.coordination.entity.Problem;
import org.projectdesk.coordination.entity.ProblemSource;
import org.projectdesk.coordination.entity.ProblemStatus;

/**
 * A problem as pages and the API show it; {@code overdue}: open or in progress and past its due date
 * today; {@code provisional} holds "dueOn" when the due date (its working days counted from the day
 * raised) runs through a year without its official holiday schedule.
 */
public record ProblemView(long id, long version, String projectFileNo, String projectName, String description,
        List<String> departments, ProblemSource source, Long sourceId, LocalDate raisedOn, int dueDays,
        LocalDate dueOn, ProblemStatus status, boolean overdue, String resolution, LocalDate resolvedOn,
        LocalDate escalatedOn, String escalationReason, String raisedBy, Instant raisedAt, List<String> provisional) {

    static ProblemView of(Problem p, String fileNo, String projectName, LocalDate today, WorkingDayCalendar calendar) {
        return new ProblemView(p.getId(), p.getVersion(), fileNo, projectName, p.getDescription(),
                List.copyOf(p.getDepartments()), p.getSource(), p.getSourceId(), p.getRaisedOn(), p.getDueDays(),
                p.getDueOn(), p.getStatus(), p.isOverdue(today), p.getResolution(), p.getResolvedOn(),
                p.getEscalatedOn(), p.getEscalationReason(), p.getRaisedBy(), p.getRaisedAt(),
                calendar.provisionalDates().check("dueOn", p.getDueOn()).names());
    }
}
