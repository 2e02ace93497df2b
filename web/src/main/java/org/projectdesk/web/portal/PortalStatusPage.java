package org.projectdesk.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;
import org.projectdesk.portal.boundary.Complaints;
import org.projectdesk.portal.boundary.MaterialUploads;
import org.projectdesk.portal.boundary.Portal;
import org.projectdesk.portal.boundary.ProjectStatusView;
import org.projectdesk.portal.control.Stage;
import org.projectdesk.portal.boundary.Ratings;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.UploadLimits;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.CategoryNames;
import org.projectdesk.web.shell.Messages;

/**
 * An investor's project in plain words (portal/status.xhtml): the stage tracker and progress, each
 * matter and who has it, whether it is delayed, the next meeting, the officer; the one-time
 * notification with each item's state and an upload for each item not yet received; the rating once
 * the approvals are complete; complaints. The current stage's part opens, the others fold. Another
 * enterprise's project is a 404.
 */
@Named
@ViewScoped
public class PortalStatusPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Portal portal;

    @EJB
    MaterialUploads uploads;

    @EJB
    Ratings ratings;

    @EJB
    Complaints complaints;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    CategoryNames categoryNames;

    private String fileNo;
    private ProjectStatusView status;
    private UploadLimits limits;

    /** The file chosen for each item of the list, by item id (one form holds the whole list). */
    private transient Map<Long, UploadedFile> files = new HashMap<>();
    private Integer stars;
    private String comment;
    private String complaint;

    public void load() {
        Attempt.load(faces, () -> {
            if (fileNo == null || fileNo.isBlank()) {
                throw new NotFound("No project was named");
            }
            reload();
            limits = uploads.limits();
            if (status.rating() != null) {
                stars = status.rating().stars();
                comment = status.rating().comment();
            }
        });
    }

    private void reload() {
        status = portal.status(fileNo);
    }

    /** Uploads the file chosen for this item (a plain form post: the file may be large); the other items' choices are dropped. */
    public void upload(Long itemId) {
        UploadedFile file = getFiles().get(itemId);
        files = new HashMap<>();
        if (file == null || file.getSize() == 0) {
            faces.validationFailed();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("portal.upload.choose"), null));
            return;
        }
        if (Attempt.run(faces, messages, () -> {
            try (InputStream content = file.getInputStream()) {
                uploads.upload(fileNo, itemId, file.getFileName(), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, messages.format("portal.upload.done", file.getFileName()))) {
            reload();
        }
    }

    /**
     * Whether a part of the page opens unfolded: the part of the project's current stage (the materials
     * through the pre-review, the matters during the approvals, acceptance and rating afterwards).
     */
    public boolean open(String part) {
        Stage stage = status.progress().stage();
        return switch (part) {
            case "materials" -> stage == Stage.INTAKE || stage == Stage.PRE_REVIEW;
            case "matters" -> stage == Stage.APPROVALS;
            case "after" -> stage == Stage.CONSTRUCTION || stage == Stage.COMPLETION_ACCEPTANCE;
            default -> false;
        };
    }

    /** The matters past their promised date, by name in the page's language, for one sentence. */
    public String getLateMatters() {
        return status.progress().lateMatters().stream()
                .map(chinese -> status.matters().stream().filter(m -> m.categoryName().equals(chinese)).findFirst()
                        .map(m -> categoryNames.name(m.categoryCode(), chinese)).orElse(chinese))
                .collect(java.util.stream.Collectors.joining(messages.text("history.separator")));
    }

    /** A matter's name by its category code, as the investor reads it in the page's language. */
    public String categoryName(String categoryCode) {
        return status.matters().stream().filter(m -> m.categoryCode().equals(categoryCode))
                .map(m -> categoryNames.name(categoryCode, m.categoryName())).findFirst().orElse(categoryCode);
    }

    public void rate() {
        if (Attempt.run(faces, messages, () -> ratings.rate(fileNo, stars, comment), messages.text("portal.rating.done"))) {
            reload();
        }
    }

    public void complain() {
        if (Attempt.run(faces, messages, () -> complaints.file(fileNo, complaint), messages.text("portal.complaint.done"))) {
            complaint = null;
            reload();
        }
    }

    /** Whether any date the page shows is provisional: the page then explains the mark in a sentence. */
    public boolean isAnyProvisional() {
        return status != null && (!status.provisional().isEmpty()
                || status.matters().stream().anyMatch(m -> !m.provisional().isEmpty()));
    }

    /** The file types the upload accepts, for the browser's file chooser: ".pdf,.jpg,…". */
    public String getAccept() {
        return limits.types().stream().flatMap(t -> t.extensions().stream()).map(e -> "." + e)
                .collect(Collectors.joining(","));
    }

    public UploadLimits getLimits() { return limits; }
    public String getFileNo() { return fileNo; }
    public void setFileNo(String fileNo) { this.fileNo = fileNo; }
    public ProjectStatusView getStatus() { return status; }
    public Map<Long, UploadedFile> getFiles() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }
    public Integer getStars() { return stars; }
    public void setStars(Integer stars) { this.stars = stars; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getComplaint() { return complaint; }
    public void setComplaint(String complaint) { this.complaint = complaint; }
}
