package org.projectdesk.supervision.entity;

/**
 * A time-limit light. The scan stores alert levels: 0 green, 1 yellow, 2 red, and 3 for red long
 * enough to reach the leadership, which shows as red.
 */
public enum Light {
    GREEN,
    YELLOW,
    RED;

    public static Light ofLevel(Integer level) {
        if (level == null) {
            return null;
        }
        return level <= 0 ? GREEN : level == 1 ? YELLOW : RED;
    }

    public int level() {
        return ordinal();
    }
}
