package org.projectdesk.project.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.projectdesk.project.entity.Town;
import org.projectdesk.security.control.InitialAccounts;
import org.projectdesk.shared.control.CsvTable;
import org.projectdesk.shared.control.ShippedFiles;

/**
 * At first start, loads the towns of config/catalogue/towns.csv. On a demo installation each town then
 * has its staff account.
 */
@Startup
@Singleton
@DependsOn({"Database", "InitialAccounts"})
public class ShippedTowns {

    @PersistenceContext
    EntityManager em;

    @Inject
    InitialAccounts accounts;

    @PostConstruct
    void loadWhenEmpty() {
        if (em.createNamedQuery(Town.ALL, Town.class).setMaxResults(1).getResultList().isEmpty()) {
            List<CsvTable.Row> rows = ShippedFiles.table("config/catalogue/towns.csv", List.of("code", "name", "name_en")).rows();
            for (int i = 0; i < rows.size(); i++) {
                CsvTable.Row row = rows.get(i);
                em.persist(new Town(row.get("code"), row.get("name"), row.get("name_en"), i + 1));
            }
        }
        Map<String, String> towns = new LinkedHashMap<>();
        em.createNamedQuery(Town.ALL, Town.class).getResultList().forEach(t -> towns.put(t.getCode(), t.getName()));
        accounts.openDemoTowns(towns);
    }
}
