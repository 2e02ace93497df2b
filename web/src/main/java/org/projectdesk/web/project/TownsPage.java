package org.projectdesk.web.project;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.projectdesk.project.boundary.TownImport;
import org.projectdesk.project.boundary.TownView;
import org.projectdesk.project.boundary.Towns;
import org.projectdesk.project.entity.TownKind;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * 区镇: the towns as reference data, for administrators and the director: the list in order with each
 * town's kind and whether it is offered, an edit dialog (names, kind, active; the code stays), the CSV
 * export, and an import previewed first and applied whole or not at all.
 */
@Named
@ViewScoped
public class TownsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Towns towns;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private List<TownView> list;

    private TownView edited;
    private String name;
    private String nameEn;
    private TownKind kind;
    private boolean active;

    private transient UploadedFile file;
    private byte[] uploaded;
    private String uploadedName;
    private TownImport preview;

    @PostConstruct
    void load() {
        list = towns.list();
    }

    public void startEdit(TownView town) {
        edited = town;
        name = town.name();
        nameEn = town.nameEn();
        kind = town.kind();
        active = town.active();
    }

    public void save() {
        attempt().run(() -> {
            TownView saved = towns.change(edited.code(), edited.version(), name, nameEn, kind, active);
            info("towns.saved", saved.code());
            edited = null;
            load();
        }, null);
    }

    public StreamedContent export() {
        byte[] csv = towns.export();
        return DefaultStreamedContent.builder().name("towns.csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public void previewUpload() {
        if (file == null || file.getContent() == null || file.getContent().length == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("catalogue.chooseFile"), null));
            return;
        }
        uploaded = file.getContent();
        uploadedName = file.getFileName();
        preview = towns.preview(uploaded);
    }

    public void applyUpload() {
        attempt().run(() -> {
            TownImport outcome = towns.apply(uploaded);
            if (outcome.isValid()) {
                info("towns.imported", uploadedName);
                cancelUpload();
            } else {
                preview = outcome;
                faces.validationFailed();
            }
            load();
        }, null);
    }

    public void cancelUpload() {
        preview = null;
        uploaded = null;
        uploadedName = null;
    }

    public String codes(Collection<String> codes) {
        return codes.isEmpty() ? messages.text("catalogue.noCodes") : String.join("、", codes);
    }

    public String problemText(ImportProblem problem) {
        return problem.message(faces.getViewRoot().getLocale());
    }

    public TownKind[] getKinds() {
        return TownKind.values();
    }

    private Attempt attempt() {
        return Attempt.in(faces, messages).refreshingOnStale(this::load);
    }

    private void info(String key, Object argument) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, argument), null));
    }

    public List<TownView> getList() { return list; }
    public TownView getEdited() { return edited; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public TownKind getKind() { return kind; }
    public void setKind(TownKind kind) { this.kind = kind; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getUploadedName() { return uploadedName; }
    public TownImport getPreview() { return preview; }
}
