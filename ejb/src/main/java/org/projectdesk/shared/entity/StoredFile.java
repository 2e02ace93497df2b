package org.projectdesk.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.projectdesk.shared.control.RuleViolation;

/**
 * A file someone handed in, as its row keeps it: the name they gave it, the type its content was
 * recognised as, its size and SHA-256, who and when, and the random name it is stored under in the
 * upload folder (see {@code shared.control.UploadStore}). Immutable; the rows of investors' materials,
 * acceptance evidence and referral attachments each embed one, in the same columns.
 */
@Embeddable
public class StoredFile {

    public static final int MAX_NAME = 200;
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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

    protected StoredFile() {
    }

    public StoredFile(String fileName, DocumentType documentType, long sizeBytes, byte[] sha256, String storedName,
            String uploadedBy, Instant uploadedAt) {
        if (sizeBytes <= 0) {
            throw new RuleViolation("file", "upload.empty");
        }
        if (sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("A SHA-256 has 32 bytes");
        }
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored name: " + storedName);
        }
        this.fileName = cleanName(fileName);
        this.documentType = documentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = HexFormat.of().formatHex(sha256);
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        // To the microsecond, as the database keeps it: the row reads the same before and after it is stored.
        this.uploadedAt = uploadedAt.truncatedTo(ChronoUnit.MICROS);
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

    public String getFileName() { return fileName; }
    public DocumentType getDocumentType() { return documentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStoredName() { return storedName; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
