package org.projectdesk.web.project;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.projectdesk.servicefile.boundary.Caseload;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.supervision.boundary.BoardMatter;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.web.export.ListExports;
import org.projectdesk.web.export.TableFile;
import org.projectdesk.web.security.CurrentUser;

/**
 * The caseloads: each officer's open projects and how many of their running matters are red, yellow and
 * overdue, most urgent first; below, one officer's running matters (an officer's own to begin with) with
 * their lights and working days left, overdue marked, most urgent first. Both download as CSV or XLSX.
 */
@Named
@ViewScoped
public class CaseloadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProjectLists lists;

    @EJB
    Supervision supervision;

    @Inject
    CurrentUser user;

    @Inject
    FacesContext faces;

    private List<Caseload> caseloads;
    private String officer;
    private final LazyDataModel<BoardMatter> matters = new Rows();

    @PostConstruct
    void load() {
        caseloads = lists.caseloadsByUrgency();
        if (user.getScope().has(org.projectdesk.security.entity.Role.OFFICER)) {
            officer = user.getUsername();
        }
    }

    /** Shows the officer's matters. */
    public void show(String username) {
        officer = username;
    }

    /** The display name of the officer whose matters are shown. */
    public String getOfficerName() {
        return caseloads.stream().filter(c -> c.officer().equals(officer)).findFirst().map(Caseload::displayName)
                .orElse(officer);
    }

    private BoardMatter.Criteria criteria() {
        return new BoardMatter.Criteria(null, false, null, officer);
    }

    public StreamedContent exportCsv() {
        return TableFile.download(TableFile.Format.CSV, exports().caseloads(caseloads));
    }

    public StreamedContent exportXlsx() {
        return TableFile.download(TableFile.Format.XLSX, exports().caseloads(caseloads));
    }

    /** The shown officer's matters, most urgent first, as an Excel workbook. */
    public StreamedContent exportMattersXlsx() {
        BoardMatter.Criteria criteria = criteria();
        Supervision boundary = supervision;
        return TableFile.download(TableFile.Format.XLSX, exports().matters("caseload",
                (page, size) -> boundary.matters(criteria, page, size).items()));
    }

    private ListExports exports() {
        return new ListExports(faces.getViewRoot().getLocale());
    }

    private final class Rows extends LazyDataModel<BoardMatter> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return officer == null ? 0 : (int) supervision.matters(criteria(), 0, 1).total();
        }

        @Override
        public List<BoardMatter> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (officer == null) {
                setRowCount(0);
                return List.of();
            }
            BoardMatter.Page page = supervision.matters(criteria(), first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(BoardMatter matter) {
            return matter.fileNo() + "/" + matter.categoryCode();
        }
    }

    public List<Caseload> getCaseloads() {
        return caseloads;
    }

    public LazyDataModel<BoardMatter> getMatters() {
        return matters;
    }

    public String getOfficer() {
        return officer;
    }
}
