package org.projectdesk.approval.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.projectdesk.approval.entity.PlanRule;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.ShippedFiles;

/** At first start, loads which categories each project type is planned with (config/catalogue/plan-rules.csv). */
@Startup
@Singleton
@DependsOn("Database")
public class ShippedPlanRules {

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void loadWhenEmpty() {
        if (em.createQuery("select count(r) from PlanRule r", Long.class).getSingleResult() > 0) {
            return;
        }
        List<String> columns = new ArrayList<>(List.of("category"));
        for (ProjectType type : ProjectType.values()) {
            columns.add(type.name());
        }
        for (CsvTable.Row row : ShippedFiles.table("config/catalogue/plan-rules.csv", columns).rows()) {
            for (ProjectType type : ProjectType.values()) {
                if (Boolean.parseBoolean(row.get(type.name()))) {
                    em.persist(new PlanRule(row.get("category"), type));
                }
            }
        }
    }
}
