package org.projectdesk.security.boundary;

import java.time.Instant;

/**
 * Failed sign-ins to an account from one address, as an administrator sees them: how many in a
 * row, since when, and the block they earned ({@code blockedUntil} null or past when none holds).
 */
public record SignInBlock(String address, int failures, Instant firstFailedAt, Instant lastFailedAt,
        boolean blocked, Instant blockedSince, Instant blockedUntil) {
}
