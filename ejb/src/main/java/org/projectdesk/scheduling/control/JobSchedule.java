package org.projectdesk.scheduling.control;

import java.util.Date;

/** One stored job's schedule and state, as the job store has it now. */
public record JobSchedule(String name, String cron, Date nextFire, Date previousFire, String state) {
}
