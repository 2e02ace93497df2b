package org.projectdesk.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.projectdesk.portal.boundary.Portal;
import org.projectdesk.servicefile.boundary.ProjectPage;
import org.projectdesk.servicefile.boundary.ProjectSummary;

/** The investor's projects (portal/projects.xhtml), paged, each leading to its status page. */
@Named
@ViewScoped
public class PortalProjectsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Portal portal;

    private final LazyDataModel<ProjectSummary> rows = new Rows();

    private final class Rows extends LazyDataModel<ProjectSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) portal.projects(0, 1).total();
        }

        @Override
        public List<ProjectSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ProjectPage page = portal.projects(first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ProjectSummary project) {
            return project.fileNo();
        }
    }

    public LazyDataModel<ProjectSummary> getRows() {
        return rows;
    }
}
