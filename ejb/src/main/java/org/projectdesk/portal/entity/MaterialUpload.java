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
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.projectdesk.shared.control.RuleViolation;

/**
 * A material an investor handed in against one item of their project's one-time notification. The
 * row is immutable: it names the stored file ({@code storedName}, a random name under the upload
 * folder), the name the investor gave it, the type its content was recognised as, its size and its
 * SHA-256. Rows and files come and go together (see portal.control.UploadStore).
 */
@Entity
@Table(name = "material_upload")
@NamedQuery(name = MaterialUpload.OF_PROJECT,
        query = "select u from MaterialUpload u where u.projectId = :project order by u.itemId, u.id")
@NamedQuery(name = MaterialUpload.OF_ITEM, query = "select u from MaterialUpload u where u.itemId = :item order by u.id")
public class MaterialUpload {

    public static final String OF_PROJECT = "MaterialUpload.ofProject";
    public static final String OF_ITEM = "MaterialUpload.ofItem";
    public static final int MAX_NAME = 200;
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_upload_seq")
    @SequenceGenerator(name = "material_upload_seq", sequenceName = "material_upload_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Size(max = MAX_NAME)
    @Column(name = "file_name", nullable = false, length = MAX_NAME, updatable = false)
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

    protected MaterialUpload() {
    }

    public MaterialUpload(Long projectId, Long itemId, String fileName, DocumentType documentType, long sizeBytes,
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
        this.projectId = projectId;
        this.itemId = itemId;
        this.fileName = cleanName(fileName);
        this.documentType = documentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = HexFormat.of().formatHex(sha256);
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /**
     * The name to keep: the last part of what the browser or client sent (no folders), without
     * control characters; refused when empty or longer than {@value #MAX_NAME} characters.
     */
    public static String cleanName(String name) {
        if (name == null) {
            throw new RuleViolation("fileName", "upload.name.required");
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).strip();
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            throw new RuleViolation("fileName", "upload.name.required");
        }
        if (last.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new RuleViolation("fileName", "upload.name.invalid");
        }
        if (last.length() > MAX_NAME) {
            throw new RuleViolation("fileName", "upload.name.long", MAX_NAME);
        }
        return last;
    }

    public Long getId() { return id; }
    public Long getProjectId() { return projectId; }
    public Long getItemId() { return itemId; }
    public String getFileName() { return fileName; }
    public DocumentType getDocumentType() { return documentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStoredName() { return storedName; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
