package org.projectdesk.catalogue.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CatalogueAdministration;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.security.control.InitialAccounts;
import org.projectdesk.shared.control.ShippedFiles;

/**
 * At first start, loads the departments and catalogue shipped in config/catalogue; afterwards they
 * are kept in the application, and a department shipped later is added. On a demo installation each department then has its window account.
 */
@Startup
@Singleton
@DependsOn({"Database", "InitialAccounts"})
public class ShippedCatalogue {

    /** The office took major projects under its guarantee from September 2011 (the seed account). */
    static final LocalDate SERVICE_BEGAN = LocalDate.of(2011, 9, 1);

    @Inject
    CatalogueAdministration administration;

    @Inject
    Catalogue catalogue;

    @Inject
    InitialAccounts accounts;

    @PostConstruct
    void loadWhenEmpty() {
        if (administration.isEmpty()) {
            administration.loadShipped(ShippedFiles.read("config/catalogue/departments.csv"),
                    ShippedFiles.read("config/catalogue/categories.csv"), SERVICE_BEGAN);
        } else {
            administration.addShippedDepartments(ShippedFiles.read("config/catalogue/departments.csv"));
        }
        accounts.openDemoWindows(catalogue.departments().stream()
                .collect(Collectors.toMap(DepartmentView::code, DepartmentView::name, (a, b) -> a, TreeMap::new)));
    }
}
