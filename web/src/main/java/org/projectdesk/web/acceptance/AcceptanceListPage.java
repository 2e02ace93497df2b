package org.projectdesk.web.acceptance;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.projectdesk.acceptance.boundary.AcceptanceFilter;
import org.projectdesk.acceptance.boundary.AcceptancePage;
import org.projectdesk.acceptance.boundary.AcceptanceSummary;
import org.projectdesk.acceptance.boundary.Acceptances;
import org.projectdesk.acceptance.entity.AcceptanceStatus;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;

/**
 * 竣工验收: the joint completion acceptances the caller may see, newest application first, lazy and
 * paged, filtered by status, department, town and file number. The boundary narrows a department
 * window to the cases it has an item in, an investor to their own and a town to its town's.
 */
@Named
@ViewScoped
public class AcceptanceListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Acceptances acceptances;

    @EJB
    Catalogue catalogue;

    private AcceptanceStatus status;
    private String department;
    private String town;
    private String fileNo;
    private List<DepartmentView> departments;

    private final LazyDataModel<AcceptanceSummary> rows = new Rows();

    @PostConstruct
    void load() {
        departments = catalogue.departments();
    }

    private AcceptanceFilter filter() {
        return new AcceptanceFilter(status, department, town, fileNo);
    }

    private final class Rows extends LazyDataModel<AcceptanceSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) acceptances.list(filter(), 0, 1).total();
        }

        @Override
        public List<AcceptanceSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            AcceptancePage page = acceptances.list(filter(), first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AcceptanceSummary acceptance) {
            return String.valueOf(acceptance.id());
        }
    }

    public LazyDataModel<AcceptanceSummary> getRows() { return rows; }
    public AcceptanceStatus[] getStatuses() { return AcceptanceStatus.values(); }
    public List<DepartmentView> getDepartments() { return departments; }
    public AcceptanceStatus getStatus() { return status; }
    public void setStatus(AcceptanceStatus status) { this.status = status; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getFileNo() { return fileNo; }
    public void setFileNo(String fileNo) { this.fileNo = fileNo; }
}
