package org.projectdesk.supervision.boundary;

import java.time.Instant;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.NoticeKind;

/**
 * A notice as the inbox shows it; {@code body} holds a digest's figures. A matter's notice carries its
 * category's names in both languages, which the text names the matter by ({@link NoticeText}).
 */
public record NoticeView(long id, NoticeKind kind, String projectFileNo, String projectName, String categoryCode,
        String categoryName, String categoryNameEn, String departmentCode, Light light, String body, Instant createdAt,
        boolean read) {

    /** A notice about no matter of the catalogue (or one whose category is gone): named by its code, if any. */
    public NoticeView(long id, NoticeKind kind, String projectFileNo, String projectName, String categoryCode,
            String departmentCode, Light light, String body, Instant createdAt, boolean read) {
        this(id, kind, projectFileNo, projectName, categoryCode, null, null, departmentCode, light, body, createdAt, read);
    }
}
