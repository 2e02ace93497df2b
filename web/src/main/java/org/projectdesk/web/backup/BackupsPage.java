package org.projectdesk.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.projectdesk.backup.boundary.Backups;
import org.projectdesk.backup.control.BackupFolder;
import org.projectdesk.backup.control.BackupFolder.Archive;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.web.shell.Messages;

/** The backups page: take a backup now, the backups kept with their downloads, where they are kept. */
@Named
@ViewScoped
public class BackupsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Backups backups;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private List<Archive> list;

    @PostConstruct
    void load() {
        list = backups.list();
    }

    public void take() {
        try {
            Archive taken = backups.take();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format("backups.taken", taken.name()), null));
            list = backups.list();
        } catch (RuleViolation e) {
            faces.validationFailed();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(faces.getViewRoot().getLocale()), null));
        }
    }

    public StreamedContent download(String name) {
        String file = backups.download(name).toString();
        return DefaultStreamedContent.builder().name(name).contentType(BackupsResource.ZIP).stream(() -> {
            try {
                return Files.newInputStream(Path.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the backup " + file, e);
            }
        }).build();
    }

    public String getFolder() {
        return BackupFolder.folder().toAbsolutePath().toString();
    }

    public int getKeep() {
        return BackupFolder.keep();
    }

    public List<Archive> getList() {
        return list;
    }
}
