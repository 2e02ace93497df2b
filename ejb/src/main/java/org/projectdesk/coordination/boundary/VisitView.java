package org.projectdesk.coordination.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A visit as pages and the API show it, with the enterprises' and projects' names. */
public record VisitView(long id, long version, LocalDate on, List<EnterpriseRef> enterprises, List<ProjectRef> projects,
        List<String> staff, List<String> departments, String issues, List<VisitRecord.Action> actions,
        String recordedBy, Instant recordedAt, String changedBy, Instant changedAt) {

    public record EnterpriseRef(String creditCode, String name) {
    }

    public record ProjectRef(String fileNo, String name) {
    }
}
