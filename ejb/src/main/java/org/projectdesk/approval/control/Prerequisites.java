package org.projectdesk.approval.control;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.shared.control.Settings;

/**
 * How a project's matters stand on each other. A simulated approval stands in for the legal
 * precondition that is not yet met, the land: the matters of the precondition departments
 * (setting {@code projectdesk.simulated.precondition-departments}, default {@code LAND}) may still be
 * open beneath it, and a green-channel plan schedules simulatable matters beside them, not after.
 */
public final class Prerequisites {

    private final Map<String, Matter> byCode;
    private final Set<String> preconditionDepartments;

    private Prerequisites(Collection<Matter> matters, Set<String> preconditionDepartments) {
        this.byCode = matters.stream().collect(Collectors.toMap(Matter::getCategoryCode, Function.identity()));
        this.preconditionDepartments = preconditionDepartments;
    }

    public static Prerequisites of(Collection<Matter> matters) {
        return new Prerequisites(matters, configuredPreconditionDepartments());
    }

    static Set<String> configuredPreconditionDepartments() {
        return Arrays.stream(Settings.get("projectdesk.simulated.precondition-departments", "LAND").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Planned prerequisites not yet formally approved: a matter is approved only after them. */
    public List<String> notApproved(Matter matter) {
        return planned(matter).filter(m -> m.getStatus() != MatterStatus.APPROVED)
                .map(Matter::getCategoryCode).sorted().toList();
    }

    /** What stops a simulated approval: prerequisites neither approved (formally or simulated) nor of the precondition. */
    public List<String> blockingSimulation(Matter matter) {
        return planned(matter).filter(m -> !m.isApprovedOrSimulated())
                .filter(m -> !preconditionDepartments.contains(m.getDepartmentCode()))
                .map(Matter::getCategoryCode).sorted().toList();
    }

    /** Every matter that stands on this one, directly or through others, in plan order. */
    public List<Matter> dependents(Matter matter) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(matter.getCategoryCode()));
        while (!todo.isEmpty()) {
            String code = todo.pop();
            byCode.values().stream().filter(m -> m.getPrerequisites().contains(code))
                    .map(Matter::getCategoryCode).filter(found::add).forEach(todo::push);
        }
        return found.stream().map(byCode::get).toList();
    }

    /**
     * The plan as scheduled now: every matter not dropped or halted on its current limit; on the
     * green channel a simulatable matter does not wait for the precondition's matters.
     */
    public PlanSchedule schedule() {
        return PlanSchedule.of(byCode.values().stream()
                .filter(m -> m.getStatus() != MatterStatus.DROPPED && m.getStatus() != MatterStatus.HALTED)
                .map(m -> new PlanSchedule.Item(m.getCategoryCode(), m.limitDays(), scheduledPrerequisites(m)))
                .toList());
    }

    private List<String> scheduledPrerequisites(Matter m) {
        if (!m.isGreenChannel() || !m.isSimulatable()) {
            return m.getPrerequisites();
        }
        return m.getPrerequisites().stream().filter(code -> {
            Matter before = byCode.get(code);
            return before == null || !preconditionDepartments.contains(before.getDepartmentCode());
        }).toList();
    }

    private java.util.stream.Stream<Matter> planned(Matter matter) {
        return matter.getPrerequisites().stream().map(byCode::get).filter(m -> m != null)
                .filter(m -> m.getStatus() != MatterStatus.DROPPED);
    }
}
