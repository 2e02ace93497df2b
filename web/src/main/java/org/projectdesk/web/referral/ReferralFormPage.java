package org.projectdesk.web.referral;

import jakarta.annotation.PostConstruct;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.referral.boundary.NewAttachment;
import org.projectdesk.referral.boundary.ReferralRecord;
import org.projectdesk.referral.boundary.ReferralView;
import org.projectdesk.referral.boundary.Referrals;
import org.projectdesk.shared.control.UploadLimits;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * 推荐项目登记: a town's staff register a project their town brings in, with an attachment (the town is
 * their account's, never chosen); the office may register one on a town's behalf, naming the town. Saved,
 * the referral's page opens.
 */
@Named
@ViewScoped
public class ReferralFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Referrals referrals;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String townCode;
    private String enterpriseName;
    private String creditCode;
    private String projectName;
    private BigDecimal investment;
    private String industry;
    private LandStatus landStatus = LandStatus.NOT_SUPPLIED;
    private String landNote;
    private LocalDate targetGroundbreaking;
    private String contactName;
    private String contactPhone;
    private String notes;
    private transient UploadedFile file;
    private String accept;

    @PostConstruct
    void load() {
        accept = UploadLimits.configured().types().stream().flatMap(t -> t.extensions().stream()).map(e -> "." + e)
                .collect(java.util.stream.Collectors.joining(","));
    }

    public void register() throws IOException {
        UploadedFile chosen = file;
        ReferralView[] saved = new ReferralView[1];
        boolean done = Attempt.in(faces, messages).run(() -> {
            try (InputStream content = chosen != null && chosen.getSize() > 0 ? chosen.getInputStream() : null) {
                saved[0] = referrals.register(new ReferralRecord(townCode, null, enterpriseName, creditCode, projectName,
                        investment, industry, landStatus, landNote, targetGroundbreaking, contactName, contactPhone, notes),
                        content == null ? List.of() : List.of(new NewAttachment(chosen.getFileName(), content)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, null);
        file = null;
        if (done) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.text("referral.registered"), null));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/referrals/referral.xhtml?id=" + saved[0].id());
        }
    }

    public LandStatus[] getLandStatuses() { return LandStatus.values(); }
    public String getAccept() { return accept; }
    public String getTownCode() { return townCode; }
    public void setTownCode(String townCode) { this.townCode = townCode; }
    public String getEnterpriseName() { return enterpriseName; }
    public void setEnterpriseName(String enterpriseName) { this.enterpriseName = enterpriseName; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getProjectName() { return projectName; }
    public void setProjectName(String projectName) { this.projectName = projectName; }
    public BigDecimal getInvestment() { return investment; }
    public void setInvestment(BigDecimal investment) { this.investment = investment; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public LandStatus getLandStatus() { return landStatus; }
    public void setLandStatus(LandStatus landStatus) { this.landStatus = landStatus; }
    public String getLandNote() { return landNote; }
    public void setLandNote(String landNote) { this.landNote = landNote; }
    public LocalDate getTargetGroundbreaking() { return targetGroundbreaking; }
    public void setTargetGroundbreaking(LocalDate targetGroundbreaking) { this.targetGroundbreaking = targetGroundbreaking; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
