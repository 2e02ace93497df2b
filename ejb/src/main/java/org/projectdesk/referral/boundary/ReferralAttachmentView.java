package org.projectdesk.referral.boundary;

import java.time.Instant;
import org.projectdesk.portal.entity.DocumentType;
import org.projectdesk.referral.entity.ReferralAttachment;

/** An attachment as pages and the API show it (never its place on disk). */
public record ReferralAttachmentView(long id, long referralId, String fileName, DocumentType type, String mediaType,
        long size, String sha256, String uploadedBy, Instant uploadedAt) {

    static ReferralAttachmentView of(ReferralAttachment a) {
        return new ReferralAttachmentView(a.getId(), a.getReferralId(), a.getFileName(), a.getDocumentType(),
                a.getDocumentType().mediaType(), a.getSizeBytes(), a.getSha256(), a.getUploadedBy(), a.getUploadedAt());
    }
}
