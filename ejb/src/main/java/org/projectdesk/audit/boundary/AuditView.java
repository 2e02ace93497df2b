package org.projectdesk.audit.boundary;

import java.time.Instant;

/** An audit entry as the service file shows it. */
public record AuditView(Instant at, String actor, String action, String target, String before, String after) {
}
