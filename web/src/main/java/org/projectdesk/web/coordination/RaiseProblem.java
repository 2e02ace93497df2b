package org.projectdesk.web.coordination;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.coordination.boundary.NewProblem;
import org.projectdesk.coordination.boundary.Problems;
import org.projectdesk.coordination.entity.ProblemSource;
import org.projectdesk.web.security.CurrentUser;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * Raising a coordination problem (WEB-INF/includes/raise-problem.xhtml), on the problems page and on
 * a service file: the project (typed, or the file's), what the problem is, the responsible
 * departments and their working days, and for the office where it came from. An investor's
 * problem comes from the investor. A raised problem is announced ({@link ProblemRaised}).
 */
@Named
@ViewScoped
public class RaiseProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Problems problems;

    @EJB
    Catalogue catalogue;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    Event<ProblemRaised> raised;

    private List<DepartmentView> departments;
    private String fileNo;
    private String description;
    private List<String> responsible = new ArrayList<>();
    private Integer dueDays = 5;
    private ProblemSource source = ProblemSource.OFFICER;
    private Long sourceId;

    @PostConstruct
    void load() {
        departments = catalogue.departments();
    }

    /** Raises the problem on the given file or, when none is given (blank), on the one typed. */
    public void raise(String givenFileNo) {
        String on = givenFileNo != null && !givenFileNo.isBlank() ? givenFileNo : fileNo == null ? null : fileNo.strip();
        // An investor or a town's staff raises a problem as themselves (the boundary sets the source).
        boolean asThemselves = currentUser.getScope().isInvestor() || currentUser.getScope().isTown();
        NewProblem problem = new NewProblem(description, responsible, dueDays, asThemselves ? null : source,
                asThemselves ? null : sourceId, null);
        if (Attempt.run(faces, messages, () -> raised.fire(new ProblemRaised(problems.raise(on, problem))),
                messages.text("problems.raised"))) {
            description = null;
            responsible = new ArrayList<>();
            sourceId = null;
        }
    }

    public ProblemSource[] getSources() {
        return ProblemSource.values();
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public String getFileNo() {
        return fileNo;
    }

    public void setFileNo(String fileNo) {
        this.fileNo = fileNo;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getResponsible() {
        return responsible;
    }

    public void setResponsible(List<String> responsible) {
        this.responsible = responsible;
    }

    public Integer getDueDays() {
        return dueDays;
    }

    public void setDueDays(Integer dueDays) {
        this.dueDays = dueDays;
    }

    public ProblemSource getSource() {
        return source;
    }

    public void setSource(ProblemSource source) {
        this.source = source;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }
}
