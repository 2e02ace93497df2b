package org.projectdesk.portal.boundary;

import java.time.Instant;

/** A project's rating of the service. */
public record RatingView(String fileNo, String projectName, int stars, String comment, String ratedBy, Instant ratedAt,
        Instant revisedAt, long version) {
}
