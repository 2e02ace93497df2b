package org.projectdesk.supervision.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.shared.control.Settings;
import org.projectdesk.supervision.entity.SupervisionSettings;

/**
 * At first start, the supervision thresholds come from configuration
 * ({@code PROJECTDESK_SUPERVISION_YELLOW_DAYS} and the rest, or their defaults); afterwards the
 * administrators keep them on the scheduler page.
 */
@Startup
@Singleton
@DependsOn("Database")
public class ShippedSupervisionSettings {

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void createWhenMissing() {
        if (em.find(SupervisionSettings.class, SupervisionSettings.ID) != null) {
            return;
        }
        em.persist(new SupervisionSettings(
                Settings.getInt("projectdesk.supervision.yellow-days", 2),
                Settings.getInt("projectdesk.supervision.yellow-percent", 20),
                Settings.getInt("projectdesk.supervision.leadership-after-days", 3),
                Settings.getInt("projectdesk.supervision.green-window-from", 18),
                Settings.getInt("projectdesk.supervision.green-window-to", 22),
                Settings.getInt("projectdesk.supervision.conversion-days", 60)));
    }
}
