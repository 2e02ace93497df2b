package org.projectdesk.report.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.report.control.ReportData.MatterRow;
import org.projectdesk.report.control.ReportData.ProjectRow;
import org.projectdesk.supervision.control.LightRule;
import org.projectdesk.supervision.control.ProjectLightRule;

/**
 * Computes a week's figures from its data: a pure function, so the same data always gives the same
 * report. The week runs from its Monday to {@code end} (its Sunday, or today for the week in
 * progress); states are judged as they stood at the end of {@code end}:
 * <ul>
 * <li>a project's approvals are complete when every matter of its plan (dropped ones aside) was
 *     decided by then; it is in approval when not complete and one matter was accepted; paused,
 *     preparing to start and started by the dated status it has;</li>
 * <li>elapsed working days run from its first acceptance to its last decision (complete) or to
 *     {@code end}; the serial limits are the sums of its matters' statutory and promised days;</li>
 * <li>a matter is yellow or red as the time-limit rule judges its due day on {@code end}, if it was
 *     accepted and not yet decided then; on time when decided by its due day;</li>
 * <li>the joint completion acceptance's figures are the acceptance feature's for the week (its definitions
 *     are there); the report sets them beside the week before's;</li>
 * <li>by town ({@link WeeklyFigures.TownRow}): the projects taken in and not withdrawn, their investment, those in
 *     approval and those started by the same tests as the city's figures, the red running matters of those projects,
 *     and the referrals registered in the week; so each column of the towns adds up to the city's total, which is
 *     computed over every town (investment rounded once, not summed from the rounded rows).</li>
 * </ul>
 */
public final class WeeklyCalculator {

    /** A department in catalogue order. */
    public record Department(String code, String name, String nameEn) {
    }

    /** A town in list order; an inactive one is listed only when it has a figure. */
    public record Town(String code, String name, String nameEn, boolean active) {
    }

    /** What the week learns of one town. */
    private static final class TownCount {
        long projects;
        BigDecimal investment = BigDecimal.ZERO;
        long inApproval;
        long started;
        long red;
        long referrals;

        WeeklyFigures.TownRow row(String code, String name, String nameEn) {
            return new WeeklyFigures.TownRow(code, name, nameEn, projects, yi(investment), inApproval, started, red, referrals);
        }
    }

    private final LightRule rule;
    private final ProjectLightRule projectRule;
    private final LightRule.WorkingDayCount count;

    public WeeklyCalculator(LightRule rule, ProjectLightRule projectRule, LightRule.WorkingDayCount count) {
        this.rule = rule;
        this.projectRule = projectRule;
        this.count = count;
    }

    /** The week's figures, the matters read from {@code data}'s rows. */
    public WeeklyFigures compute(IsoWeek week, LocalDate end, ReportData data, List<Department> departments, List<Town> towns) {
        return compute(week, end, data, totals(week.monday(), end, data), departments, towns);
    }

    /** The projects taken in by {@code end} and not withdrawn by then: those the report follows. */
    static boolean active(ProjectRow p, LocalDate end) {
        return !p.intakeOn().isAfter(end) && !(p.status() == ProjectStatus.WITHDRAWN && dated(p.statusChangedOn(), end));
    }

