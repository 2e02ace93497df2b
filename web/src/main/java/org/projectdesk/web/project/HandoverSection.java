package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.projectdesk.servicefile.boundary.Caseload;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.web.shell.Messages;

/** The service file's handover form: the director hands the project to another officer, with a reason. */
@Named
@ViewScoped
public class HandoverSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceFiles files;

    @EJB
    ProjectLists lists;

    @Inject
    ServiceFilePage page;

    @Inject
    Messages messages;

    private String officer;
    private String reason;
    private List<Caseload> caseloads;

    public void reassign() {
        page.change(() -> files.reassign(page.getFileNo(), page.getFile().version(), officer, reason),
                messages.text("file.reassigned"));
        officer = null;
        reason = null;
    }

    /** Every officer with their open projects, to choose the new one by their load. */
    public List<Caseload> getCaseloads() {
        if (caseloads == null) {
            caseloads = lists.caseloads();
        }
        return caseloads;
    }

    public String getOfficer() { return officer; }
    public void setOfficer(String officer) { this.officer = officer; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
