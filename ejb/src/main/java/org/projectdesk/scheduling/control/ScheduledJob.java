package org.projectdesk.scheduling.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a CDI bean implementing {@link org.quartz.Job} as a scheduled job. The cron expression is
 * the default; the setting {@code projectdesk.scheduler.<name>.cron} (or its environment form)
 * replaces it, and the stored trigger follows the setting at the next start.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ScheduledJob {

    /** Stable key of the job and its trigger in the job store. */
    String name();

    /** Quartz cron expression (seconds first), in the server's time zone. */
    String cron();

    Misfire misfire() default Misfire.CATCH_UP_ONCE;

    String description() default "";

    /**
     * Fires once as soon as the scheduler starts when the job store holds no run of the job (a new
     * installation, a database just filled from a ledger, or runs older than the kept history): for work
     * whose absence users see, such as lights that would otherwise stay dark until the first regular firing.
     */
    boolean runsOnFirstStart() default false;
}
