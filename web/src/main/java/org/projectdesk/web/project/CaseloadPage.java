package org.projectdesk.web.project;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.servicefile.boundary.Caseload;
import org.projectdesk.servicefile.boundary.ProjectFilter;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ProjectSummary;
import org.projectdesk.web.security.CurrentUser;

/** An officer's own projects with their next due dates; the director sees every officer's caseload side by side. */
@Named
@ViewScoped
public class CaseloadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProjectLists lists;

    @Inject
    CurrentUser user;

    private List<ProjectSummary> mine;
    private List<Caseload> caseloads;

    @PostConstruct
    void load() {
        mine = lists.list(ProjectFilter.ALL.withOfficer(user.getUsername()), 0, 200, null, false).items().stream()
                .filter(p -> p.status() == ProjectStatus.ACCEPTED || p.status() == ProjectStatus.IN_APPROVAL).toList();
        caseloads = lists.caseloads();
    }

    public List<ProjectSummary> getMine() {
        return mine;
    }

    public List<Caseload> getCaseloads() {
        return caseloads;
    }
}
