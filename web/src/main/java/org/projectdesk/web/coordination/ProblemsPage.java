package org.projectdesk.web.coordination;

import jakarta.annotation.PostConstruct;
import org.projectdesk.web.shell.Attempt;
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
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.coordination.boundary.ProblemEvent;
import org.projectdesk.coordination.boundary.ProblemFilter;
import org.projectdesk.coordination.boundary.ProblemPage;
import org.projectdesk.coordination.boundary.ProblemView;
import org.projectdesk.coordination.boundary.Problems;
import org.projectdesk.coordination.entity.ProblemStatus;
import org.projectdesk.web.shell.Messages;

/**
 * Coordination problems: a lazy, paged list filtered by status and responsible department, and
 * taking a step on the one chosen (start, resolve, escalate, reopen). Raising one is the
 * raise-problem dialog's ({@link RaiseProblem}).
 */
@Named
@ViewScoped
public class ProblemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Problems problems;

    @EJB
    Catalogue catalogue;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private ProblemStatus status;
    private String department;
    private List<DepartmentView> departments;
    private final LazyDataModel<ProblemView> rows = new Rows();

    private ProblemView chosen;
    private ProblemEvent.Type step;
    private String text;

    @PostConstruct
    void load() {
        departments = catalogue.departments();
    }

    private final class Rows extends LazyDataModel<ProblemView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) problems.list(filter(), 0, 1).total();
        }

        @Override
        public List<ProblemView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ProblemPage page = problems.list(filter(), first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ProblemView problem) {
            return String.valueOf(problem.id());
        }
    }

    private ProblemFilter filter() {
        return new ProblemFilter(status, department, null);
    }

    /** Chooses the problem to act on, with the step that suits its status. */
    public void choose(ProblemView problem) {
        chosen = problem;
        text = null;
        step = problem.status() == ProblemStatus.OPEN ? ProblemEvent.Type.START
                : problem.status() == ProblemStatus.RESOLVED ? ProblemEvent.Type.REOPEN : ProblemEvent.Type.RESOLVE;
    }

    public void act() {
        if (chosen == null || step == null) {
            return;
        }
        boolean resolving = step == ProblemEvent.Type.RESOLVE;
        Attempt.run(faces, messages, () -> problems.act(chosen.id(), new ProblemEvent(step, resolving ? text : null,
                resolving ? null : text, null, chosen.version())), messages.text("problems.step." + step));
    }

    public LazyDataModel<ProblemView> getRows() {
        return rows;
    }

    public ProblemStatus[] getStatuses() {
        return ProblemStatus.values();
    }

    public ProblemEvent.Type[] getSteps() {
        return ProblemEvent.Type.values();
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public ProblemStatus getStatus() {
        return status;
    }

    public void setStatus(ProblemStatus status) {
        this.status = status;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public ProblemView getChosen() {
        return chosen;
    }

    public ProblemEvent.Type getStep() {
        return step;
    }

    public void setStep(ProblemEvent.Type step) {
        this.step = step;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
