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
import org.projectdesk.shared.entity.StoredFile;

/**
 * A material an investor handed in against one item of their project's one-time notification: the
 * {@link StoredFile} on that item of that project, immutable. Rows and files come and go together
 * (see shared.control.UploadStore).
 */
@Entity
@Table(name = "material_upload")
@NamedQuery(name = MaterialUpload.OF_PROJECT,
        query = "select u from MaterialUpload u where u.projectId = :project order by u.itemId, u.id")
@NamedQuery(name = MaterialUpload.OF_ITEM, query = "select u from MaterialUpload u where u.itemId = :item order by u.id")
public class MaterialUpload {

    public static final String OF_PROJECT = "MaterialUpload.ofProject";
    public static final String OF_ITEM = "MaterialUpload.ofItem";

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

    protected MaterialUpload() {
    }

    public MaterialUpload(Long projectId, Long itemId, StoredFile file) {
        this.projectId = projectId;
        this.itemId = itemId;
        this.file = file;
    }

    public Long getId() { return id; }
    public Long getProjectId() { return projectId; }
    public Long getItemId() { return itemId; }
    public StoredFile getFile() { return file; }
}
