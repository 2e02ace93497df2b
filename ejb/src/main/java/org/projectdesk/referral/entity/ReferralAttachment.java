package org.projectdesk.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.projectdesk.portal.entity.DocumentType;
import org.projectdesk.portal.entity.MaterialUpload;
import org.projectdesk.shared.control.RuleViolation;

/**
 * A file the town (or the office for it) attached to a referral: a project brief, a land sketch, a letter
 * of intent. Kept as the investors' uploads are (the same limits and store: the content a file under the
 * upload folder named by {@code storedName}, the row its name, type, size and SHA-256) and as immutable.
 */
@Entity
@Table(name = "referral_attachment")
@NamedQuery(name = ReferralAttachment.OF_REFERRAL,
        query = "select a from ReferralAttachment a where a.referralId = :referral order by a.id")
public class ReferralAttachment {

    public static final String OF_REFERRAL = "ReferralAttachment.ofReferral";
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_attachment_seq")
    @SequenceGenerator(name = "referral_attachment_seq", sequenceName = "referral_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private Long referralId;

    @Size(max = MaterialUpload.MAX_NAME)
    @Column(name = "file_name", nullable = false, length = MaterialUpload.MAX_NAME, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 8, updatable = false)
    private DocumentType documentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Size(max = 64)
    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Size(max = 80)
    @Column(name = "stored_name", nullable = false, length = 80, updatable = false)
    private String storedName;

    @Size(max = 64)
    @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ReferralAttachment() {
    }

    /** A file attached to {@code referral}, which must still be waiting for the office. */
    public ReferralAttachment(Referral referral, String fileName, DocumentType documentType, long sizeBytes,
            byte[] sha256, String storedName, String uploadedBy, Instant uploadedAt) {
        if (referral.getStatus() != ReferralStatus.WAITING) {
            throw new RuleViolation("status", "referral.attachment.notWaiting", referral.getStatus());
        }
        if (sizeBytes <= 0) {
            throw new RuleViolation("file", "upload.empty");
        }
        if (sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("A SHA-256 has 32 bytes");
        }
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored name: " + storedName);
        }
        this.referralId = referral.getId();
        this.fileName = MaterialUpload.cleanName(fileName);
        this.documentType = documentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = HexFormat.of().formatHex(sha256);
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() { return id; }
    public Long getReferralId() { return referralId; }
    public String getFileName() { return fileName; }
    public DocumentType getDocumentType() { return documentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStoredName() { return storedName; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
