package org.projectdesk.supervision.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The supervision board: running matters by light now, statutory limits broken, and for each
 * department its yellow and red matters now and its on-time rate (效能) over the period: the share
 * of its matters decided in the period (a simulated approval counts on its own day) on or before
 * their due date; with the extended-hours and overtime services it gave, and the coordination
 * problems it is responsible for that are overdue now (as the last scan found them).
 */
public record Board(LocalDate from, LocalDate to, long green, long yellow, long red, long statutoryOverdue,
        List<DepartmentRow> departments) {

    public record DepartmentRow(String code, String name, String nameEn, long running, long yellow, long red,
            long decided, long onTime, Double onTimeRate, long services, BigDecimal serviceHours,
            long overdueProblems) {
    }
}
