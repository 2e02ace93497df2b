package org.projectdesk.meeting.boundary;

import java.util.List;
import org.projectdesk.meeting.entity.Verdict;

/** A department's opinion on one project of a meeting, as entered. */
public record OpinionRecord(String projectFileNo, String departmentCode, Verdict verdict, List<String> materials,
        String procedures, String notes) {
}
