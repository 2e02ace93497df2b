package org.projectdesk.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.projectdesk.notification.boundary.StandardMaterials;
import org.projectdesk.shared.control.ShippedFiles;

/**
 * At first start, loads the materials library shipped in config/notification; afterwards it is kept in
 * the application. Loading it merges the notifications already derived (V29's existing rows) under it:
 * after the demo meetings, so that their opinions' notifications are among them, not derived beside it.
 */
@Startup
@Singleton
@DependsOn({"Database", "ShippedCatalogue", "DemoMeetings"})
public class ShippedMaterials {

    @EJB
    StandardMaterials library;

    @PostConstruct
    void loadWhenEmpty() {
        library.loadShippedWhenEmpty(ShippedFiles.read("config/notification/materials.csv"));
    }
}
