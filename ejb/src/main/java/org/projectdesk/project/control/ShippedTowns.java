package org.projectdesk.project.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.projectdesk.project.entity.Town;
import org.projectdesk.security.control.InitialAccounts;
import org.projectdesk.shared.control.ShippedFiles;

/**
 * At first start, loads the towns of config/catalogue/towns.csv (read as an import is, so a broken
 * shipped file stops the start with its problems). On a demo installation each town then has its
 * staff account.
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
            TownFile file = TownFile.read(ShippedFiles.read("config/catalogue/towns.csv"), Set.of());
            if (!file.isValid()) {
                throw new IllegalStateException("The shipped config/catalogue/towns.csv is invalid: " + file.problems());
            }
            int position = 0;
            for (TownFile.Entry e : file.entries()) {
                Town town = new Town(e.code(), e.name(), e.nameEn(), e.kind(), ++position);
                if (!e.active()) {
                    town.deactivate();
                }
                em.persist(town);
            }
        }
        Map<String, String> towns = new LinkedHashMap<>();
        em.createNamedQuery(Town.ALL, Town.class).getResultList().forEach(t -> towns.put(t.getCode(), t.getName()));
        accounts.openDemoTowns(towns);
    }
}
