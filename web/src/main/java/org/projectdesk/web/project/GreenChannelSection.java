package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.projectdesk.greenchannel.boundary.GreenChannels;
import org.projectdesk.greenchannel.boundary.ProjectEvent;
import org.projectdesk.web.shell.Messages;

/**
 * The service file's green-channel form: an officer proposes the green channel with a reason, the
 * director grants or refuses it, and the land is recorded as held.
 */
@Named
@ViewScoped
public class GreenChannelSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    GreenChannels greenChannels;

    @Inject
    ServiceFilePage page;

    @Inject
    Messages messages;

    private String reason;

    public void propose() {
        record(ProjectEvent.Type.PROPOSE_GREEN_CHANNEL);
    }

    public void decide(boolean grant) {
        record(grant ? ProjectEvent.Type.GRANT_GREEN_CHANNEL : ProjectEvent.Type.REFUSE_GREEN_CHANNEL);
    }

    public void recordLandHeld() {
        record(ProjectEvent.Type.RECORD_LAND_HELD);
    }

    private void record(ProjectEvent.Type type) {
        page.change(() -> greenChannels.record(page.getFileNo(), new ProjectEvent(type, reason, null, page.getFile().version())),
                messages.text("event." + type) + " ✓");
        reason = null;
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