    /**
     * What the matters of the active projects come to on {@code end}, read row by row: the definition that
     * {@link WeeklyMatterTotals} states in SQL (WeeklyReportsIT holds the two together).
     */
    MatterTotals totals(LocalDate from, LocalDate end, ReportData data) {
        Map<Long, MatterTotals.Plan> plans = new HashMap<>();
        data.projects().stream().filter(p -> active(p, end)).forEach(p -> plans.put(p.id(), new MatterTotals.Plan()));
        Map<String, long[]> byDepartment = new HashMap<>();
        long[] approvedThisWeek = new long[1];
        try (Stream<MatterRow> matters = data.matters().get()) {
            matters.filter(m -> !m.isDropped()).forEach(m -> {
                MatterTotals.Plan plan = plans.get(m.projectId());
                if (plan == null) {
                    return;
                }
                plan.planned++;
                plan.statutoryDays += m.statutoryDays();
                plan.promisedDays += m.promisedDays();
                if (dated(m.acceptedOn(), end) && (plan.firstAccepted == null || m.acceptedOn().isBefore(plan.firstAccepted))) {
                    plan.firstAccepted = m.acceptedOn();
                }
                if (m.decidedBy(end)) {
                    plan.decided++;
                    LocalDate on = m.status() == MatterStatus.HALTED ? m.haltedOn() : m.decidedOn();
                    if (plan.lastDecision == null || on.isAfter(plan.lastDecision)) {
                        plan.lastDecision = on;
                    }
                }
                if (m.status() == MatterStatus.APPROVED && m.decidedBy(end)) {
                    plan.approved++;
                }
                // departments[code] = {decided this week, on time, red, yellow}
                long[] department = byDepartment.computeIfAbsent(m.departmentCode(), k -> new long[4]);
                if ((m.status() == MatterStatus.APPROVED || m.status() == MatterStatus.RETURNED) && within(m.decidedOn(), from, end)) {
                    department[0]++;
                    department[1] += m.dueOn() == null || !m.decidedOn().isAfter(m.dueOn()) ? 1 : 0;
                    approvedThisWeek[0] += m.status() == MatterStatus.APPROVED ? 1 : 0;
                }
                if (running(m, end)) {
                    int level = level(m, end);
                    department[2] += level >= 2 ? 1 : 0;
                    department[3] += level == 1 ? 1 : 0;
                    plan.red += level >= 2 ? 1 : 0;
                    plan.yellow += level == 1 ? 1 : 0;
                    plan.light = Math.max(plan.light == null ? 0 : plan.light, level);
                    if (plan.latestRunningDue == null || m.dueOn().isAfter(plan.latestRunningDue)) {
                        plan.latestRunningDue = m.dueOn();
                    }
                }
            });
        }
        return new MatterTotals(plans, byDepartment, approvedThisWeek[0]);
    }

