package org.projectdesk.web.coordination;

import jakarta.annotation.PostConstruct;
import org.projectdesk.web.shell.Attempt;
import jakarta.ejb.EJB;
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
import org.projectdesk.coordination.boundary.ProblemView;
import org.projectdesk.coordination.boundary.Problems;
import org.projectdesk.coordination.entity.ProblemSource;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.web.shell.Messages;

/**
 * The problems section of a service file (WEB-INF/includes/file-problems.xhtml): the project's
 * problems, and raising one. It reads the page's {@code fileNo} view parameter itself, so the
 * service file page needs nothing but the include.
 */
@Named
@ViewScoped
public class FileProblemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Problems problems;

    @EJB
    Catalogue catalogue;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String fileNo;
    private List<ProblemView> list = List.of();
    private List<DepartmentView> departments;
    private String description;
    private List<String> responsible = new ArrayList<>();
    private Integer dueDays = 5;

    @PostConstruct
    void load() {
        fileNo = faces.getExternalContext().getRequestParameterMap().get("fileNo");
        departments = catalogue.departments();
        refresh();
    }

    private void refresh() {
        try {
            list = fileNo == null || fileNo.isBlank() ? List.of() : problems.forProject(fileNo);
        } catch (NotFound e) {
            list = List.of();
        }
    }

    public void raise() {
        boolean investor = faces.getExternalContext().isUserInRole("INVESTOR")
                && !faces.getExternalContext().isUserInRole("OFFICER") && !faces.getExternalContext().isUserInRole("DIRECTOR");
        if (Attempt.run(faces, messages, () -> problems.raise(fileNo, new NewProblem(description, responsible, dueDays,
                investor ? ProblemSource.INVESTOR : ProblemSource.OFFICER, null, null)), messages.text("problems.raised"))) {
            description = null;
            responsible = new ArrayList<>();
            refresh();
        }
    }

    public String getFileNo() {
        return fileNo;
    }

    public List<ProblemView> getList() {
        return list;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
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
}
