package org.projectdesk.calendar.boundary;

import java.time.LocalDate;

/**
 * A stored working-day date that an imported schedule moves: whose file (none for what no file holds
 * yet, a town's waiting referral), which thing ({@code subject}: a category code, "problem 12",
 * "referral 3"), which date ({@code field}), from what to what.
 * {@code officer} is the file's coordination officer, told once of all their moves; {@code provisional}:
 * the new date is still provisional (it lies in or after a year the import leaves without its notice).
 */
public record DateMove(Long projectId, String fileNo, String officer, String subject, String field, LocalDate before,
        LocalDate after, boolean provisional) {
}
