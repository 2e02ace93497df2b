package org.projectdesk.project.boundary;

import java.time.LocalDate;
import org.projectdesk.project.entity.StopReason;

/** Fired inside the transaction that withdraws a project, for the features whose work on it must stop. */
public record ProjectWithdrawn(Long projectId, String fileNo, LocalDate on, StopReason reasonCode, String by) {
}
