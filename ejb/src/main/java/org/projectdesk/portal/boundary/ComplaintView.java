package org.projectdesk.portal.boundary;

import java.time.Instant;
import org.projectdesk.portal.entity.ComplaintStatus;

/** A complaint with its project and, once answered, the answer. */
public record ComplaintView(long id, long version, String fileNo, String projectName, String enterpriseName, String text,
        ComplaintStatus status, String filedBy, Instant filedAt, String answer, String answeredBy, Instant answeredAt) {
}
