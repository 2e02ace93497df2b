package org.projectdesk.servicefile.boundary;

import java.time.LocalDate;
import org.projectdesk.supervision.entity.Light;

/**
 * Something beside its matters that lights a project, such as an overdue coordination problem. The
 * features that have such things implement it (as CDI beans), so the service file shows the same
 * light the time-limit scan stores without knowing them.
 */
public interface ProjectAlarm {

    /** The light it gives the project today, or null when it gives none (asked with the file's writes flushed). */
    Light lightOf(Long projectId, LocalDate today);
}
