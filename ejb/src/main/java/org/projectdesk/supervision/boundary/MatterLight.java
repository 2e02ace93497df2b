package org.projectdesk.supervision.boundary;

import org.projectdesk.supervision.entity.Light;

/**
 * A running matter's light now: {@code remainingWorkingDays} until its due date, negative when
 * overdue by that many working days; {@code statutoryOverdue} when even the statutory limit has
 * run out. No light (null) while the clock does not run.
 */
public record MatterLight(Light light, int level, Integer remainingWorkingDays, boolean statutoryOverdue) {

    public static final MatterLight NONE = new MatterLight(null, -1, null, false);
}
