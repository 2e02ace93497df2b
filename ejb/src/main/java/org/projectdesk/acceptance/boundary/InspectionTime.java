package org.projectdesk.acceptance.boundary;

import java.time.LocalDateTime;

/** When and where a pre-review meeting or a site inspection takes place ({@code endsAt} optional). */
public record InspectionTime(LocalDateTime startsAt, LocalDateTime endsAt, String place) {
}
