package org.projectdesk.approval.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps a matter can take, each with the states it may be taken from. {@link Matter} refuses a
 * step from any other state and says which steps its own state allows ({@link Matter#allowedSteps}).
 * The boundary's {@code MatterEvent.Type} names the same steps.
 */
public enum MatterStep {
    PREPARE_MATERIALS(MatterStatus.PLANNED),
    ACCEPT(MatterStatus.PLANNED, MatterStatus.MATERIALS_IN_PREPARATION),
    START_REVIEW(MatterStatus.ACCEPTED),
    REQUEST_SUPPLEMENT(MatterStatus.ACCEPTED, MatterStatus.IN_REVIEW),
    /** Only while the clock stands for missing materials. */
    SUPPLEMENT_COMPLETE(MatterStatus.SUSPENDED),
    SUSPEND(MatterStatus.ACCEPTED, MatterStatus.IN_REVIEW),
    /** Only while the clock stands for a special procedure. */
    RESUME(MatterStatus.SUSPENDED),
    APPROVE(MatterStatus.ACCEPTED, MatterStatus.IN_REVIEW),
    RETURN(MatterStatus.ACCEPTED, MatterStatus.IN_REVIEW),
    DROP(MatterStatus.PLANNED, MatterStatus.MATERIALS_IN_PREPARATION),
    /** Only a simulatable category. */
    ISSUE_SIMULATED(MatterStatus.ACCEPTED, MatterStatus.IN_REVIEW),
    CONVERT_SIMULATED(MatterStatus.SIMULATED),
    HALT(MatterStatus.SIMULATED);

    private final Set<MatterStatus> from;

    MatterStep(MatterStatus first, MatterStatus... more) {
        this.from = EnumSet.of(first, more);
    }

    /** Whether the step may be taken from this state (the matter may still refuse it for its own reasons). */
    public boolean allowedFrom(MatterStatus status) {
        return from.contains(status);
    }
}
