package org.projectdesk.referral.boundary;

import java.nio.file.Path;

/** An attachment to send: what to call it, its media type, and the stored file. */
public record ReferralAttachmentDownload(ReferralAttachmentView attachment, Path file) {
}
