package org.projectdesk.catalogue.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.projectdesk.catalogue.boundary.CatalogueAdministration;

/** At first start, loads the departments and catalogue shipped in config/catalogue; afterwards they are kept in the application. */
@Startup
@Singleton
@DependsOn("Database")
public class ShippedCatalogue {

    /** The office took major projects under its guarantee from September 2011 (the seed account). */
    static final LocalDate SERVICE_BEGAN = LocalDate.of(2011, 9, 1);

    @Inject
    CatalogueAdministration administration;

    @PostConstruct
    void loadWhenEmpty() {
        if (administration.isEmpty()) {
            administration.loadShipped(read("config/catalogue/departments.csv"), read("config/catalogue/categories.csv"),
                    SERVICE_BEGAN);
        }
    }

    private byte[] read(String resource) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
