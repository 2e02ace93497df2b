package org.projectdesk.supervision.boundary;

import java.util.Objects;
import org.projectdesk.supervision.entity.NoticeKind;

/**
 * One notice to be written by {@link Notices#send}: its kind, the cause it is about ({@code sourceKey},
 * e.g. {@code complaint:12}; with the kind it decides what "the same notice" is), who is told, and
 * optionally the project it names and its text ({@code body}: the words a person wrote, or figures
 * as {@link NoticeText#body}, shown in the reader's language). {@code byMail}: also e-mailed, where the
 * recipient has an address and mail is on.
 */
public record Notice(NoticeKind kind, String sourceKey, Recipients to, Long projectId, String body, boolean byMail) {

    /** As long as the notification table's source_key. */
    static final int MAX_SOURCE_KEY = 100;

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        if (sourceKey == null || sourceKey.isBlank() || sourceKey.length() > MAX_SOURCE_KEY) {
            throw new IllegalArgumentException("A notice's source key has 1 to " + MAX_SOURCE_KEY + " characters: " + sourceKey);
        }
    }

    public static Notice of(NoticeKind kind, String sourceKey, Recipients to) {
        return new Notice(kind, sourceKey, to, null, null, true);
    }

    /** The same notice, naming the project it is about. */
    public Notice about(Long project) {
        return new Notice(kind, sourceKey, to, project, body, byMail);
    }

    /** The same notice, with its text or figures. */
    public Notice saying(String text) {
        return new Notice(kind, sourceKey, to, projectId, text, byMail);
    }

    /** The same notice, in the inbox only: never e-mailed. */
    public Notice inboxOnly() {
        return new Notice(kind, sourceKey, to, projectId, body, false);
    }
}
