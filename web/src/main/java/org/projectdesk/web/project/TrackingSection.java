package org.projectdesk.web.project;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.projectdesk.project.entity.StopReason;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.servicefile.boundary.TrackingStep;
import org.projectdesk.web.shell.Messages;

/**
 * The service file's tracking form: after the approvals the project is ready to start, started,
 * completed, paused or withdrawn (the last two with a reason code), on a day.
 */
@Named
@ViewScoped
public class TrackingSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceFiles files;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @Inject
    ServiceFilePage page;

    @Inject
    Messages messages;

    private TrackingStep.Type type;
    private LocalDate on;
    private StopReason reasonCode;
    private String note;

    @PostConstruct
    void init() {
        on = LocalDate.now(clock);
    }

    public void track() {
        page.change(() -> files.track(page.getFileNo(), new TrackingStep(type, on, reasonCode, note, page.getFile().version())),
                messages.text("file.tracked"));
    }

    public TrackingStep.Type[] getTypes() {
        return TrackingStep.Type.values();
    }

    public StopReason[] getStopReasons() {
        return StopReason.values();
    }

    public TrackingStep.Type getType() { return type; }
    public void setType(TrackingStep.Type type) { this.type = type; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public StopReason getReasonCode() { return reasonCode; }
    public void setReasonCode(StopReason reasonCode) { this.reasonCode = reasonCode; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
