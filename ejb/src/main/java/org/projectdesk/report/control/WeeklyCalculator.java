package org.projectdesk.report.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.report.control.ReportData.MatterRow;
import org.projectdesk.report.control.ReportData.ProjectRow;
import org.projectdesk.supervision.control.LightRule;

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
 *     accepted and not yet decided then; on time when decided by its due day.</li>
 * </ul>
 */
public final class WeeklyCalculator {

    /** A department in catalogue order. */
    public record Department(String code, String name, String nameEn) {
    }

    private final LightRule rule;
    private final int windowFrom;
    private final int windowTo;
    private final LightRule.WorkingDayCount count;

    public WeeklyCalculator(LightRule rule, int windowFrom, int windowTo, LightRule.WorkingDayCount count) {
        this.rule = rule;
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.count = count;
    }

    public WeeklyFigures compute(IsoWeek week, LocalDate end, ReportData data, List<Department> departments) {
        LocalDate from = week.monday();
        Map<Long, List<MatterRow>> mattersOf = data.matters().stream()
                .filter(m -> !m.isDropped()).collect(Collectors.groupingBy(MatterRow::projectId));
        List<ProjectRow> accepted = data.projects().stream().filter(p -> !p.intakeOn().isAfter(end)).toList();
        List<ProjectRow> active = accepted.stream()
                .filter(p -> !(p.status() == ProjectStatus.WITHDRAWN && dated(p.statusChangedOn(), end))).toList();

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
        Map<String, long[]> lights = new LinkedHashMap<>();
        for (ProjectRow p : active) {
            List<MatterRow> plan = mattersOf.getOrDefault(p.id(), List.of());
            boolean complete = !plan.isEmpty() && plan.stream().allMatch(m -> m.decidedBy(end));
            boolean isStarted = dated(p.constructionStartedOn(), end);
            boolean isPaused = p.status() == ProjectStatus.PAUSED && dated(p.statusChangedOn(), end);
            boolean isPreparing = !isStarted && p.status() == ProjectStatus.PREPARING_TO_START && dated(p.statusChangedOn(), end);
            LocalDate firstAccepted = plan.stream().map(MatterRow::acceptedOn).filter(d -> dated(d, end))
                    .min(LocalDate::compareTo).orElse(null);
            approvalsCompleted += complete ? 1 : 0;
            started += isStarted ? 1 : 0;
            preparing += isPreparing ? 1 : 0;
            paused += isPaused ? 1 : 0;
            boolean approving = !complete && !isPaused && firstAccepted != null;
            inApproval += approving ? 1 : 0;

            int statutoryDays = plan.stream().mapToInt(MatterRow::statutoryDays).sum();
            int promisedDays = plan.stream().mapToInt(MatterRow::promisedDays).sum();
            Integer elapsed = null;
            if (firstAccepted != null) {
                LocalDate until = complete ? plan.stream().map(m -> m.status() == MatterStatus.HALTED ? m.haltedOn() : m.decidedOn())
                        .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(end) : end;
                elapsed = count.between(firstAccepted, until);
                statutory.add(statutoryDays);
                promised.add(promisedDays);
                elapsedAll.add(elapsed);
                if (p.greenChannel()) {
                    green.add(new WeeklyFigures.GreenChannelRow(p.fileNo(), p.name(), elapsed, windowFrom, windowTo,
                            elapsed > windowTo ? "OVER" : complete ? "WITHIN" : "RUNNING"));
                }
            }
            long red = 0;
            long yellow = 0;
            for (MatterRow m : plan) {
                int level = level(m, end);
                if (level >= 1) {
                    long[] counts = lights.computeIfAbsent(m.departmentCode(), k -> new long[2]);
                    counts[level >= 2 ? 1 : 0]++;
                    red += level >= 2 ? 1 : 0;
                    yellow += level == 1 ? 1 : 0;
                }
            }
            Integer light = plan.stream().filter(m -> running(m, end)).map(m -> Math.min(level(m, end), 2))
                    .max(Integer::compare).orElse(null);
            String stage = isPaused ? "PAUSED" : isStarted ? "CONSTRUCTION_STARTED" : isPreparing ? "PREPARING_TO_START"
                    : complete ? "APPROVALS_COMPLETED" : approving ? "IN_APPROVAL" : "ACCEPTED";
            rows.add(new WeeklyFigures.ProjectRow(p.fileNo(), p.name(), p.officer(), stage,
                    plan.stream().filter(m -> m.status() == MatterStatus.APPROVED && m.decidedBy(end)).count(), plan.size(),
                    red, yellow, statutoryDays, promisedDays, elapsed, light));
        }
        rows.sort(Comparator.comparing((WeeklyFigures.ProjectRow r) -> r.light() == null ? -1 : r.light()).reversed()
                .thenComparing(Comparator.comparingLong(WeeklyFigures.ProjectRow::red).reversed())
                .thenComparing(Comparator.comparingLong(WeeklyFigures.ProjectRow::yellow).reversed())
                .thenComparing(Comparator.comparingInt((WeeklyFigures.ProjectRow r) ->
                        r.elapsedDays() == null ? Integer.MIN_VALUE : r.elapsedDays() - r.promisedDays()).reversed())
                .thenComparing(WeeklyFigures.ProjectRow::fileNo));

        Set<Long> activeIds = active.stream().map(ProjectRow::id).collect(Collectors.toSet());
        List<MatterRow> planned = data.matters().stream().filter(m -> !m.isDropped() && activeIds.contains(m.projectId())).toList();
        List<WeeklyFigures.DepartmentRow> departmentRows = new ArrayList<>();
        for (Department d : departments) {
            List<MatterRow> decided = planned.stream().filter(m -> m.departmentCode().equals(d.code()))
                    .filter(m -> (m.status() == MatterStatus.APPROVED || m.status() == MatterStatus.RETURNED)
                            && within(m.decidedOn(), from, end))
                    .toList();
            long onTime = decided.stream().filter(m -> m.dueOn() == null || !m.decidedOn().isAfter(m.dueOn())).count();
            long[] light = lights.getOrDefault(d.code(), new long[2]);
            departmentRows.add(new WeeklyFigures.DepartmentRow(d.code(), d.name(), d.nameEn(), decided.size(), onTime,
                    decided.isEmpty() ? null : round(100.0 * onTime / decided.size()), light[1], light[0]));
        }
        Set<Long> meetingProjects = new HashSet<>();
        long meetings = 0;
        for (ReportData.MeetingRow meeting : data.meetings()) {
            if (within(meeting.heldOn(), from, end)) {
                meetings++;
                meetingProjects.addAll(meeting.projectIds());
            }
        }
        BigDecimal investment = accepted.stream().map(ProjectRow::investment).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
        return new WeeklyFigures(week.toString(), from, end, !end.isBefore(week.sunday()),
                accepted.size(), accepted.stream().filter(p -> within(p.intakeOn(), from, end)).count(), investment,
                meetings, meetingProjects.size(), data.coordination().visits(), data.coordination().visitProjects(),
                approvalsCompleted, started, preparing, inApproval, paused,
                average(statutory), average(promised), average(elapsedAll),
                planned.stream().filter(m -> m.status() == MatterStatus.APPROVED && within(m.decidedOn(), from, end)).count(),
                departmentRows.stream().mapToLong(WeeklyFigures.DepartmentRow::red).sum(),
                departmentRows.stream().mapToLong(WeeklyFigures.DepartmentRow::yellow).sum(),
                data.coordination().problemsOpened(), data.coordination().problemsResolved(),
                data.services().stream().filter(s -> s.kind().equals("EXTENDED_HOURS") && within(s.servedOn(), from, end)).count(),
                data.services().stream().filter(s -> s.kind().equals("OVERTIME") && within(s.servedOn(), from, end)).count(),
                green, departmentRows, rows, Map.of());
    }

    /** Each count of {@code current} minus the same count of {@code previous}. */
    public static Map<String, Number> changes(WeeklyFigures current, WeeklyFigures previous) {
        Map<String, Number> before = previous.counts();
        Map<String, Number> changes = new LinkedHashMap<>();
        current.counts().forEach((name, value) -> changes.put(name, value instanceof BigDecimal b
                ? b.subtract((BigDecimal) before.get(name)) : value.longValue() - before.get(name).longValue()));
        return changes;
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
