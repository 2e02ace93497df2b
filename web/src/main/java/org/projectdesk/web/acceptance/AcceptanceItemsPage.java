package org.projectdesk.web.acceptance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.projectdesk.acceptance.boundary.AcceptanceItems;
import org.projectdesk.acceptance.entity.ItemDefinition;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * 验收事项: the joint completion acceptance items as configured (department, catalogue category, time
 * limit, when each applies, its check items with the quality- and safety-critical ones marked, its
 * materials and legal basis); their CSV export; and an administrator's import, which replaces every
 * item or, when the file has a problem, nothing, listing each problem by line and column.
 */
@Named
@RequestScoped
public class AcceptanceItemsPage {

    @EJB
    AcceptanceItems acceptanceItems;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private List<ItemDefinition> items;
    private UploadedFile file;
    private List<ImportProblem> problems = List.of();
    private String uploadedName;

    public List<ItemDefinition> getItems() {
        if (items == null) {
            items = acceptanceItems.items();
        }
        return items;
    }

    public StreamedContent export() {
        byte[] csv = acceptanceItems.export();
        return DefaultStreamedContent.builder().name("acceptance-items.csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** Imports the chosen file whole, or lists its problems and changes nothing. */
    public void importFile() {
        if (file == null || file.getContent() == null || file.getContent().length == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("catalogue.chooseFile"), null));
            return;
        }
        uploadedName = file.getFileName();
        byte[] content = file.getContent();
        AtomicReference<List<ImportProblem>> found = new AtomicReference<>();
        if (Attempt.run(faces, messages, () -> found.set(acceptanceItems.importItems(content)), null)) {
            problems = found.get();
            if (problems.isEmpty()) {
                items = null;
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                        messages.format("acc.items.imported", getItems().size(), uploadedName), null));
            } else {
                faces.validationFailed();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        messages.format("acc.items.notImported", problems.size(), uploadedName), null));
            }
        }
    }

    public String problemText(ImportProblem problem) {
        return problem.message(faces.getViewRoot().getLocale());
    }

    /** When the item applies beyond the project type: plan:<category>, land:<status>. */
    public String conditions(ItemDefinition item) {
        return String.join(" · ", item.conditions());
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public List<ImportProblem> getProblems() { return problems; }
    public String getUploadedName() { return uploadedName; }
}
