package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.projectdesk.servicefile.boundary.LedgerImport;
import org.projectdesk.servicefile.boundary.Ledgers;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.RuleText;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.web.shell.Messages;

/** The ledger (台账): export for Excel, and import of projects with their matters, checked first then applied whole. */
@Named
@ViewScoped
public class LedgerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Ledgers ledgers;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private transient UploadedFile file;
    private byte[] uploaded;
    private String uploadedName;
    private LedgerImport preview;

    public StreamedContent export() {
        byte[] csv = ledgers.export();
        return DefaultStreamedContent.builder().name("ledger.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public void previewUpload() {
        if (file == null || file.getContent() == null || file.getContent().length == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("ledger.chooseFile"), null));
            return;
        }
        try {
            preview = ledgers.preview(file.getContent());
            uploaded = file.getContent();
            uploadedName = file.getFileName();
        } catch (RuleViolation e) {
            preview = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(faces.getViewRoot().getLocale()), null));
        }
    }

    public void apply() {
        try {
            LedgerImport done = ledgers.apply(uploaded);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.format("ledger.imported", done.projectCodes().size(), done.matters()), null));
            preview = null;
            uploaded = null;
        } catch (RuleViolation e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(faces.getViewRoot().getLocale()), null));
        }
    }

    public String problemText(ImportProblem problem) {
        return problem.message(faces.getViewRoot().getLocale());
    }

    /** Under the problems listed: how many more were found, and where checking stopped; null when all are listed. */
    public String moreProblemsText() {
        if (preview == null || preview.moreProblems() == 0 && preview.stoppedAtLine() == null) {
            return null;
        }
        java.util.Locale locale = faces.getViewRoot().getLocale();
        String more = RuleText.format("ledger.moreProblems", locale, preview.moreProblems());
        return preview.stoppedAtLine() == null ? more
                : more + RuleText.format("ledger.checkStopped", locale, preview.stoppedAtLine());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public LedgerImport getPreview() {
        return preview;
    }

    public String getUploadedName() {
        return uploadedName;
    }
}
