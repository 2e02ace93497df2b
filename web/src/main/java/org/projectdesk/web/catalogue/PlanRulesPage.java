package org.projectdesk.web.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.projectdesk.approval.boundary.PlanRules;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.web.shell.Messages;

/** The plan rules as a table of categories and project types, each cell a checkbox. */
@Named
@ViewScoped
public class PlanRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One category's row: which project types plan it. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private final String nameEn;
        private final Map<String, Boolean> types = new LinkedHashMap<>();

        Row(String code, String name, String nameEn, Set<ProjectType> planned) {
            this.code = code;
            this.name = name;
            this.nameEn = nameEn;
            for (ProjectType type : ProjectType.values()) {
                types.put(type.name(), planned.contains(type));
            }
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getNameEn() {
            return nameEn;
        }

        public Map<String, Boolean> getTypes() {
            return types;
        }
    }

    @EJB
    PlanRules planRules;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @EJB
    Catalogue catalogue;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    /** The rules as read for the table, of every category (also those not in force today). */
    private Map<String, Set<ProjectType>> read;
    private List<Row> rows;

    @PostConstruct
    void load() {
        read = planRules.rules();
        rows = new ArrayList<>();
        for (CategoryView c : catalogue.inForce(LocalDate.now(clock)).categories()) {
            rows.add(new Row(c.code(), c.name(), c.nameEn(), read.getOrDefault(c.code(), EnumSet.noneOf(ProjectType.class))));
        }
    }

    /** Saves the table; the rules of categories it does not show stay as they were. */
    public void save() {
        Map<String, Set<ProjectType>> rules = new TreeMap<>(read);
        for (Row row : rows) {
            EnumSet<ProjectType> planned = EnumSet.noneOf(ProjectType.class);
            row.getTypes().forEach((type, on) -> {
                if (Boolean.TRUE.equals(on)) {
                    planned.add(ProjectType.valueOf(type));
                }
            });
            rules.put(row.getCode(), planned);
        }
        try {
            planRules.replace(read, rules);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.text("planRules.saved"), null));
        } catch (StaleVersion e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("record.stale"), null));
        }
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public ProjectType[] getProjectTypes() {
        return ProjectType.values();
    }
}
