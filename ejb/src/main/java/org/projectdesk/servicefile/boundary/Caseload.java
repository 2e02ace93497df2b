package org.projectdesk.servicefile.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer's open projects and the nearest due date among their running matters; {@code provisional}
 * holds "nextDueOn" when that date is provisional.
 */
public record Caseload(String officer, String displayName, int openProjects, LocalDate nextDueOn,
        List<String> provisional) {
}
