package org.projectdesk.supervision.boundary;

import java.time.LocalDate;
import java.util.List;
import org.projectdesk.supervision.entity.Light;

/**
 * A running matter on yellow or red, as the last scan judged it; remaining days are negative when
 * overdue; {@code provisional} holds "dueOn" when the due date is provisional.
 */
public record Warning(String projectFileNo, String projectName, String categoryCode, String categoryName,
        String departmentCode, String officer, LocalDate dueOn, int remainingWorkingDays, Light light,
        boolean statutoryOverdue, List<String> provisional) {
}
