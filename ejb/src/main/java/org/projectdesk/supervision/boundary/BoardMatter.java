package org.projectdesk.supervision.boundary;

import java.time.LocalDate;
import java.util.List;
import org.projectdesk.supervision.entity.Light;

/**
 * A running matter (or one past its statutory limit) as the board counts it, with the names people read:
 * the project, the category's name, the department's name, the officer's display name; its light as the
 * last scan left it, the working days left (negative: overdue by that many), {@code overdue} when its
 * promised date has passed, and the director's last supervision order (督办) on it, if any.
 * {@code provisional} holds "dueOn" when the due date is counted through a year without its official schedule.
 */
public record BoardMatter(String fileNo, String projectName, String categoryCode, String categoryName,
        String departmentCode, String departmentName, String departmentNameEn, String officer, String officerName,
        Light light, Integer remainingWorkingDays, LocalDate dueOn, boolean statutoryOverdue, String orderNote,
        List<String> provisional) {

    public boolean isOverdue() {
        return remainingWorkingDays != null && remainingWorkingDays < 0;
    }

    /** Under the director's supervision order (督办). */
    public boolean isUnderOrder() {
        return orderNote != null;
    }

    /** A page of them and how many there are in all. */
    public record Page(List<BoardMatter> items, long total) {
    }

    /**
     * Which matters: a board count's. {@code light} null: every running matter (a department's 在办), else the
     * running ones on that light; {@code statutoryOnly}: those past their statutory limit, whatever their
     * state (the board's 超法定时限). {@code department} and {@code officer} narrow further when given.
     */
    public record Criteria(Light light, boolean statutoryOnly, String department, String officer) {

        public static final Criteria RUNNING = new Criteria(null, false, null, null);
    }
}
