package org.projectdesk.portal.entity;

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
import org.projectdesk.shared.control.RuleViolation;

/**
 * Evidence the builder uploaded that a rectification finding of a joint completion acceptance is put
 * right: a photo, a drawing, a report. Kept like a {@link MaterialUpload} (the same limits, the same
 * store: the content a file under the upload folder named by {@code storedName}, the row its name,
 * type, size and SHA-256) and as immutable, but on one finding of one case instead of a notification's
 * item, so that each row's foreign keys hold.
 */
@Entity
@Table(name = "finding_evidence")
@NamedQuery(name = FindingEvidence.OF_CASE,
        query = "select e from FindingEvidence e where e.caseId = :acceptance order by e.findingId, e.id")
@NamedQuery(name = FindingEvidence.OF_FINDING,
        query = "select e from FindingEvidence e where e.caseId = :acceptance and e.findingId = :finding order by e.id")
public class FindingEvidence {

    public static final String OF_CASE = "FindingEvidence.ofCase";
    public static final String OF_FINDING = "FindingEvidence.ofFinding";
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_evidence_seq")
    @SequenceGenerator(name = "finding_evidence_seq", sequenceName = "finding_evidence_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "finding_id", nullable = false, updatable = false)
    private Long findingId;

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

    protected FindingEvidence() {
    }

    public FindingEvidence(Long caseId, Long findingId, String fileName, DocumentType documentType, long sizeBytes,
            byte[] sha256, String storedName, String uploadedBy, Instant uploadedAt) {
        if (sizeBytes <= 0) {
            throw new RuleViolation("file", "upload.empty");
        }
        if (sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("A SHA-256 has 32 bytes");
        }
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored name: " + storedName);
        }
        this.caseId = caseId;
        this.findingId = findingId;
        this.fileName = MaterialUpload.cleanName(fileName);
        this.documentType = documentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = HexFormat.of().formatHex(sha256);
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getFindingId() { return findingId; }
    public String getFileName() { return fileName; }
    public DocumentType getDocumentType() { return documentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStoredName() { return storedName; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
