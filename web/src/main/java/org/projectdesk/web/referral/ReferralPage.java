package org.projectdesk.web.referral;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.model.file.UploadedFile;
import org.projectdesk.referral.boundary.ReferralView;
import org.projectdesk.referral.boundary.Referrals;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.UploadLimits;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * One referral: what the town said, its intake limit and light while it waits, the decision, the
 * attachments (added while it waits by the town or the office); the office takes it in through the
 * pre-filled intake wizard or returns it with a reason. The boundary decides who may; the page offers only
 * what {@code CallerScope} says.
 */
@Named
@ViewScoped
public class ReferralPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Referrals referrals;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private Long id;
    private ReferralView referral;
    private String returnReason;
    private transient UploadedFile file;

    public void load() {
        Attempt.load(faces, () -> {
            if (id == null) {
                throw new NotFound("No referral was named");
            }
            referral = referrals.referral(id);
        });
    }

    private void reload() {
        referral = referrals.referral(id);
    }

    public void returnToTown() {
        if (Attempt.in(faces, messages).refreshingOnStale(this::reload).run(
                () -> referrals.returnToTown(id, referral.version(), returnReason, null), messages.text("referral.returned"))) {
            returnReason = null;
            reload();
        }
    }

    public void attach() {
        if (file == null || file.getSize() == 0) {
            faces.validationFailed();
            faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, messages.text("referral.attach.none"), null));
            return;
        }
        UploadedFile chosen = file;
        if (Attempt.in(faces, messages).refreshingOnStale(this::reload).run(() -> {
            try (InputStream content = chosen.getInputStream()) {
                referrals.upload(id, chosen.getFileName(), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, messages.format("referral.attached", chosen.getFileName()))) {
            reload();
        }
        file = null;
    }

    /** The extensions an attachment may have, for the file chooser. */
    public String getAccept() {
        return UploadLimits.configured().types().stream().flatMap(t -> t.extensions().stream()).map(e -> "." + e)
                .collect(java.util.stream.Collectors.joining(","));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ReferralView getReferral() { return referral; }
    public String getReturnReason() { return returnReason; }
    public void setReturnReason(String returnReason) { this.returnReason = returnReason; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
