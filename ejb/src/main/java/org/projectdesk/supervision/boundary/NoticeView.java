package org.projectdesk.supervision.boundary;

import java.time.Instant;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.NoticeKind;

/** A notice as the inbox shows it; {@code body} holds a digest's figures. */
public record NoticeView(long id, NoticeKind kind, String projectFileNo, String projectName, String categoryCode,
        String departmentCode, Light light, String body, Instant createdAt, boolean read) {
}
