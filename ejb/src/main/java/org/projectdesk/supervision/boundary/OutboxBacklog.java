package org.projectdesk.supervision.boundary;

import java.time.Duration;
import java.time.Instant;

/**
 * The e-mails of notices still waiting for the outbox at {@code at} (the application's clock, which
 * stamps the notices): how many, and when the oldest was written ({@code null} when none waits).
 * The outbox job sends up to 200 a minute, so a backlog that stays means the SMTP relay refuses or
 * cannot be reached.
 */
public record OutboxBacklog(boolean mailEnabled, long pending, Instant oldestSince, Instant at) {

    /** How long the oldest waiting e-mail has waited; zero when none waits. */
    public Duration oldestAge() {
        return oldestSince == null || oldestSince.isAfter(at) ? Duration.ZERO : Duration.between(oldestSince, at);
    }

    /**
     * Whether e-mail is on and the oldest waiting one has waited longer than {@code limit}. With e-mail
     * off nothing is expected to go out, so rows left from before are not a stall.
     */
    public boolean stalledLongerThan(Duration limit) {
        return mailEnabled && pending > 0 && oldestAge().compareTo(limit) > 0;
    }
}
