package org.projectdesk.project.boundary;

import java.time.LocalDate;

/** An officer's open projects and the nearest due date among their running matters. */
public record Caseload(String officer, String displayName, int openProjects, LocalDate nextDueOn) {
}
