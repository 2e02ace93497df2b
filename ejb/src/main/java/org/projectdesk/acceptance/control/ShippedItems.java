package org.projectdesk.acceptance.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.projectdesk.acceptance.boundary.AcceptanceItems;
import org.projectdesk.shared.control.ShippedFiles;

/** At first start, loads the acceptance items shipped in config/acceptance; afterwards they are kept in the application. */
@Startup
@Singleton
@DependsOn({"Database", "ShippedCatalogue"})
public class ShippedItems {

    @EJB
    AcceptanceItems items;

    @PostConstruct
    void loadWhenEmpty() {
        items.loadShippedWhenEmpty(ShippedFiles.read("config/acceptance/items.csv"));
    }
}
