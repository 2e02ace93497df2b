package org.projectdesk.coordination.boundary;

import java.time.LocalDate;
import java.util.List;
import org.projectdesk.coordination.entity.ProblemSource;

/**
 * A problem to raise: what it is, the responsible departments' codes, the working days they have,
 * where it came from ({@code sourceId}: the visit's or the meeting's id), and the day it was raised
 * (null: today). An investor's problems always come from the investor.
 */
public record NewProblem(String description, List<String> departments, Integer dueDays, ProblemSource source,
        Long sourceId, LocalDate on) {
}
