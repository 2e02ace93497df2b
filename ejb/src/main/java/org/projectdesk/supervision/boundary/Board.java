package org.projectdesk.supervision.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The supervision board: running matters by light now, statutory limits broken, and for each
 * department its yellow and red matters now and its on-time rate (效能) over the period: the share
 * of its matters decided in the period (a simulated approval counts on its own day) on or before
 * their due date; with the extended-hours and overtime services it gave, and the coordination
 * problems it is responsible for that are overdue now (as the last scan found them). By town (区镇), the
 * weekly report's table with today's figures: each town's projects taken in and not withdrawn, their
 * investment in 亿元, those in approval (a matter accepted, one still undecided, not paused), those whose
 * construction has started, their running matters red now (as the last scan found them), and the
 * referrals the town registered in the period; in the towns' list order, an inactive town only with a
 * figure; {@code townsTotal} the city's over every town. A reader of one town's figures gets that row only.
 */
public record Board(LocalDate from, LocalDate to, long green, long yellow, long red, long statutoryOverdue,
        List<DepartmentRow> departments, List<TownRow> towns, TownRow townsTotal) {

    /** One town's figures, or the city's ({@code code} null). */
    public record TownRow(String code, String name, String nameEn, long projects, BigDecimal investmentYi, long inApproval,
            long started, long red, long referrals) {
    }

    public record DepartmentRow(String code, String name, String nameEn, long running, long yellow, long red,
            long decided, long onTime, Double onTimeRate, long services, BigDecimal serviceHours,
            long overdueProblems) {
    }
}
