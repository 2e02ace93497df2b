package org.projectdesk.referral.boundary;

import java.time.Instant;
import org.projectdesk.referral.entity.ReferralAttachment;
import org.projectdesk.shared.entity.DocumentType;

/** An attachment as pages and the API show it (never its place on disk). */
public record ReferralAttachmentView(long id, long referralId, String fileName, DocumentType type, String mediaType,
        long size, String sha256, String uploadedBy, Instant uploadedAt) {

    static ReferralAttachmentView of(ReferralAttachment a) {
        return new ReferralAttachmentView(a.getId(), a.getReferralId(), a.getFile().getFileName(), a.getFile().getDocumentType(),
                a.getFile().getDocumentType().mediaType(), a.getFile().getSizeBytes(), a.getFile().getSha256(), a.getFile().getUploadedBy(), a.getFile().getUploadedAt());
    }
}