    /** The week's figures, the matters' part given as {@code totals} (of the same {@code end}). */
    public WeeklyFigures compute(IsoWeek week, LocalDate end, ReportData data, MatterTotals totals, List<Department> departments,
            List<Town> towns) {
        LocalDate from = week.monday();
        List<ProjectRow> accepted = data.projects().stream().filter(p -> !p.intakeOn().isAfter(end)).toList();
        List<ProjectRow> active = accepted.stream().filter(p -> active(p, end)).toList();
        Map<String, long[]> byDepartment = totals.departments();

        long approvalsCompleted = 0;
        long started = 0;
        long preparing = 0;
        long inApproval = 0;
        long paused = 0;
        List<Integer> statutory = new ArrayList<>();
        List<Integer> promised = new ArrayList<>();
        List<Integer> elapsedAll = new ArrayList<>();
        List<WeeklyFigures.GreenChannelRow> green = new ArrayList<>();
        List<WeeklyFigures.ProjectRow> rows = new ArrayList<>();
        Map<String, TownCount> byTown = new HashMap<>();
        for (ProjectRow p : active) {
            MatterTotals.Plan plan = totals.plan(p.id());
            boolean complete = plan.complete();
            boolean isStarted = dated(p.constructionStartedOn(), end);
            boolean isPaused = p.status() == ProjectStatus.PAUSED && dated(p.statusChangedOn(), end);
            boolean isPreparing = !isStarted && p.status() == ProjectStatus.PREPARING_TO_START && dated(p.statusChangedOn(), end);
            boolean approving = !complete && !isPaused && plan.firstAccepted != null;
            approvalsCompleted += complete ? 1 : 0;
            started += isStarted ? 1 : 0;
            preparing += isPreparing ? 1 : 0;
            paused += isPaused ? 1 : 0;
            inApproval += approving ? 1 : 0;
            TownCount town = byTown.computeIfAbsent(p.town(), k -> new TownCount());
            town.projects++;
            town.investment = town.investment.add(p.investment());
            town.inApproval += approving ? 1 : 0;
            town.started += isStarted ? 1 : 0;
            town.red += plan.red;
            Integer elapsed = null;
            if (plan.firstAccepted != null) {
                elapsed = count.between(plan.firstAccepted, complete ? plan.lastDecision : end);
                statutory.add(plan.statutoryDays);
                promised.add(plan.promisedDays);
                elapsedAll.add(elapsed);
                if (p.greenChannel()) {
                    green.add(new WeeklyFigures.GreenChannelRow(p.fileNo(), p.name(), elapsed, projectRule.windowFrom(),
                            projectRule.windowTo(), projectRule.overrun(elapsed) ? "OVER" : complete ? "WITHIN" : "RUNNING", p.town()));
                }
            }
            Integer light = projectLight(p, plan, approving, end);
            String stage = isPaused ? "PAUSED" : isStarted ? "CONSTRUCTION_STARTED" : isPreparing ? "PREPARING_TO_START"
                    : complete ? "APPROVALS_COMPLETED" : approving ? "IN_APPROVAL" : "ACCEPTED";
            rows.add(new WeeklyFigures.ProjectRow(p.fileNo(), p.name(), p.officer(), stage, plan.approved, plan.planned,
                    plan.red, plan.yellow, plan.statutoryDays, plan.promisedDays, elapsed, light, p.town()));
        }
        rows.sort(Comparator.comparing((WeeklyFigures.ProjectRow r) -> r.light() == null ? -1 : r.light()).reversed()
                .thenComparing(Comparator.comparingLong(WeeklyFigures.ProjectRow::red).reversed())
                .thenComparing(Comparator.comparingLong(WeeklyFigures.ProjectRow::yellow).reversed())
                .thenComparing(Comparator.comparingInt((WeeklyFigures.ProjectRow r) ->
                        r.elapsedDays() == null ? Integer.MIN_VALUE : r.elapsedDays() - r.promisedDays()).reversed())
                .thenComparing(WeeklyFigures.ProjectRow::fileNo));

        List<WeeklyFigures.DepartmentRow> departmentRows = new ArrayList<>();
        for (Department d : departments) {
            long[] c = byDepartment.getOrDefault(d.code(), new long[4]);
            departmentRows.add(new WeeklyFigures.DepartmentRow(d.code(), d.name(), d.nameEn(), c[0], c[1],
                    c[0] == 0 ? null : round(100.0 * c[1] / c[0]), c[2], c[3]));
        }
        Set<Long> meetingProjects = new HashSet<>();
        long meetings = 0;
        for (ReportData.MeetingRow meeting : data.meetings()) {
            if (within(meeting.heldOn(), from, end)) {
                meetings++;
                meetingProjects.addAll(meeting.projectIds());
            }
        }
        BigDecimal investment = yi(accepted.stream().map(ProjectRow::investment).reduce(BigDecimal.ZERO, BigDecimal::add));
        data.referrals().stream().filter(r -> within(r.registeredOn(), from, end))
                .forEach(r -> byTown.computeIfAbsent(r.town(), k -> new TownCount()).referrals++);
        return new WeeklyFigures(week.toString(), from, end, !end.isBefore(week.sunday()),
                accepted.size(), accepted.stream().filter(p -> within(p.intakeOn(), from, end)).count(), investment,
                meetings, meetingProjects.size(), data.coordination().visits(), data.coordination().visitProjects(),
                approvalsCompleted, started, preparing, inApproval, paused,
                average(statutory), average(promised), average(elapsedAll), totals.approved(),
                departmentRows.stream().mapToLong(WeeklyFigures.DepartmentRow::red).sum(),
                departmentRows.stream().mapToLong(WeeklyFigures.DepartmentRow::yellow).sum(),
                data.coordination().problemsOpened(), data.coordination().problemsResolved(),
                data.services().stream().filter(s -> s.kind().equals("EXTENDED_HOURS") && within(s.servedOn(), from, end)).count(),
                data.services().stream().filter(s -> s.kind().equals("OVERTIME") && within(s.servedOn(), from, end)).count(),
                mostAtRisk(green), green.size(), departmentRows, rows.size() > WeeklyFigures.MOST_LISTED ? List.copyOf(rows.subList(0, WeeklyFigures.MOST_LISTED))
                        : rows, rows.size(), Map.of(),
                data.acceptance() == null ? null : new WeeklyFigures.AcceptanceWeek(data.acceptance().total(), null, Map.of(),
                        data.acceptance().departments()),
                townRows(towns, byTown), townsTotal(byTown.values()));
    }

