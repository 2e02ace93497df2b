package org.projectdesk.portal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.audit.boundary.Readers;
import org.projectdesk.notification.entity.RequiredMaterial;
import org.projectdesk.portal.entity.MaterialUpload;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.security.boundary.Callers;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.UploadLimits;
import org.projectdesk.shared.control.UploadStore;
import org.projectdesk.shared.entity.StoredFile;

/**
 * Materials handed in against the items of a project's one-time notification: the investor (or the
 * office on their behalf) uploads, the office and the departments asking for the item download. The
 * project is found through the service files, so another enterprise's project, item or upload is
 * not found; a department window sees only the items its department asks for.
 */
@Stateless
@RolesAllowed({Role.INVESTOR_NAME, Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME})
public class MaterialUploads {

    /** The history shows an upload to whom the uploads show it: the departments asking for the material among them. */
    private static final Readers READERS = Readers.readersOf(MaterialUploads.class, "ofProject");

    private static final Logger LOG = Logger.getLogger(MaterialUploads.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    VisibleProjects projects;

    @EJB
    Callers callers;

    @EJB
    AuditTrail audit;

    @Inject
    UploadStore store;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The limits in force, for the page to tell before anyone uploads. */
    public UploadLimits limits() {
        return UploadLimits.configured();
    }

    /**
     * Stores the content as a material for the item, or refuses it with nothing stored: an item
     * already received, an unsupported type, content that is not what its name says, too large.
     */
    @RolesAllowed({Role.INVESTOR_NAME, Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public UploadView upload(String fileNo, long itemId, String fileName, InputStream content) {
        RequiredMaterial item = item(fileNo, itemId);
        if (!item.isOutstanding()) {
            throw new RuleViolation("itemId", "upload.item.received", item.getMaterial());
        }
        String name = StoredFile.cleanName(fileName);
        UploadStore.Stored stored = store.store(content, name, UploadLimits.configured());
        MaterialUpload upload = new MaterialUpload(item.getProjectId(), item.getId(),
                stored.keptAs(name, caller(), clock.instant()));
        em.persist(upload);
        audit.record(item.getProjectId(), caller(), "MATERIAL_UPLOADED", item.getMaterial(), null,
                name + " (" + stored.size() + " bytes, sha256 " + upload.getFile().getSha256() + ")",
                READERS.forDepartments(item.departments()));
        em.flush();
        LOG.info(() -> "Upload " + upload.getId() + " " + name + " for item " + itemId + " of " + fileNo + " by " + caller());
        return UploadView.of(upload);
    }

    /**
     * Refuses an upload of an item still outstanding, with the reason its investor reads beside the
     * item (a department window only for the items its department asks for); the file stays.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME})
    public UploadView refuse(String fileNo, long itemId, long uploadId, String reason) {
        RequiredMaterial item = item(fileNo, itemId);
        if (!item.isOutstanding()) {
            throw new RuleViolation("itemId", "upload.item.received", item.getMaterial());
        }
        MaterialUpload upload = upload(item, uploadId);
        upload.refuse(reason, caller(), clock.instant());
        audit.record(item.getProjectId(), caller(), "MATERIAL_UPLOAD_REFUSED", item.getMaterial(),
                upload.getFile().getFileName(), upload.getRefusedReason(), READERS.forDepartments(item.departments()));
        em.flush();
        return UploadView.of(upload);
    }

    /** The uploads of the project's items the caller may see, by item. */
    public List<UploadView> ofProject(String fileNo) {
        Long projectId = projects.idOf(fileNo);
        Optional<String> department = callers.current().ownDepartment();
        Set<Long> visibleItems = department.map(code -> em.createQuery(
                        "select i from RequiredMaterial i where i.projectId = :project", RequiredMaterial.class)
                .setParameter("project", projectId).getResultList().stream().filter(i -> i.departments().contains(code))
                .map(RequiredMaterial::getId).collect(Collectors.toSet())).orElse(null);
        return em.createNamedQuery(MaterialUpload.OF_PROJECT, MaterialUpload.class).setParameter("project", projectId)
                .getResultList().stream().filter(u -> visibleItems == null || visibleItems.contains(u.getItemId()))
                .map(UploadView::of).toList();
    }

    /** The uploads of one item. */
    public List<UploadView> ofItem(String fileNo, long itemId) {
        RequiredMaterial item = item(fileNo, itemId);
        return em.createNamedQuery(MaterialUpload.OF_ITEM, MaterialUpload.class).setParameter("item", item.getId())
                .getResultList().stream().map(UploadView::of).toList();
    }

    /** One upload of the item, to download; not found unless it belongs to that item of that project. */
    public Download download(String fileNo, long itemId, long uploadId) {
        RequiredMaterial item = item(fileNo, itemId);
        MaterialUpload upload = upload(item, uploadId);
        var file = store.file(upload.getFile().getStoredName());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The stored file of upload " + uploadId + " is missing: " + file);
        }
        return new Download(UploadView.of(upload), file);
    }

    private MaterialUpload upload(RequiredMaterial item, long uploadId) {
        MaterialUpload upload = em.find(MaterialUpload.class, uploadId);
        if (upload == null || !upload.getItemId().equals(item.getId())) {
            throw new NotFound("Item " + item.getId() + " has no upload " + uploadId);
        }
        return upload;
    }

    private RequiredMaterial item(String fileNo, long itemId) {
        Long projectId = projects.idOf(fileNo);
        RequiredMaterial item = em.find(RequiredMaterial.class, itemId);
        if (item == null || !item.getProjectId().equals(projectId)
                || !callers.current().actsForAny(item.departments())) {
            throw new NotFound("The one-time notification of " + fileNo + " has no item " + itemId);
        }
        return item;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
