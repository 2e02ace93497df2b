package org.projectdesk.web.project;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.project.entity.ProgressNote;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.web.security.CurrentUser;
import org.projectdesk.web.shell.Messages;

/** The service file's form for a dated progress note or milestone (a milestone only for those who record them). */
@Named
@ViewScoped
public class ProgressNoteSection implements Serializable {

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

    @Inject
    CurrentUser currentUser;

    private ProgressNote.Kind kind = ProgressNote.Kind.NOTE;
    private LocalDate on;
    private String text;

    @PostConstruct
    void init() {
        on = LocalDate.now(clock);
    }

    public void add() {
        page.change(() -> files.note(page.getFileNo(), on, kind, text), messages.text("file.noted"));
        text = null;
    }

    public List<ProgressNote.Kind> getKinds() {
        return currentUser.getScope().recordsMilestones() ? List.of(ProgressNote.Kind.values()) : List.of(ProgressNote.Kind.NOTE);
    }

    public ProgressNote.Kind getKind() { return kind; }
    public void setKind(ProgressNote.Kind kind) { this.kind = kind; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
