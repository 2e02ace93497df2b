package org.projectdesk.portal.boundary;

import java.time.Instant;
import org.projectdesk.portal.entity.DocumentType;
import org.projectdesk.portal.entity.MaterialUpload;

/** An uploaded material as pages and the API show it (never its place on disk). */
public record UploadView(long id, long itemId, String fileName, DocumentType type, String mediaType, long size,
        String sha256, String uploadedBy, Instant uploadedAt) {

    static UploadView of(MaterialUpload u) {
        return new UploadView(u.getId(), u.getItemId(), u.getFileName(), u.getDocumentType(),
                u.getDocumentType().mediaType(), u.getSizeBytes(), u.getSha256(), u.getUploadedBy(), u.getUploadedAt());
    }
}