    /** The listed towns in order, an inactive one only with a figure; a town missing from the list last, by code. */
    private static List<WeeklyFigures.TownRow> townRows(List<Town> towns, Map<String, TownCount> byTown) {
        List<WeeklyFigures.TownRow> rows = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Town t : towns) {
            listed.add(t.code());
            WeeklyFigures.TownRow row = byTown.getOrDefault(t.code(), new TownCount()).row(t.code(), t.name(), t.nameEn());
            if (t.active() || row.hasFigures()) {
                rows.add(row);
            }
        }
        byTown.keySet().stream().filter(code -> code != null && !listed.contains(code)).sorted()
                .forEach(code -> rows.add(byTown.get(code).row(code, code, code)));
        return rows;
    }

    private static WeeklyFigures.TownRow townsTotal(java.util.Collection<TownCount> towns) {
        TownCount total = new TownCount();
        for (TownCount t : towns) {
            total.projects += t.projects;
            total.investment = total.investment.add(t.investment);
            total.inApproval += t.inApproval;
            total.started += t.started;
            total.red += t.red;
            total.referrals += t.referrals;
        }
        return total.row(null, null, null);
    }

    /** 万元 as 亿元, to the cent of a 亿. */
    private static BigDecimal yi(BigDecimal wan) {
        return wan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }

    /**
     * The week's figures with their changes on the week before: each count's ({@link #changes}) and the
     * acceptance figures', beside last week's.
     */
    public static WeeklyFigures weekOverWeek(WeeklyFigures current, WeeklyFigures previous) {
        WeeklyFigures compared = current.withChanges(changes(current, previous));
        WeeklyFigures.AcceptanceWeek now = current.acceptance();
        if (now == null || previous.acceptance() == null) {
            return compared;
        }
        AcceptanceFiguresView.Row before = previous.acceptance().thisWeek();
        return compared.withAcceptance(new WeeklyFigures.AcceptanceWeek(now.thisWeek(), before,
                acceptanceChanges(now.thisWeek(), before), now.departments()));
    }

    /** Each acceptance figure of {@code current} minus the same of {@code previous}, where both have one. */
    static Map<String, Number> acceptanceChanges(AcceptanceFiguresView.Row current, AcceptanceFiguresView.Row previous) {
        Map<String, Number> changes = new LinkedHashMap<>();
        if (current == null || previous == null) {
            return changes;
        }
        Map<String, Number> before = previous.figures();
        current.figures().forEach((name, value) -> {
            Number old = before.get(name);
            if (value != null && old != null) {
                changes.put(name, value instanceof Double || old instanceof Double
                        ? BigDecimal.valueOf(value.doubleValue()).subtract(BigDecimal.valueOf(old.doubleValue()))
                        : (Number) (value.longValue() - old.longValue()));
            }
        });
        return changes;
    }

    /** Each count of {@code current} minus the same count of {@code previous}. */
    public static Map<String, Number> changes(WeeklyFigures current, WeeklyFigures previous) {
        Map<String, Number> before = previous.counts();
        Map<String, Number> changes = new LinkedHashMap<>();
        current.counts().forEach((name, value) -> changes.put(name, value instanceof BigDecimal b
                ? b.subtract((BigDecimal) before.get(name)) : value.longValue() - before.get(name).longValue()));
        return changes;
    }

    /** The green-channel projects longest in approval first, at most {@link WeeklyFigures#MOST_LISTED}. */
    private static List<WeeklyFigures.GreenChannelRow> mostAtRisk(List<WeeklyFigures.GreenChannelRow> green) {
        return green.stream().sorted(Comparator.comparingInt(WeeklyFigures.GreenChannelRow::elapsedDays).reversed()
                .thenComparing(WeeklyFigures.GreenChannelRow::fileNo)).limit(WeeklyFigures.MOST_LISTED).toList();
    }

    /** The project's light on {@code end} by the rule the scan applies (the report does not see problems). */
    private Integer projectLight(ProjectRow p, MatterTotals.Plan plan, boolean approving, LocalDate end) {
        ProjectLightRule.Window window = p.greenChannel() && approving
                ? ProjectLightRule.Window.of(plan.firstAccepted, end, plan.latestRunningDue, count) : null;
        int level = projectRule.level(plan.light == null ? ProjectLightRule.NONE : plan.light, ProjectLightRule.NONE, window);
        return level == ProjectLightRule.NONE ? null : level;
    }

    private boolean running(MatterRow m, LocalDate end) {
        return dated(m.acceptedOn(), end) && m.dueOn() != null && !m.decidedBy(end) && m.status() != MatterStatus.HALTED
                && m.status() != MatterStatus.SIMULATED;
    }

    private int level(MatterRow m, LocalDate end) {
        if (!running(m, end)) {
            return 0;
        }
        return rule.judge(end, m.dueOn(), null, m.limitDays(), count).level();
    }

    private static boolean dated(LocalDate day, LocalDate end) {
        return day != null && !day.isAfter(end);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static Double average(List<Integer> values) {
        return values.isEmpty() ? null : round(values.stream().mapToInt(Integer::intValue).average().orElse(0));
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
