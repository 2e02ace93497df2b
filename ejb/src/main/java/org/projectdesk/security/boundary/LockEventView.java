package org.projectdesk.security.boundary;

import java.time.Instant;

/** One entry of an account's sign-in audit trail: {@code LOCKED} (an address blocked) or {@code UNLOCKED} (by whom). */
public record LockEventView(Instant at, String kind, String address, Instant blockedUntil, String actor) {
}
