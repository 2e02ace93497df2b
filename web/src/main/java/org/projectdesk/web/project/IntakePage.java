package org.projectdesk.web.project;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FlowEvent;
import org.primefaces.event.SelectEvent;
import org.projectdesk.project.boundary.EnterpriseOnFile;
import org.projectdesk.project.boundary.Enterprises;
import org.projectdesk.project.entity.CreditCode;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.referral.boundary.ReferralView;
import org.projectdesk.referral.boundary.Referrals;
import org.projectdesk.project.boundary.TownView;
import org.projectdesk.project.boundary.Towns;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.Caseload;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.web.security.CurrentUser;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * Single-window intake (一口受理) as a guided wizard: enterprise, project, location and land, officer. Opened
 * for a town's referral ({@code ?referral=<id>}), it is filled in from the referral and saved through
 * {@link Referrals#takeIn}, so that the referral names the new service file.
 */
@Named
@ViewScoped
public class IntakePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceFiles files;

    @EJB
    ProjectLists lists;

    @EJB
    Towns townList;

    @EJB
    Enterprises enterprises;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser user;

    @EJB
    Referrals referrals;

    @Inject
    Messages messages;

    /** The referral being taken in, if any, and its version as read. */
    private Long referral;
    private Long referralVersion;

    private List<TownView> towns;
    private List<Caseload> caseloads;

    /** What the lookup of enterprises on file was given, and what it last found. */
    private String lookup;
    private List<EnterpriseOnFile> found = List.of();

    private String enterpriseName;
    private String creditCode;
    private String contactName;
    private String contactPhone;
    private String name;
    private String projectCode;
    private BigDecimal investment;
    private String industry;
    private ProjectType type = ProjectType.INDUSTRIAL;
    private String town;
    private LandStatus landStatus = LandStatus.HELD;
    private LocalDate targetGroundbreaking;
    private String notes;
    private String officer;
    private LocalDate intakeOn;

    @PostConstruct
    void load() {
        intakeOn = LocalDate.now(clock);
        towns = townList.offered();
        caseloads = lists.caseloads();
        if (user.getScope().has(Role.OFFICER)) {
            officer = user.getUsername();
        }
    }

    /** Fills the wizard in from the referral named in the address (a view action); an unknown one answers 404. */
    public void prefill() {
        if (referral == null) {
            return;
        }
        ReferralView[] read = new ReferralView[1];
        if (Attempt.load(faces, () -> read[0] = referrals.referral(referral))) {
            ReferralView r = read[0];
            referralVersion = r.version();
            enterpriseName = r.enterpriseName();
            creditCode = r.creditCode();
            contactName = r.contactName();
            contactPhone = r.contactPhone();
            name = r.projectName();
            investment = r.investment();
            industry = r.industry();
            town = r.townCode();
            landStatus = r.landStatus();
            targetGroundbreaking = r.targetGroundbreaking();
            notes = r.landNote() == null ? r.notes() : r.notes() == null ? r.landNote() : r.landNote() + "\n" + r.notes();
        }
    }

    /** Checks the credit code when leaving the enterprise step, so a typing error is caught at once. */
    public String onFlow(FlowEvent event) {
        if ("enterprise".equals(event.getOldStep()) && !CreditCode.isValid(creditCode)) {
            try {
                CreditCode.validated("enterprise.creditCode", creditCode);
            } catch (RuleViolation e) {
                faces.addMessage("intake:creditCode", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        e.message(faces.getViewRoot().getLocale()), null));
                faces.validationFailed();
                return event.getOldStep();
            }
        }
        return event.getNewStep();
    }

    public List<EnterpriseOnFile> findEnterprises(String text) {
        found = enterprises.find(text);
        return found;
    }

    /** An enterprise on file chosen: its name, code and contact fill the step in (the office may still change the contact). */
    public void chooseEnterprise(SelectEvent<String> chosen) {
        found.stream().filter(e -> e.creditCode().equals(chosen.getObject())).findFirst().ifPresent(e -> {
            enterpriseName = e.name();
            creditCode = e.creditCode();
            contactName = e.contactName();
            contactPhone = e.contactPhone();
        });
    }

    /** The chosen officer as people know them, for the summary. */
    public String getOfficerName() {
        return caseloads.stream().filter(c -> c.officer().equals(officer)).map(Caseload::displayName).findFirst().orElse(officer);
    }

    public void takeIn() throws IOException {
        IntakeRequest request = new IntakeRequest(
                new IntakeRequest.EnterpriseData(enterpriseName, creditCode, contactName, contactPhone), name,
                projectCode, investment, industry, type, town, landStatus, targetGroundbreaking, notes, officer, intakeOn);
        if (referral != null) {
            String[] fileNo = new String[1];
            ReferralView[] taken = new ReferralView[1];
            if (Attempt.run(faces, messages, () -> taken[0] = referrals.takeIn(referral, referralVersion, request), null)) {
                openTakenIn(taken[0].projectName(), taken[0].fileNo());
            }
            return;
        }
        try {
            ServiceFileView file = files.takeIn(request);
            openTakenIn(file.name(), file.fileNo());
        } catch (RuleViolation e) {
            faces.validationFailed();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(faces.getViewRoot().getLocale()), null));
        }
    }

    /** Goes on to the new service file, saying there what was taken in and under which file number. */
    private void openTakenIn(String projectName, String fileNo) throws IOException {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format("intake.done", projectName, fileNo), null));
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/projects/file.xhtml?fileNo=" + fileNo);
    }

    public String getLookup() { return lookup; }
    public void setLookup(String lookup) { this.lookup = lookup; }
    public Long getReferral() { return referral; }
    public void setReferral(Long referral) { this.referral = referral; }
    public List<TownView> getTowns() { return towns; }
    public List<Caseload> getCaseloads() { return caseloads; }
    public ProjectType[] getTypes() { return ProjectType.values(); }
    public LandStatus[] getLandStatuses() { return LandStatus.values(); }
    public String getEnterpriseName() { return enterpriseName; }
    public void setEnterpriseName(String enterpriseName) { this.enterpriseName = enterpriseName; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getProjectCode() { return projectCode; }
    public void setProjectCode(String projectCode) { this.projectCode = projectCode; }
    public BigDecimal getInvestment() { return investment; }
    public void setInvestment(BigDecimal investment) { this.investment = investment; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public ProjectType getType() { return type; }
    public void setType(ProjectType type) { this.type = type; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public LandStatus getLandStatus() { return landStatus; }
    public void setLandStatus(LandStatus landStatus) { this.landStatus = landStatus; }
    public LocalDate getTargetGroundbreaking() { return targetGroundbreaking; }
    public void setTargetGroundbreaking(LocalDate targetGroundbreaking) { this.targetGroundbreaking = targetGroundbreaking; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getOfficer() { return officer; }
    public void setOfficer(String officer) { this.officer = officer; }
    public LocalDate getIntakeOn() { return intakeOn; }
    public void setIntakeOn(LocalDate intakeOn) { this.intakeOn = intakeOn; }
}
