package org.projectdesk.scheduling.control;

/**
 * What a job does about firings missed while no server ran. Never a burst of every missed firing:
 * either one catch-up run as soon as the scheduler is back, or nothing until the next regular time. Firings
 * missed by less than Quartz's misfire threshold are kept to one run by {@link OneRunForMissedFirings}.
 */
public enum Misfire {
    /** Run once now, then keep the regular schedule: for scans that must see the present state. */
    CATCH_UP_ONCE,
    /** Wait for the next regular time: for work tied to its hour, such as a morning digest. */
    SKIP
}
