package org.projectdesk.portal.boundary;

import java.time.Instant;
import org.projectdesk.portal.entity.MaterialUpload;
import org.projectdesk.shared.entity.DocumentType;

/**
 * An uploaded material as pages and the API show it (never its place on disk); {@code refusedReason}
 * and {@code refusedAt} are set once the office or the asking department refused it.
 */
public record UploadView(long id, long itemId, String fileName, DocumentType type, String mediaType, long size,
        String sha256, String uploadedBy, Instant uploadedAt, String refusedReason, Instant refusedAt) {

    static UploadView of(MaterialUpload u) {
        return new UploadView(u.getId(), u.getItemId(), u.getFile().getFileName(), u.getFile().getDocumentType(),
                u.getFile().getDocumentType().mediaType(), u.getFile().getSizeBytes(), u.getFile().getSha256(),
                u.getFile().getUploadedBy(), u.getFile().getUploadedAt(), u.getRefusedReason(), u.getRefusedAt());
    }

    public boolean refused() {
        return refusedAt != null;
    }
}
