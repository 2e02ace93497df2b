package org.projectdesk.portal.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.project.entity.ProjectStatus;

/**
 * How far a project has come and whether it is late, decided once from the figures its investor
 * reads: the stage; matters done (approved, formally or simulated) of those in the plan, as a share;
 * working days used since the first acceptance against the working days promised (the critical
 * path); and the filed matters past their own promised date.
 *
 * <p>A project is <em>delayed</em> when it has used more working days than promised, or when a matter
 * filed with its department was decided after its promised date, or is still running past it. A
 * matter not yet filed has no promised date (its clock has not started) and is never late; while its
 * clock stands still (suspended) it is not late either. The page states the delay from this record,
 * so "已用 53 个工作日，承诺 30 个工作日" never stands beside "目前没有延误".
 */
public record ProjectProgress(Stage stage, boolean finished, int done, int planned, Integer workingDaysUsed,
        int promisedDays, List<String> lateMatters) {

    /** Matters that count as done: approved formally, or simulated (later matters may rely on them). */
    public static final Set<MatterStatus> DONE = Set.of(MatterStatus.APPROVED, MatterStatus.SIMULATED);

    /** Matters out of the plan, counted neither as done nor as planned. */
    public static final Set<MatterStatus> OUT_OF_PLAN = Set.of(MatterStatus.DROPPED, MatterStatus.HALTED);

    /** Where a stage stands on the tracker. */
    public enum StageState {
        DONE, CURRENT, AHEAD
    }

    /** One stage of the tracker, in order. */
    public record Step(Stage stage, StageState state) {
    }

    public ProjectProgress {
        lateMatters = List.copyOf(lateMatters);
    }

    public static ProjectProgress of(ProjectStatus status, boolean preReviewed, List<MatterView> matters,
            Integer workingDaysUsed, int promisedDays, LocalDate today) {
        boolean anyFiled = matters.stream().anyMatch(m -> m.acceptedOn() != null);
        int done = (int) matters.stream().filter(m -> DONE.contains(m.status())).count();
        int planned = (int) matters.stream().filter(m -> !OUT_OF_PLAN.contains(m.status())).count();
        List<String> late = matters.stream().filter(m -> late(m, today)).map(MatterView::categoryName).toList();
        return new ProjectProgress(Stage.of(status, preReviewed, anyFiled), Stage.finished(status), done, planned,
                workingDaysUsed, promisedDays, late);
    }

    /**
     * Whether a matter is past its promised date: filed (it has a due date) and decided after it, or
     * running on after it today. Not filed, suspended, dropped or halted: not late.
     */
    public static boolean late(MatterView m, LocalDate today) {
        LocalDate due = m.dueOn();
        if (due == null) {
            return false;
        }
        return switch (m.status()) {
            case ACCEPTED, IN_REVIEW -> today.isAfter(due);
            case APPROVED, RETURNED -> m.decidedOn() != null && m.decidedOn().isAfter(due);
            case SIMULATED -> m.simulatedOn() != null && m.simulatedOn().isAfter(due);
            case PLANNED, MATERIALS_IN_PREPARATION, SUSPENDED, DROPPED, HALTED -> false;
        };
    }

    /** The share of the plan's matters done, in whole percent (0 with nothing planned). */
    public int percent() {
        return planned == 0 ? 0 : done * 100 / planned;
    }

    /** Working days used beyond the promise; 0 while within it or before any acceptance. */
    public int overrunDays() {
        return workingDaysUsed == null || promisedDays <= 0 ? 0 : Math.max(0, workingDaysUsed - promisedDays);
    }

    public boolean delayed() {
        return overrunDays() > 0 || !lateMatters.isEmpty();
    }

    /** Every stage in order, done, current or ahead (all done once the completion acceptance passed). */
    public List<Step> tracker() {
        return Arrays.stream(Stage.values()).map(s -> new Step(s, finished || s.compareTo(stage) < 0 ? StageState.DONE
                : s == stage ? StageState.CURRENT : StageState.AHEAD)).toList();
    }
}
