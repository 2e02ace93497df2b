package org.projectdesk.servicefile.boundary;

import java.time.LocalDate;
import org.projectdesk.project.entity.StopReason;

/** A step of the construction tracking file; {@code version} is the file's version as read (optional). */
public record TrackingStep(Type type, LocalDate on, StopReason reasonCode, String note, Long version) {

    public enum Type { PREPARE_TO_START, START_CONSTRUCTION, COMPLETE, PAUSE, RESUME, WITHDRAW }
}
