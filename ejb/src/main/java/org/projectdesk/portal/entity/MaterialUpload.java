package org.projectdesk.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.projectdesk.shared.control.Limits;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.entity.StoredFile;

/**
 * A material an investor handed in against one item of their project's one-time notification: the
 * {@link StoredFile} on that item of that project, immutable. Rows and files come and go together
 * (see shared.control.UploadStore). The office or the asking department may refuse it once, with a
 * reason the investor reads; the file stays, and the investor hands in another.
 */
@Entity
@Table(name = "material_upload")
@NamedQuery(name = MaterialUpload.OF_PROJECT,
        query = "select u from MaterialUpload u where u.projectId = :project order by u.itemId, u.id")
@NamedQuery(name = MaterialUpload.OF_ITEM, query = "select u from MaterialUpload u where u.itemId = :item order by u.id")
public class MaterialUpload {

    public static final String OF_PROJECT = "MaterialUpload.ofProject";
    public static final String OF_ITEM = "MaterialUpload.ofItem";
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_upload_seq")
    @SequenceGenerator(name = "material_upload_seq", sequenceName = "material_upload_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Embedded
    private StoredFile file;

    @Size(max = MAX_REASON)
    @Column(name = "refused_reason", length = MAX_REASON)
    private String refusedReason;

    @Size(max = 64)
    @Column(name = "refused_by", length = 64)
    private String refusedBy;

    @Column(name = "refused_at")
    private Instant refusedAt;

    protected MaterialUpload() {
    }

    public MaterialUpload(Long projectId, Long itemId, StoredFile file) {
        this.projectId = projectId;
        this.itemId = itemId;
        this.file = file;
    }

    /** Refuses the upload with the reason the investor reads; an upload is refused once. */
    public void refuse(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "upload.refusal.reason");
        }
        // Checked here, before anything is written, against the one declared limit (the @Size below).
        Limits.brokenBy(MaterialUpload.class, "refusedReason", reason.strip(), "reason").stream().findFirst().ifPresent(v -> {
            throw v;
        });
        if (isRefused()) {
            throw new RuleViolation("uploadId", "upload.refusal.again", file.getFileName());
        }
        this.refusedReason = reason.strip();
        this.refusedBy = by;
        this.refusedAt = at;
    }

    public boolean isRefused() {
        return refusedAt != null;
    }

    public Long getId() { return id; }
    public Long getProjectId() { return projectId; }
    public Long getItemId() { return itemId; }
    public StoredFile getFile() { return file; }
    public String getRefusedReason() { return refusedReason; }
    public String getRefusedBy() { return refusedBy; }
    public Instant getRefusedAt() { return refusedAt; }
}
