package org.projectdesk.portal.boundary;

import java.time.Instant;
import org.projectdesk.portal.entity.FindingEvidence;
import org.projectdesk.shared.entity.DocumentType;

/** Evidence of a finding put right, as pages and the API show it (never its place on disk). */
public record EvidenceView(long id, long acceptanceId, long findingId, String fileName, DocumentType type,
        String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt) {

    static EvidenceView of(FindingEvidence e) {
        return new EvidenceView(e.getId(), e.getCaseId(), e.getFindingId(), e.getFile().getFileName(), e.getFile().getDocumentType(),
                e.getFile().getDocumentType().mediaType(), e.getFile().getSizeBytes(), e.getFile().getSha256(), e.getFile().getUploadedBy(), e.getFile().getUploadedAt());
    }
}
