package org.projectdesk.coordination.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit as recorded or corrected: the day, the enterprises' credit codes (the projects'
 * enterprises are added anyway), the projects' file numbers, the staff, the departments present,
 * the issues raised and the follow-up actions; {@code version} as read when correcting.
 */
public record VisitRecord(LocalDate on, List<String> enterprises, List<String> projects, List<String> staff,
        List<String> departments, String issues, List<Action> actions, Long version) {

    /** A follow-up action: what, who, by when. */
    public record Action(String action, String owner, LocalDate dueOn) {
    }
}
