package org.projectdesk.project.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.projectdesk.project.entity.Town;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.ShippedFiles;

/** At first start, loads the towns of config/catalogue/towns.csv. */
@Startup
@Singleton
@DependsOn("Database")
public class ShippedTowns {

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void loadWhenEmpty() {
        if (!em.createNamedQuery(Town.ALL, Town.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        List<CsvTable.Row> rows = ShippedFiles.table("config/catalogue/towns.csv", List.of("code", "name", "name_en")).rows();
        for (int i = 0; i < rows.size(); i++) {
            CsvTable.Row row = rows.get(i);
            em.persist(new Town(row.get("code"), row.get("name"), row.get("name_en"), i + 1));
        }
    }
}
