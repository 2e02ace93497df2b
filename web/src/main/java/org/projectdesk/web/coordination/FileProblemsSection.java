package org.projectdesk.web.coordination;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.projectdesk.coordination.boundary.ProblemView;
import org.projectdesk.coordination.boundary.Problems;
import org.projectdesk.shared.control.NotFound;

/**
 * The problems section of a service file (WEB-INF/includes/file-problems.xhtml): the project's
 * problems. It reads the page's {@code fileNo} view parameter itself, so the service file page needs
 * nothing but the include; raising one is the raise-problem dialog's ({@link RaiseProblem}), after
 * which the list is read again.
 */
@Named
@ViewScoped
public class FileProblemsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Problems problems;

    @Inject
    FacesContext faces;

    private String fileNo;
    private List<ProblemView> list = List.of();

    @PostConstruct
    void load() {
        fileNo = faces.getExternalContext().getRequestParameterMap().get("fileNo");
        refresh();
    }

    void raised(@Observes(notifyObserver = Reception.IF_EXISTS) ProblemRaised raised) {
        refresh();
    }

    private void refresh() {
        try {
            list = fileNo == null || fileNo.isBlank() ? List.of() : problems.forProject(fileNo);
        } catch (NotFound e) {
            list = List.of();
        }
    }

    public String getFileNo() {
        return fileNo;
    }

    public List<ProblemView> getList() {
        return list;
    }
}
