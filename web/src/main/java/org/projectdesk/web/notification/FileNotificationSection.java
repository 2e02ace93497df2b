package org.projectdesk.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.meeting.boundary.MeetingSummary;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.meeting.boundary.PreReview;
import org.projectdesk.notification.boundary.NotificationView;
import org.projectdesk.notification.boundary.OneTimeNotifications;
import org.projectdesk.portal.entity.MaterialUpload;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * The service file's pre-review section: when the joint pre-review is due and the meetings that
 * review the project; the one-time notification with each item's receipt; partial-materials
 * acceptances. Reads the file number from the address, like the service file page itself.
 */
@Named
@ViewScoped
public class FileNotificationSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Meetings meetings;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @EJB
    OneTimeNotifications notifications;

    @EJB
    org.projectdesk.portal.boundary.MaterialUploads uploads;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String fileNo;
    private PreReview preReview;
    private List<MeetingSummary> projectMeetings;
    private NotificationView notification;
    private List<org.projectdesk.portal.boundary.UploadView> itemUploads = List.of();

    private Long itemId;
    private Long itemVersion;
    private LocalDate receivedOn;
    private String partialCategory;
    private String pledge;
    private LocalDate deadline;
    private Long refusedItemId;
    private Long refusedUploadId;
    private String refusalReason;

    @PostConstruct
    void init() {
        receivedOn = LocalDate.now(clock);
        fileNo = faces.getExternalContext().getRequestParameterMap().get("fileNo");
        reload();
    }

    private void reload() {
        if (fileNo == null || fileNo.isBlank()) {
            return;
        }
        try {
            preReview = meetings.preReview(fileNo);
            projectMeetings = meetings.forProject(fileNo);
            notification = notifications.of(fileNo);
            itemUploads = uploads.ofProject(fileNo);
        } catch (jakarta.ejb.EJBAccessException e) {
            // Leaders and administrators read the file but not the investor's uploaded materials.
            itemUploads = List.of();
        } catch (NotFound e) {
            // The service file page answers 404 itself.
            preReview = null;
        }
    }

    public void prepareReceipt(long id, long version) {
        itemId = id;
        itemVersion = version;
        receivedOn = LocalDate.now(clock);
    }

    public void receive() {
        if (Attempt.run(faces, messages, () -> notifications.receive(fileNo, itemId, itemVersion, receivedOn),
                messages.text("notification.receivedDone"))) {
            reload();
        }
    }

    public void reopen(long id, long version) {
        if (Attempt.run(faces, messages, () -> notifications.reopen(fileNo, id, version),
                messages.text("notification.reopened"))) {
            reload();
        }
    }

    public void preparePartial() {
        partialCategory = null;
        pledge = null;
        deadline = null;
    }

    public void acceptPartially() {
        if (Attempt.run(faces, messages, () -> notifications.acceptPartially(fileNo, partialCategory, pledge, deadline),
                messages.text("notification.partial.done"))) {
            reload();
        }
    }

    public void prepareRefusal(long item, long upload) {
        refusedItemId = item;
        refusedUploadId = upload;
        refusalReason = null;
    }

    /** Refuses the upload with the reason its investor then reads beside the item. */
    public void refuse() {
        if (Attempt.run(faces, messages, () -> uploads.refuse(fileNo, refusedItemId, refusedUploadId, refusalReason),
                messages.text("notification.refuse.done"))) {
            reload();
        }
    }

    /** The longest reason kept: the input stops there, the boundary refuses longer ones (422, field "reason"). */
    public int getRefusalReasonMax() {
        return MaterialUpload.MAX_REASON;
    }

    /** The materials uploaded against the item that the caller may see (a department: the items it asks for). */
    public List<org.projectdesk.portal.boundary.UploadView> uploadsOf(long itemId) {
        return itemUploads.stream().filter(u -> u.itemId() == itemId).toList();
    }

    public String getRefusalReason() { return refusalReason; }
    public void setRefusalReason(String refusalReason) { this.refusalReason = refusalReason; }
    public String getFileNo() { return fileNo; }
    public PreReview getPreReview() { return preReview; }
    public List<MeetingSummary> getProjectMeetings() { return projectMeetings; }
    public NotificationView getNotification() { return notification; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getPartialCategory() { return partialCategory; }
    public void setPartialCategory(String partialCategory) { this.partialCategory = partialCategory; }
    public String getPledge() { return pledge; }
    public void setPledge(String pledge) { this.pledge = pledge; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
}
