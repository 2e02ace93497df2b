package org.projectdesk.worklist.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.projectdesk.supervision.entity.Light;

/**
 * One row of a work queue, with the names people read: the project by file number and name, what is
 * to be done ({@code subject}: the matter's category, the material, the meeting's place, the problem or
 * the complaint), the department's name (Chinese and English), the state as its constant (a page words
 * it), the light and working days left (negative when overdue) of a running matter, the due date or the
 * meeting's start, the id of the meeting, problem, complaint or acceptance case to open, and a person's
 * display name where one belongs (the officer, the investor who complained), and for a matter its category's
 * code ({@code subject} is the Chinese name kept on the matter; a page in another language names it by the code).
 */
public record WorkItem(String fileNo, String projectName, String subject, String departmentName, String departmentNameEn,
        String status, Light light, Integer workingDaysLeft, LocalDate dueOn, LocalDateTime at, Long id, String person,
        String categoryCode) {
}
