package org.projectdesk.web.project;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.project.entity.Town;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.security.boundary.Profile;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.web.export.ListExports;
import org.projectdesk.web.export.TableFile;
import org.projectdesk.servicefile.boundary.Caseload;
import org.projectdesk.servicefile.boundary.Ledgers;
import org.projectdesk.servicefile.boundary.ProjectFilter;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ProjectPage;
import org.projectdesk.servicefile.boundary.ProjectSummary;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.web.security.CurrentUser;
import org.projectdesk.web.shell.Language;

/**
 * The project list: lazy and paged, filtered by status, officer, town and type, searched by name or
 * code. A town's staff's list is its town's (the boundary narrows it; the town filter shows it fixed),
 * and those who may export the ledger download it here, as narrowed as the list. A department window's list
 * starts narrowed to the projects with a pending matter of its department ({@code ?department=} another's);
 * the list itself, filters applied, downloads as CSV or XLSX in the reader's language.
 */
@Named
@ViewScoped
public class ProjectListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProjectLists lists;

    @EJB
    Ledgers ledgers;

    @EJB
    Catalogue catalogue;

    @EJB
    Logins logins;

    @Inject
    CurrentUser currentUser;

    private ProjectStatus status;
    private String officer;
    private String town;
    private ProjectType type;
    private String search;
    private boolean overdue;
    private GreenChannelStatus greenChannel;
    private Light light;
    private String department;
    private final Map<String, String> officerNames = new java.util.concurrent.ConcurrentHashMap<>();
    private List<DepartmentView> departments;
    private List<Town> towns;
    private List<Caseload> officers;
    private final Rows rows = new Rows();

    @PostConstruct
    void load() {
        towns = lists.towns();
        town = currentUser.getScope().ownTown().orElse(null);
        department = currentUser.getScope().ownDepartment().orElse(null);
        departments = catalogue.departments();
    }

    /** The projects the list shows, filters applied, as a CSV file in the reader's language. */
    public StreamedContent exportCsv() {
        return exportAs(TableFile.Format.CSV);
    }

    /** The projects the list shows, filters applied, as an Excel workbook in the reader's language. */
    public StreamedContent exportXlsx() {
        return exportAs(TableFile.Format.XLSX);
    }

    private StreamedContent exportAs(TableFile.Format format) {
        Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ProjectLists boundary = lists;
        return TableFile.download(format, new ListExports(locale).projects(
                (filter, page, size) -> boundary.list(filter, page, size, null, false), filter(), townNames(locale)::get, this::officerName));
    }

    private Map<String, String> townNames(Locale locale) {
        Map<String, String> names = new java.util.HashMap<>();
        towns.forEach(t -> names.put(t.getCode(), Language.pick(locale, t.getName(), t.getNameEn())));
        return names;
    }

    /** The officer's display name, for a list row that holds their login (looked up once each: a list has few officers). */
    public String officerName(String username) {
        if (username == null) {
            return "";
        }
        return officerNames.computeIfAbsent(username, u -> logins.profile(u).map(Profile::displayName).orElse(u));
    }

    /** The ledger CSV of the projects the caller may see (a town's staff: its town's), as the ledger page gives it. */
    public StreamedContent export() {
        byte[] csv = ledgers.export();
        return DefaultStreamedContent.builder().name("ledger.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** Whether the town filter is fixed: a town's staff sees its own town only. */
    public boolean isTownFixed() {
        return currentUser.getScope().isTown();
    }

    public List<Caseload> getOfficers() {
        if (officers == null) {
            officers = lists.caseloads();
        }
        return officers;
    }

    private final class Rows extends LazyDataModel<ProjectSummary> {

        private static final long serialVersionUID = 1L;

        /** Whether the last page loaded came with an exact count, or with one kept from a while ago (ProjectCounts). */
        private boolean totalExact = true;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) lists.list(filter(), 0, 1, null, false).total();
        }

        @Override
        public List<ProjectSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            ProjectPage page = lists.list(filter(), first / pageSize, pageSize,
                    sort == null ? null : sort.getField(), sort != null && sort.getOrder() == SortOrder.ASCENDING);
            setRowCount((int) page.total());
            totalExact = page.totalExact();
            return page.items();
        }

        @Override
        public String getRowKey(ProjectSummary project) {
            return project.fileNo();
        }
    }

    private ProjectFilter filter() {
        return new ProjectFilter(status, officer, town, type, search, overdue, greenChannel, light, department);
    }

    public GreenChannelStatus[] getGreenChannels() {
        return GreenChannelStatus.values();
    }

    public Light[] getLights() {
        return Light.values();
    }

    public GreenChannelStatus getGreenChannel() {
        return greenChannel;
    }

    public void setGreenChannel(GreenChannelStatus greenChannel) {
        this.greenChannel = greenChannel;
    }

    public Light getLight() {
        return light;
    }

    public void setLight(Light light) {
        this.light = light;
    }

    public String getDepartment() {
        return department;
    }

    /** The department whose pending matters the list is narrowed to ({@code ?department=LAND}); blank: none. */
    public void setDepartment(String department) {
        this.department = department == null || department.isBlank() ? null : department.strip().toUpperCase(Locale.ROOT);
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public LazyDataModel<ProjectSummary> getRows() {
        return rows;
    }

    /**
     * The message the paginator reports the count with: "共 N 个项目" when the count is exact, "约 N 个项目" when the
     * list is large and its count was kept from up to a minute ago. The table loads its page before its paginator
     * is written, so this follows the page on the screen.
     */
    public String getCountReportKey() {
        return rows.totalExact ? "projects.count" : "projects.countAbout";
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public ProjectType[] getTypes() {
        return ProjectType.values();
    }

    /** The town's name in the user's language, for a list row that holds its code. */
    public String townName(String code) {
        Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return towns.stream().filter(t -> t.getCode().equals(code)).findFirst()
                .map(t -> Language.pick(locale, t.getName(), t.getNameEn())).orElse(code);
    }

    public List<Town> getTowns() {
        return towns;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        if (!isTownFixed()) {
            this.town = town;
        }
    }

    public ProjectType getType() {
        return type;
    }

    public void setType(ProjectType type) {
        this.type = type;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
