package org.projectdesk.web.coordination;

import jakarta.annotation.PostConstruct;
import org.projectdesk.web.shell.Attempt;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.coordination.boundary.VisitPage;
import org.projectdesk.coordination.boundary.VisitRecord;
import org.projectdesk.coordination.boundary.VisitView;
import org.projectdesk.coordination.boundary.Visits;
import org.projectdesk.web.shell.Messages;

/**
 * On-site guidance visits: a lazy, paged list by period and department, and the dialog that
 * records a visit or corrects one (projects, enterprises, staff, departments, issues and the
 * follow-up actions, one line each).
 */
@Named
@ViewScoped
public class VisitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Visits visits;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @EJB
    Catalogue catalogue;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private LocalDate from;
    private LocalDate to;
    private String department;
    private List<DepartmentView> departments;
    private final LazyDataModel<VisitView> rows = new Rows();

    private Long editing;
    private Long version;
    private LocalDate on;
    private List<String> projects = new ArrayList<>();
    private List<String> enterprises = new ArrayList<>();
    private List<String> staff = new ArrayList<>();
    private List<String> present = new ArrayList<>();
    private String issues;
    private List<ActionLine> actions = new ArrayList<>();

    /** One follow-up action being edited in the dialog. */
    public static class ActionLine implements Serializable {

        private static final long serialVersionUID = 1L;
        private String action;
        private String owner;
        private LocalDate dueOn;

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    @PostConstruct
    void load() {
        departments = catalogue.departments();
        blank();
    }

    private final class Rows extends LazyDataModel<VisitView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) visits.list(from, to, department, 0, 1).total();
        }

        @Override
        public List<VisitView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            VisitPage page = visits.list(from, to, department, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(VisitView visit) {
            return String.valueOf(visit.id());
        }
    }

    /** An empty dialog for a new visit on today. */
    public void blank() {
        editing = null;
        version = null;
        on = LocalDate.now(clock);
        projects = new ArrayList<>();
        enterprises = new ArrayList<>();
        staff = new ArrayList<>();
        present = new ArrayList<>();
        issues = null;
        actions = new ArrayList<>();
        actions.add(new ActionLine());
    }

    /** The dialog filled with the visit, to correct it. */
    public void edit(VisitView visit) {
        editing = visit.id();
        version = visit.version();
        on = visit.on();
        projects = new ArrayList<>(visit.projects().stream().map(VisitView.ProjectRef::fileNo).toList());
        enterprises = new ArrayList<>(visit.enterprises().stream().map(VisitView.EnterpriseRef::creditCode).toList());
        staff = new ArrayList<>(visit.staff());
        present = new ArrayList<>(visit.departments());
        issues = visit.issues();
        actions = new ArrayList<>();
        for (VisitRecord.Action a : visit.actions()) {
            ActionLine line = new ActionLine();
            line.setAction(a.action());
            line.setOwner(a.owner());
            line.setDueOn(a.dueOn());
            actions.add(line);
        }
    }

    public void addAction() {
        actions.add(new ActionLine());
    }

    public void removeAction(ActionLine line) {
        actions.remove(line);
    }

    public void save() {
        List<VisitRecord.Action> lines = actions.stream()
                .filter(a -> !(blank(a.getAction()) && blank(a.getOwner()) && a.getDueOn() == null))
                .map(a -> new VisitRecord.Action(a.getAction(), a.getOwner(), a.getDueOn())).toList();
        VisitRecord record = new VisitRecord(on, enterprises, projects, staff, present, issues, lines, version);
        Long id = editing;
        if (Attempt.run(faces, messages, () -> {
            if (id == null) {
                visits.record(record);
            } else {
                visits.change(id, record);
            }
        }, messages.text(id == null ? "visits.recorded" : "visits.changed"))) {
            blank();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public LazyDataModel<VisitView> getRows() {
        return rows;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public List<String> getProjects() {
        return projects;
    }

    public void setProjects(List<String> projects) {
        this.projects = projects;
    }

    public List<String> getEnterprises() {
        return enterprises;
    }

    public void setEnterprises(List<String> enterprises) {
        this.enterprises = enterprises;
    }

    public List<String> getStaff() {
        return staff;
    }

    public void setStaff(List<String> staff) {
        this.staff = staff;
    }

    public List<String> getPresent() {
        return present;
    }

    public void setPresent(List<String> present) {
        this.present = present;
    }

    public String getIssues() {
        return issues;
    }

    public void setIssues(String issues) {
        this.issues = issues;
    }

    public List<ActionLine> getActions() {
        return actions;
    }
}
