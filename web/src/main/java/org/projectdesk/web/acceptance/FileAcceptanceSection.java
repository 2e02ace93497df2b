package org.projectdesk.web.acceptance;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.projectdesk.acceptance.boundary.AcceptanceSummary;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.boundary.Acceptances;
import org.projectdesk.acceptance.boundary.Application;
import org.projectdesk.acceptance.entity.AcceptanceScope;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * The service file's completion acceptance section: the project's acceptances with links to them, and
 * the office's application for joint completion acceptance once construction has started. Reads the
 * file number from the address, like the service file page itself.
 */
@Named
@ViewScoped
public class FileAcceptanceSection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The project statuses the application form is offered in (the boundary refuses any other, naming the status). */
    private static final Set<ProjectStatus> APPLYING = Set.of(ProjectStatus.CONSTRUCTION_STARTED, ProjectStatus.COMPLETED);

    @EJB
    Acceptances acceptances;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    private String fileNo;
    private List<AcceptanceSummary> cases = List.of();

    private AcceptanceScope scope = AcceptanceScope.WHOLE;
    private String scopeText;
    private LocalDate appliedOn;
    private LocalDate completedOn;
    private String contact;

    @PostConstruct
    void init() {
        appliedOn = LocalDate.now(clock);
        fileNo = faces.getExternalContext().getRequestParameterMap().get("fileNo");
        if (fileNo != null && !fileNo.isBlank()) {
            try {
                cases = acceptances.forProject(fileNo);
            } catch (NotFound | EJBAccessException e) {
                // The service file page itself answers 404 or 403 for a file the caller may not open.
                cases = List.of();
            }
        }
    }

    /** Whether the project may apply now: construction started or completed, and no acceptance in progress. */
    public boolean mayApply(ProjectStatus status) {
        return APPLYING.contains(status) && cases.stream().noneMatch(c -> c.status().isOpen());
    }

    /** Applies and opens the new case. */
    public void apply() {
        AcceptanceView[] applied = new AcceptanceView[1];
        if (Attempt.run(faces, messages, () -> applied[0] = acceptances.apply(fileNo,
                new Application(appliedOn, scope, scopeText, completedOn, contact)), messages.text("acc.applied"))) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/acceptance/case.xhtml?id=" + applied[0].id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public List<AcceptanceSummary> getCases() { return cases; }
    public AcceptanceScope[] getScopes() { return AcceptanceScope.values(); }
    public AcceptanceScope getScope() { return scope; }
    public void setScope(AcceptanceScope scope) { this.scope = scope; }
    public String getScopeText() { return scopeText; }
    public void setScopeText(String scopeText) { this.scopeText = scopeText; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public void setAppliedOn(LocalDate appliedOn) { this.appliedOn = appliedOn; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}
